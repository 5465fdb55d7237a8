package org.nianbao.engine.interpret;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.engine.model.Location;
import org.nianbao.engine.model.Section;

/**
 * The report's numbered sections: heading lines "一、总体情况" (or a table row holding only such a
 * text), numbers strictly increasing, and the text between one heading and the next as the body.
 * A 表三 row label that looks like a heading ("一、本年新收政府信息公开申请数量") is not one.
 */
final class SectionFinder {
    private SectionFinder() {
    }

    /**
     * A heading line.
     *
     * @param item    its index among the items
     * @param numeral the ordinal as printed (一, 二 …)
     * @param number  the ordinal's value
     * @param title   the text after the ordinal
     */
    record Heading(int item, String numeral, int number, String title) {
    }

    private static final Pattern HEADING = Pattern.compile(
            "^\\s*([一二三四五六七八九十]{1,3})\\s*[、，,.．]\\s*(.+?)\\s*$");

    /** The heading items, numbers strictly increasing. */
    static List<Heading> headings(List<Item> items) {
        List<Heading> result = new ArrayList<>();
        int last = 0;
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            String text = it.tableRow() ? singleCellText(it) : it.text();
            if (text == null) {
                continue;
            }
            Matcher m = HEADING.matcher(text);
            if (!m.matches()) {
                continue;
            }
            String title = m.group(2);
            String compact = Text.compact(title);
            if (compact.length() > 40 || compact.length() < 2 || compact.contains("。") || compact.contains("；")
                    || isTableRowLabel(compact)) {
                continue;
            }
            int n = ChineseNumerals.headingNumber(m.group(1));
            if (n <= last) {
                continue;
            }
            last = n;
            result.add(new Heading(i, m.group(1), n, title));
        }
        return result;
    }

    /** The sections the headings open, each up to the next heading; the last up to the end. */
    static List<Section> sections(String file, List<Item> items, List<Heading> headings) {
        List<Section> sections = new ArrayList<>();
        for (int h = 0; h < headings.size(); h++) {
            Heading heading = headings.get(h);
            int start = heading.item();
            int end = h + 1 < headings.size() ? headings.get(h + 1).item() : items.size();
            Item head = items.get(start);
            StringBuilder body = new StringBuilder();
            for (int i = start + 1; i < end; i++) {
                body.append(items.get(i).text()).append('\n');
            }
            Location loc = new Location(file, head.line(), head.page() > 0 ? head.page() : null, heading.numeral(),
                    null, null, null, null, null);
            Vocabulary.PartMatch part = Vocabulary.classifyHeading(heading.title());
            sections.add(new Section(h + 1, heading.numeral(), heading.number(), heading.title().strip(),
                    part == null ? null : part.part().kind(),
                    part == null ? "标题中没有任何一部分的关键词" : part.reason(), body.toString().strip(), loc));
        }
        return sections;
    }

    /** The national-format part a heading names by its key terms ({@link Vocabulary#classifyHeading}), or null. */
    static String sectionKind(String heading) {
        Vocabulary.PartMatch m = Vocabulary.classifyHeading(heading);
        return m == null ? null : m.part().kind();
    }

    /** Rows of 表三 that look like headings: 一、本年新收…, 二、上年结转…, 三、本年度办理结果, 四、结转下年度…. */
    static boolean isTableRowLabel(String compact) {
        String key = Vocabulary.matchApplicationRow(Text.label(compact), Set.of());
        return compact.startsWith("本年度办理") || key != null
                && List.of("new_received", "carried_over", "carried_forward").contains(key)
                && Vocabulary.classifyHeading(compact) == null;
    }

    /** The text of a row with exactly one non-blank cell, else null. */
    private static String singleCellText(Item it) {
        String only = null;
        for (String c : it.cells()) {
            if (!c.isBlank()) {
                if (only != null) {
                    return null;
                }
                only = c;
            }
        }
        return only;
    }
}
