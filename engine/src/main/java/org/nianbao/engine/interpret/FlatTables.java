package org.nianbao.engine.interpret;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nianbao.engine.interpret.FlatText.Segment;

/**
 * Constraint-based recovery of 表二, 表三 and 表四 from flattened text. A row's digit run is accepted
 * only when exactly one segmentation satisfies the row's constraint (for 表三, table-wide column
 * identities decide between the candidates of rows the row constraint leaves ambiguous). Rows that
 * stay ambiguous become items that carry the reason; {@link TableReader} makes them NOT_READ.
 */
final class FlatTables {
    private FlatTables() {
    }

    private static final int CAP = 64;
    private static final long MAX_COMBINATIONS = 200_000;

    /** A table row recovered from the flattened text of {@code src}. */
    private static Item recovered(Item src, List<String> cells) {
        return Item.row(cells, src.line(), src.page(), true, FlatText.METHOD);
    }

    private static Item row(Item src, String label, List<String> values) {
        List<String> cells = new ArrayList<>();
        cells.add(label);
        cells.addAll(values);
        return recovered(src, cells);
    }

    private static Item unread(Item src, String label, String reason) {
        return new Item(true, label, List.of(label), src.line(), src.page(), true, FlatText.METHOD, reason);
    }

    /** A row whose digits admit no split satisfying the row's own totals: its numbers are certainly inconsistent. */
    private static Item inconsistent(Item src, String label, String run, String reason) {
        return new Item(true, label, List.of(label, run), src.line(), src.page(), true, FlatText.METHOD, reason,
                Text.label(label), true);
    }

    private static String spacedCount(String label, int found, int cells) {
        return "“" + label + "”行的数字以空格分隔，只有 " + found + " 个，应为 " + cells
                + " 个，无法确定哪一格空白或缺失，未读取";
    }

    /**
     * The cells of a run when they are certain without arithmetic: as many white-space separated
     * numbers as cells, or (the spacing being unreliable or absent) as many digits as cells.
     */
    static List<String> certain(Segment s, int cells) {
        if (s.tokens() != null && s.tokens().size() == cells && validTokens(s)) {
            return s.tokens();
        }
        if (s.run().length() == cells && s.run().indexOf('.') < 0) {
            List<String> v = new ArrayList<>();
            for (char c : s.run().toCharArray()) {
                v.add(String.valueOf(c));
            }
            return v;
        }
        return null;
    }

    /** True when the white space splits the run into well-formed numbers (no leading zeros), fewer than the cells. */
    static boolean blankCells(Segment s, int cells) {
        return s.tokens() != null && s.tokens().size() < cells && validTokens(s) && s.run().length() != cells;
    }

    private static boolean validTokens(Segment s) {
        for (String t : s.tokens()) {
            if (!Segmenter.valid(t, true)) {
                return false;
            }
        }
        return true;
    }

    private static Item marker(Item src, String text) {
        return recovered(src, List.of(text));
    }

    private static String ambiguous(String label, int count, boolean exhausted) {
        return "“" + label + "”行的数字在网页文本中连在一起，"
                + (exhausted ? "可能的拆分过多" : "有 " + count + " 种拆分都符合约束")
                + "，无法唯一确定各单元格（拆分有歧义），未读取";
    }

    private static String impossible(String label, String run) {
        return "“" + label + "”行的数字在网页文本中连在一起（" + run + "），无论怎样拆分，总计都不等于各项之和，"
                + "无法确定各单元格，未读取";
    }

    // ---------------------------------------------------------------- 表三

    static List<Item> applications(Item src, String region, Editions editions) {
        return applications(List.of(src), List.of(region), editions);
    }

