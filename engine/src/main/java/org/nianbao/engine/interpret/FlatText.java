package org.nianbao.engine.interpret;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pre-pass for flattened web-page text: a whole report on one line, headings inline
 * ("…。一、总体情况2019年…") and table cells run together without separators
 * ("一、本年新收政府信息公开申请数量640020470"). The paragraph is split at the inline section headings
 * (known titles, numerals in increasing order) and at the table boundaries; the tables are then
 * recovered by {@link FlatTables} under their arithmetic constraints.
 */
final class FlatText {
    private FlatText() {
    }

    static final String METHOD = "flattened-digits";
    static final String CONFIDENCE = "constraint-unique";

    private static final Pattern PAGE_TITLE = Pattern.compile(
            "^\\s*([^\\s。，；：:]{4,60}?政府信息公开[^\\s。，；：:]{0,12}?(?:年度报告|年报))(?:\\s+|(?=来源|发布|时间|根据|本报告))");

    /** 表三's first row with at least seven digits run together, as flattened web text prints it. */
    private static final Pattern TABLE3_IN_LINE = Pattern.compile("本年新收政府信息公开申请数量\\s*[0-9](?:\\s*[0-9]){6,}");

    /** True when a paragraph is flattened report text worth splitting. */
    static boolean isFlattened(String text) {
        if (text.length() < 200) {
            return false;
        }
        return text.length() >= 500 && Headings.inline(text).size() >= 3
                || TABLE3_IN_LINE.matcher(text).find() && text.contains("上年结转");
    }

    /** Replaces flattened paragraphs by heading, paragraph and recovered table-row items. */
    static List<Item> expand(List<Item> items, Editions editions) {
        List<Item> out = new ArrayList<>();
        for (Item it : items) {
            if (it.tableRow() || !isFlattened(it.text())) {
                out.add(it);
                continue;
            }
            out.addAll(split(it, editions));
        }
        return rowLines(out, editions);
    }

