package org.nianbao.engine.crossreport;

import java.util.ArrayList;
import java.util.List;

import org.nianbao.engine.model.Report;
import org.nianbao.engine.model.Section;

/**
 * Cross-report fact: how much of this year's “存在的主要问题及改进情况” section repeats the same section of
 * last year's report sentence by sentence ({@link TextOverlap}), computed once before the rules run so that
 * no rule measures report text itself. {@code order} is the {@link Section#order()} of this year's section.
 */
public record SectionRepeat(int order, String kind, double share, String percent, String sample) {
    public int getOrder() { return order; }
    public String getKind() { return kind; }
    public double getShare() { return share; }
    public String getPercent() { return percent; }
    public String getSample() { return sample; }

    /** Section kinds whose repetition a cross rule judges. */
    static final List<String> KINDS = List.of("problems");

    /** One fact per pair of same-kind sections of {@code now} and {@code prior}, for the kinds judged. */
    static List<SectionRepeat> between(Report now, ReportDigest prior) {
        List<SectionRepeat> out = new ArrayList<>();
        for (Section s : now.getSections()) {
            if (!KINDS.contains(s.kind())) {
                continue;
            }
            for (ReportDigest.SectionText p : prior.sections()) {
                if (s.kind().equals(p.kind())) {
                    out.add(new SectionRepeat(s.order(), s.kind(), TextOverlap.repeatedShare(s.body(), p.body()),
                            TextOverlap.percent(s.body(), p.body()), TextOverlap.sample(s.body(), p.body())));
                }
            }
        }
        return out;
    }
}