    /**
     * 表三 from one or more source items (one flattened paragraph, or one line per row with the cells
     * run together); each recovered row keeps the location of the item its digits came from.
     */
    static List<Item> applications(List<Item> sources, List<String> texts, Editions editions) {
        List<Segment> segs = new ArrayList<>();
        List<Item> segSource = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            for (Segment sg : FlatText.segments(texts.get(i))) {
                segs.add(sg);
                segSource.add(sources.get(i));
            }
        }
        Map<String, Segment> runs = new LinkedHashMap<>();
        Map<String, String> printed = new LinkedHashMap<>();
        Map<String, Item> rowSource = new LinkedHashMap<>();
        String pending = "";
        Set<String> taken = new HashSet<>();
        List<Item> out = new ArrayList<>();
        out.add(marker(sources.get(0), "收到和处理政府信息公开申请情况（勾稽关系）"));
        for (int si = 0; si < segs.size(); si++) {
            Segment s = segs.get(si);
            String label = pending + s.label();
            if (s.run().isEmpty()) {
                pending = label;
                continue;
            }
            pending = "";
            String key = Vocabulary.matchApplicationRow(label, taken);
            if (key == null) {
                // A misspelt label: keep it as printed, so that the table reader reports the typo.
                Vocabulary.FuzzyRow fuzzy = Vocabulary.matchApplicationRowFuzzy(label, taken);
                if (fuzzy == null) {
                    continue;
                }
                key = fuzzy.key();
                printed.put(key, label);
            }
            taken.add(key);
            runs.put(key, s);
            rowSource.put(key, segSource.get(si));
        }
        Map<String, List<List<String>>> candidates = new LinkedHashMap<>();
        Map<String, Boolean> exhausted = new LinkedHashMap<>();
        Map<String, List<String>> certain = new LinkedHashMap<>();
        for (Map.Entry<String, Segment> e : runs.entrySet()) {
            List<String> c = certain(e.getValue(), 7);
            if (c != null) {
                // As many numbers (or digits) as cells: the split is certain, whatever the arithmetic.
                certain.put(e.getKey(), c);
                candidates.put(e.getKey(), List.of(c));
                exhausted.put(e.getKey(), false);
                continue;
            }
            if (blankCells(e.getValue(), 7)) {
                candidates.put(e.getKey(), List.of());
                exhausted.put(e.getKey(), false);
                continue;
            }
            Segmenter.Result r = Segmenter.applicationRow(e.getValue().run(), CAP);
            candidates.put(e.getKey(), r.solutions());
            exhausted.put(e.getKey(), r.exhausted() || r.solutions().size() >= CAP);
        }
        Edition layout = editions.applicationsLayout(runs.keySet());
        Map<String, List<String>> chosen = resolveApplications(candidates, exhausted, layout);
        chosen.putAll(certain);
        for (String key : runs.keySet()) {
            Item src = rowSource.get(key);
            String label = printed.getOrDefault(key, Vocabulary.applicationRowLabel(key));
            List<String> v = chosen.get(key);
            Segment seg = runs.get(key);
            if (v != null) {
                out.add(row(src, label, v));
            } else if (blankCells(seg, 7)) {
                out.add(unread(src, label, spacedCount(label, seg.tokens().size(), 7)));
            } else if (candidates.get(key).isEmpty() && !exhausted.get(key)) {
                out.add(inconsistent(src, label, seg.run(), impossible(label, seg.run())));
            } else {
                out.add(unread(src, label, ambiguous(label, candidates.get(key).size(), exhausted.get(key))));
            }
        }
        return out;
    }

    /**
     * Rows with exactly one candidate are accepted. For the others, the column identities
     * (一+二 = （七）+四 per column; （七）总计 = sum of the result rows per column) are applied over all
     * combinations of candidates; a row is accepted when every surviving combination agrees on it.
     */
    static Map<String, List<String>> resolveApplications(Map<String, List<List<String>>> candidates,
                                                         Map<String, Boolean> exhausted, Edition layout) {
        Map<String, List<String>> chosen = new LinkedHashMap<>();
        List<String> ambiguousRows = new ArrayList<>();
        for (Map.Entry<String, List<List<String>>> e : candidates.entrySet()) {
            if (e.getValue().size() == 1 && !exhausted.get(e.getKey())) {
                chosen.put(e.getKey(), e.getValue().get(0));
            } else if (e.getValue().size() > 1 && !exhausted.get(e.getKey())) {
                ambiguousRows.add(e.getKey());
            }
        }
        if (ambiguousRows.isEmpty()) {
            return chosen;
        }
        List<String> resultRows = layout == null ? List.of() : layout.resultRows();
        List<List<String>> constraints = new ArrayList<>();
        List<String> balance = List.of("new_received", "carried_over", "results_total", "carried_forward");
        if (usable(balance, chosen, ambiguousRows)) {
            constraints.add(balance);
        }
        List<String> sum = new ArrayList<>(resultRows);
        sum.add("results_total");
        if (usable(sum, chosen, ambiguousRows)) {
            constraints.add(sum);
        }
        List<String> involved = new ArrayList<>();
        for (String r : ambiguousRows) {
            for (List<String> c : constraints) {
                if (c.contains(r) && !involved.contains(r)) {
                    involved.add(r);
                }
            }
        }
        long combos = 1;
        for (String r : involved) {
            combos *= candidates.get(r).size();
            if (combos > MAX_COMBINATIONS) {
                return chosen;
            }
        }
        if (involved.isEmpty()) {
            return chosen;
        }
        int[] idx = new int[involved.size()];
        List<int[]> surviving = new ArrayList<>();
        while (true) {
            Map<String, List<String>> values = new LinkedHashMap<>(chosen);
            for (int i = 0; i < idx.length; i++) {
                values.put(involved.get(i), candidates.get(involved.get(i)).get(idx[i]));
            }
            if (holds(values, constraints, resultRows)) {
                surviving.add(idx.clone());
            }
            int k = idx.length - 1;
            while (k >= 0 && ++idx[k] >= candidates.get(involved.get(k)).size()) {
                idx[k] = 0;
                k--;
            }
            if (k < 0) {
                break;
            }
        }
        if (surviving.isEmpty()) {
            return chosen;
        }
        for (int i = 0; i < involved.size(); i++) {
            int first = surviving.get(0)[i];
            boolean agree = true;
            for (int[] s : surviving) {
                if (s[i] != first) {
                    agree = false;
                    break;
                }
            }
            if (agree) {
                chosen.put(involved.get(i), candidates.get(involved.get(i)).get(first));
            }
        }
        return chosen;
    }

    private static boolean usable(List<String> rows, Map<String, List<String>> chosen, List<String> ambiguous) {
        boolean touchesAmbiguous = false;
        for (String r : rows) {
            if (ambiguous.contains(r)) {
                touchesAmbiguous = true;
            } else if (!chosen.containsKey(r)) {
                return false;
            }
        }
        return touchesAmbiguous;
    }

    private static boolean holds(Map<String, List<String>> v, List<List<String>> constraints, List<String> resultRows) {
        for (List<String> c : constraints) {
            for (int col = 0; col < 7; col++) {
                if (c.get(0).equals("new_received") && c.size() == 4) {
                    BigDecimal left = num(v, "new_received", col).add(num(v, "carried_over", col));
                    BigDecimal right = num(v, "results_total", col).add(num(v, "carried_forward", col));
                    if (left.compareTo(right) != 0) {
                        return false;
                    }
                } else {
                    BigDecimal s = BigDecimal.ZERO;
                    for (String r : resultRows) {
                        s = s.add(num(v, r, col));
                    }
                    if (s.compareTo(num(v, "results_total", col)) != 0) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    private static BigDecimal num(Map<String, List<String>> v, String row, int col) {
        return new BigDecimal(v.get(row).get(col));
    }

    // ---------------------------------------------------------------- 表四

    static List<Item> review(Item src, String region) {
        List<Segment> segs = FlatText.segments(region);
        List<Item> out = new ArrayList<>();
        out.add(marker(src, "行政复议行政诉讼"));
        StringBuilder run = new StringBuilder();
        int runs = 0;
        Segment only = null;
        for (Segment s : segs) {
            if (!s.run().isEmpty()) {
                if (runs > 0 && !s.label().isEmpty()) {
                    out.add(unread(src, "表四数据行", "表四的数字在网页文本中被文字隔开，无法确定各单元格，未读取"));
                    return out;
                }
                run.append(s.run());
                runs++;
                only = s;
            }
        }
        String label = "表四数据行";
        if (runs == 0) {
            out.add(unread(src, label, "表四没有数字，未读取"));
            return out;
        }
        Segment all = runs == 1 ? only : new Segment("", run.toString());
        List<String> certain = certain(all, 15);
        if (certain != null) {
            out.add(recovered(src, certain));
            return out;
        }
        if (blankCells(all, 15)) {
            out.add(unread(src, label, spacedCount(label, all.tokens().size(), 15)));
            return out;
        }
        Segmenter.Result r = Segmenter.reviewRow(run.toString(), 2);
        if (r.unique()) {
            out.add(recovered(src, r.solutions().get(0)));
        } else if (r.solutions().isEmpty() && !r.exhausted()) {
            out.add(inconsistent(src, label, run.toString(), impossible(label, run.toString())));
        } else {
            out.add(unread(src, label, r.exhausted() ? ambiguous(label, 0, true)
                    : "“" + label + "”的数字在网页文本中连在一起，至少有 2 种拆分都符合各组总计，"
                    + "无法唯一确定各单元格（拆分有歧义），未读取"));
        }
        return out;
    }

    // ---------------------------------------------------------------- 表二

    /** The 表二 column headers named in a run-together header text, in printed order. */
    static List<String> headerColumns(String labelText) {
        java.util.TreeMap<Integer, String> at = new java.util.TreeMap<>();
        for (Vocabulary.RowDef def : Vocabulary.PROACTIVE_COLUMNS) {
            for (String w : def.words()) {
                int i = labelText.indexOf(w);
                if (i >= 0 && !at.containsValue(def.key())) {
                    at.put(i, def.key());
                }
            }
        }
        return new ArrayList<>(at.values());
    }

    static List<Item> proactive(Item src, String region, Editions editions) {
        List<Item> out = new ArrayList<>();
        out.add(marker(src, "第二十条第(一)项"));
        List<Segment> segs = FlatText.segments(region);
        // The edition of 表二 from its own structure: the column headers and rows it prints.
        Edition layoutEdition = editions.layout(editions.detectTable(Text.label(region), List.of(), null).edition(),
                null, null);
        Map<String, List<String>> layout = layoutEdition == null ? Map.of() : layoutEdition.proactiveLayout();
        String pending = "";
        Set<String> taken = new HashSet<>();
        for (Segment s : segs) {
            String label = pending + s.label();
            if (s.run().isEmpty()) {
                pending = label;
                continue;
            }
            pending = "";
            List<String> header = headerColumns(label);
            if (!header.isEmpty()) {
                List<String> cells = new ArrayList<>();
                cells.add("信息内容");
                header.forEach(k -> cells.add(Vocabulary.proactiveColumnLabel(k)));
                out.add(recovered(src, cells));
            }
            String key = Vocabulary.matchProactiveRow(label);
            if (key == null || taken.contains(key) || !layout.containsKey(key)) {
                continue;
            }
            taken.add(key);
            List<String> cols = layout.get(key);
            String rowLabel = Vocabulary.proactiveRowLabel(key);
            List<String> certain = certain(s, cols.size());
            if (certain != null) {
                out.add(row(src, rowLabel, certain));
                continue;
            }
            if (blankCells(s, cols.size())) {
                out.add(unread(src, rowLabel, spacedCount(rowLabel, s.tokens().size(), cols.size())));
                continue;
            }
            Segmenter.Result r = Segmenter.segment(s.run(), cols.size(),
                    i -> cols.get(i).equals("fee_amount_wan") || cols.get(i).equals("procurement_amount"),
                    (p, n) -> true, 2);
            if (r.unique()) {
                out.add(row(src, rowLabel, r.solutions().get(0)));
            } else if (r.solutions().isEmpty() && !r.exhausted()) {
                out.add(unread(src, rowLabel, "“" + rowLabel + "”行的数字（" + s.run() + "）拆不成 " + cols.size()
                        + " 个数，无法确定各单元格，未读取"));
            } else {
                out.add(unread(src, rowLabel, "“" + rowLabel + "”行的数字在网页文本中连在一起（" + s.run()
                        + "），有多种方式拆成 " + cols.size() + " 个数，无法唯一确定各单元格（拆分有歧义），未读取"));
            }
        }
        return out;
    }
}