    /** A paragraph line holding one 表三 row label and its cells run together ("（一）予以公开270020130"). */
    static boolean isConcatenatedRow(Item it) {
        if (it.tableRow() || it.text().length() > 120) {
            return false;
        }
        List<Segment> segs = segments(it.text());
        if (segs.isEmpty() || segs.get(segs.size() - 1).run().isEmpty()) {
            return false;
        }
        Segment last = null;
        int runs = 0;
        for (Segment s : segs) {
            if (!s.run().isEmpty()) {
                runs++;
                last = s;
            }
        }
        if (runs != 1 || last.run().length() < 7 || last.run().indexOf('.') >= 0
                || !it.label().endsWith(last.run())) {
            return false;
        }
        String label = Text.label(it.text());
        label = label.substring(0, label.length() - last.run().length());
        for (Vocabulary.RowDef def : Vocabulary.APPLICATION_ROWS) {
            if (def.matches().test(label)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDigitsOnly(Item it) {
        if (it.tableRow()) {
            return false;
        }
        String t = it.label();
        if (t.length() < 15) {
            return false;
        }
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * One line per row with the cells run together: three or more such 表三 lines (label-only lines
     * like "三、本年度办理结果" between them included) are recovered together under the table's
     * constraints; a digits-only line after a 表四 header line is recovered as 表四's data row.
     */
    static List<Item> rowLines(List<Item> items, Editions editions) {
        List<Item> out = new ArrayList<>();
        int i = 0;
        while (i < items.size()) {
            Item it = items.get(i);
            if (isConcatenatedRow(it)) {
                int j = i;
                int last = i;
                int rows = 0;
                while (j < items.size() && !items.get(j).tableRow()) {
                    Item c = items.get(j);
                    if (isConcatenatedRow(c)) {
                        rows++;
                        last = j;
                    } else if (c.text().length() > 40 || c.text().contains("。")
                            || segments(c.text()).stream().anyMatch(sg -> !sg.run().isEmpty())) {
                        break;
                    }
                    j++;
                }
                if (rows >= 3) {
                    List<Item> src = items.subList(i, last + 1);
                    List<String> texts = src.stream().map(Item::text).toList();
                    out.addAll(FlatTables.applications(new ArrayList<>(src), texts, editions));
                    i = last + 1;
                    continue;
                }
            }
            if (isDigitsOnly(it)) {
                boolean afterHeader = false;
                for (int k = Math.max(0, out.size() - 6); k < out.size(); k++) {
                    if (out.get(k).label().contains("行政复议") && !out.get(k).label().contains("。")) {
                        afterHeader = true;
                    }
                }
                if (afterHeader) {
                    out.addAll(FlatTables.review(it, it.text()));
                    i++;
                    continue;
                }
            }
            out.add(it);
            i++;
        }
        return out;
    }

    private static Item para(Item src, String text) {
        return Item.paragraph(text, src.line(), src.page());
    }

    static List<Item> split(Item src, Editions editions) {
        String text = src.text();
        List<Headings.Inline> heads = Headings.inline(text);
        List<Item> out = new ArrayList<>();
        int prev = 0;
        for (int h = 0; h <= heads.size(); h++) {
            int bodyEnd = h < heads.size() ? heads.get(h).start() : text.length();
            String body = text.substring(prev, bodyEnd);
            String kind = h == 0 ? null : heads.get(h - 1).match().part().kind();
            if (h == 0) {
                // The page title opens the line: "某某2021年度政府信息公开工作年度报告 来源：… 根据…".
                Matcher t = PAGE_TITLE.matcher(body);
                if (t.find()) {
                    out.add(para(src, t.group(1)));
                    body = body.substring(t.end());
                }
            }
            out.addAll(body(src, body, kind, editions));
            if (h < heads.size()) {
                Headings.Inline hd = heads.get(h);
                out.add(para(src, text.substring(hd.start(), hd.end()).strip()));
                prev = hd.end();
            }
        }
        return out;
    }

    /** The first occurrence in {@code body} from {@code from} of any of the words, or -1. */
    private static int firstOf(String body, int from, List<String> words) {
        int best = -1;
        for (String w : words) {
            int i = body.indexOf(w, from);
            if (i >= 0 && (best < 0 || i < best)) {
                best = i;
            }
        }
        return best;
    }

    /** A section body: narrative before the table marker is a paragraph, the rest is read as a table. */
    private static List<Item> body(Item src, String body, String section, Editions editions) {
        List<Item> out = new ArrayList<>();
        int marker = -1;
        String kind = null;
        if ("proactive".equals(section)) {
            marker = firstOf(body, 0, Vocabulary.locator("proactive").start());
            kind = "proactive";
        } else if ("applications".equals(section)) {
            Matcher m = Pattern.compile("[（(]本列数据的勾稽关系|申请人情况|本年新收政府信息公开申请数量\\s*[0-9]").matcher(body);
            marker = m.find() ? m.start() : -1;
            kind = "applications";
        } else if ("review_litigation".equals(section)) {
            // The table's header: the first 行政复议 after the last sentence (a sentence may mention it too).
            int sentenceEnd = body.lastIndexOf('。');
            marker = firstOf(body, sentenceEnd < 0 ? 0 : sentenceEnd, Vocabulary.locator("review_litigation").start());
            kind = "review";
        } else if (section == null) {
            // No heading yet: a bare table line (only the table was flattened).
            Matcher m = TABLE3_IN_LINE.matcher(body);
            if (m.find()) {
                int at = body.lastIndexOf("。", m.start());
                marker = at < 0 ? 0 : at + 1;
                kind = "applications";
            }
        }
        String narrative = marker < 0 ? body : body.substring(0, marker);
        if (!narrative.isBlank()) {
            out.add(para(src, narrative.strip()));
        }
        if (marker >= 0) {
            String region = body.substring(marker);
            switch (kind) {
                case "proactive" -> out.addAll(FlatTables.proactive(src, region, editions));
                case "applications" -> out.addAll(FlatTables.applications(src, region, editions));
                default -> out.addAll(FlatTables.review(src, region));
            }
        }
        return out;
    }

    /**
     * A label text followed by the digit run after it. {@code tokens} are the run's numbers when the
     * page kept white space between them ("0 0 0 1 0 0 1"): then the cells are known without any
     * arithmetic; null when the digits run together.
     */
    record Segment(String label, String run, List<String> tokens) {
        Segment(String label, String run) {
            this(label, run, null);
        }
    }

    /**
     * Splits a table region into label/run segments (labels in {@link Text#label} normal form). A
     * digit followed by '.' or '、' and a non-digit starts the next label ("00000002.其他…" is the run
     * "0000000" and the label "2.其他…"). White space between digits separates numbers.
     */
    static List<Segment> segments(String region) {
        StringBuilder norm = new StringBuilder(region.length());
        for (String piece : region.split("[\\s\u00A0\u3000]+")) {
            String l = Text.label(piece);
            if (!l.isEmpty()) {
                if (norm.length() > 0) {
                    norm.append(' ');
                }
                norm.append(l);
            }
        }
        // Thousands separators inside a run ("1,295") are dropped: the run is segmented without them.
        String s = norm.toString().replaceAll("(?<=[0-9])[,，](?=[0-9]{3})", "");
        List<Segment> out = new ArrayList<>();
        StringBuilder label = new StringBuilder();
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (!isDigit(c)) {
                if (c != ' ') {
                    label.append(c);
                }
                i++;
                continue;
            }
            int j = i;
            while (j < n && (isDigit(s.charAt(j)) || s.charAt(j) == '.' && j > i && j + 1 < n
                    && isDigit(s.charAt(j + 1)) || s.charAt(j) == ' ' && j + 1 < n && isDigit(s.charAt(j + 1)))) {
                j++;
            }
            String spaced = s.substring(i, j);
            String nextLabel = "";
            if (j < n && (s.charAt(j) == '.' || s.charAt(j) == '、') && spaced.indexOf('.') < 0) {
                nextLabel = spaced.substring(spaced.length() - 1);
                spaced = spaced.substring(0, spaced.length() - 1).strip();
            }
            List<String> tokens = spaced.isEmpty() ? List.of() : List.of(spaced.split(" "));
            String run = String.join("", tokens);
            if (label.length() > 0 || !run.isEmpty()) {
                out.add(new Segment(label.toString(), run, tokens.size() > 1 ? tokens : null));
            }
            label.setLength(0);
            label.append(nextLabel);
            i = j;
        }
        if (label.length() > 0) {
            out.add(new Segment(label.toString(), ""));
        }
        return out;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
