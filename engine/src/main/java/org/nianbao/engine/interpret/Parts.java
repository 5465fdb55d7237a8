package org.nianbao.engine.interpret;

import java.util.List;
import org.nianbao.engine.model.Location;
import org.nianbao.engine.model.Part;
import org.nianbao.engine.model.Report;
import org.nianbao.engine.model.Section;
import org.nianbao.engine.rules.Truncation;

/**
 * The six parts of 第五十条 as facts: for each, whether a numbered heading names it, a heading line
 * without its number names it (inside another part's body), or it was not found — and then whether
 * the document was read well enough (at least four other parts recognised, not cut off) to call it
 * missing rather than unrecognised.
 */
final class Parts {
    private Parts() {
    }

    static final int CONFIDENT_PARTS = 4;

    static void compute(Report r) {
        if (r.getSections().isEmpty()) {
            return;
        }
        List<Vocabulary.PartDef> defs = Vocabulary.partsInOrder();
        String[] status = new String[defs.size()];
        Section[] found = new Section[defs.size()];
        int recognised = 0;
        for (int i = 0; i < defs.size(); i++) {
            Vocabulary.PartDef p = defs.get(i);
            Section s = r.section(p.kind());
            if (s != null) {
                status[i] = "present";
                found[i] = s;
            } else if (unnumberedHeading(r.getSections(), p) != null) {
                status[i] = "unnumbered";
            }
            if (status[i] != null) {
                recognised++;
            }
        }
        boolean confident = !Truncation.possiblyTruncated(r) && recognised >= CONFIDENT_PARTS;
        for (int i = 0; i < defs.size(); i++) {
            Vocabulary.PartDef p = defs.get(i);
            String st = status[i] != null ? status[i] : confident ? "missing" : "unrecognised";
            String heading = found[i] != null ? found[i].numeral() + "、" + found[i].heading()
                    : "unnumbered".equals(st) ? unnumberedHeading(r.getSections(), p) : null;
            Location loc = found[i] != null ? found[i].location() : r.getLocation();
            r.getParts().add(new Part(p.kind(), p.number(), p.title(), p.article(), st, heading, loc));
        }
    }

    /** A short heading-like line (no 。, at most 40 characters) in some section body naming the part, or null. */
    static String unnumberedHeading(List<Section> sections, Vocabulary.PartDef p) {
        for (Section s : sections) {
            if (s.body() == null) {
                continue;
            }
            for (String line : s.body().split("\n")) {
                String l = Text.compact(line);
                if (l.isEmpty() || l.length() > 40 || l.contains("。")) {
                    continue;
                }
                for (String w : p.unnumbered()) {
                    if (l.contains(w)) {
                        return l;
                    }
                }
            }
        }
        return null;
    }
}
