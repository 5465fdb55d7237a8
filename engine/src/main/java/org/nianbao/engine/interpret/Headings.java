package org.nianbao.engine.interpret;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Part headings by number and meaning. A heading is an ordinal (一、 二． 三, …) followed by a title
 * that names one of the six parts of 第五十条 by its key terms ({@link Vocabulary#classifyHeading}):
 * 复议+诉讼 → 四, 问题+改进/整改/计划/措施 → 五, 其他+事项 → 六, 信息处理费 → the content of 六 …,
 * whatever the connectors (、与和及), extra or missing words and punctuation width. In run-together
 * web text, where the heading has no line of its own, the title is the shortest text after the
 * ordinal that ends with a heading end word (情况, 措施, 事项 …) and names a part.
 */
final class Headings {
    private Headings() {
    }

    /** An inline heading: where it is in the text, its number and title, and the part it was taken for. */
    record Inline(int start, int end, int number, String numeral, String title, Vocabulary.PartMatch match) {
    }

    private static final Pattern ORDINAL = Pattern.compile("([一二三四五六七八九十]{1,2})\\s*[、，.．]\\s*");
    private static final int MAX_TITLE = 40;

    /** Inline headings in a run-together text, numbers strictly increasing. */
    static List<Inline> inline(String text) {
        List<Inline> found = new ArrayList<>();
        int last = 0;
        Matcher m = ORDINAL.matcher(text);
        int from = 0;
        int enumerationEnd = -10;
        while (from < text.length() && m.find(from)) {
            from = m.end();
            int n = ChineseNumerals.headingNumber(m.group(1));
            if (n <= last || n <= 0) {
                continue;
            }
            Inline h = titleAt(text, m.start(), m.end(), n, m.group(1));
            if (h == null) {
                continue;
            }
            boolean listed = h.end() < text.length() && "，、；,;".indexOf(text.charAt(h.end())) >= 0;
            if (listed || h.start() <= enumerationEnd + 1) {
                // An enumeration of part names ("包括一、总体情况，二、…，三、…") is not a heading, nor its last item.
                enumerationEnd = h.end();
                continue;
            }
            found.add(h);
            last = n;
            from = h.end();
        }
        return found;
    }

    private static Inline titleAt(String text, int start, int titleStart, int number, String numeral) {
        int limit = Math.min(text.length(), titleStart + MAX_TITLE);
        for (int i = titleStart; i < limit; i++) {
            char c = text.charAt(i);
            if (stops(c)) {
                return null;
            }
            for (String end : Vocabulary.HEADING_ENDS) {
                if (!text.startsWith(end, i)) {
                    continue;
                }
                int e = i + end.length();
                String title = text.substring(titleStart, e);
                Vocabulary.PartMatch match = Vocabulary.classifyHeading(title);
                if (match == null || Text.compact(title).length() < 2) {
                    continue;
                }
                e = extend(text, e);
                return new Inline(start, e, number, numeral, text.substring(titleStart, e).strip(), match);
            }
        }
        return null;
    }

    /**
     * Extends a title ending at {@code e} over what follows at once: an end word ("改进" + "情况") or a
     * connector and a few characters up to an end word ("存在问题" + "及改进措施"), at most 8 characters.
     */
    private static int extend(String text, int e) {
        int best = e;
        int limit = Math.min(text.length(), e + 8);
        boolean joined = e < text.length() && "及和与、".indexOf(text.charAt(e)) >= 0;
        for (int i = e; i < limit; i++) {
            if (stops(text.charAt(i))) {
                break;
            }
            for (String end : Vocabulary.HEADING_ENDS) {
                if (text.startsWith(end, i) && (i == best || joined) && i + end.length() <= limit) {
                    best = i + end.length();
                }
            }
        }
        return best;
    }

    /** Characters a heading title never contains: sentence punctuation, digits, a line break. */
    private static boolean stops(char c) {
        return c == '。' || c == '；' || c == ';' || c == '\n' || c == '：' || c == ':' || c == '，' || c == ','
                || c >= '0' && c <= '9' || c >= '０' && c <= '９';
    }
}
