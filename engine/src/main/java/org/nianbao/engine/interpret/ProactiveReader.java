package org.nianbao.engine.interpret;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import org.nianbao.engine.model.Report;
import org.nianbao.engine.model.TableInfo;
import org.nianbao.engine.model.TableKeys;

/** Reads 表二 into canonical cells, in the columns its own headers name (its edition from its own structure). */
final class ProactiveReader {
    private final TableReader t;
    private final Report report;
    private final List<Item> items;
    private final Editions editions;

    ProactiveReader(TableReader t) {
        this.t = t;
        this.report = t.report;
        this.items = t.items;
        this.editions = t.editions;
    }

    // ---------------------------------------------------------------- 表二

    void read(int start, int end) {
        String table = TableKeys.PROACTIVE;
        String region = t.regionLabel(start, end);
        // The edition of 表二 from its own column headers and rows, never from words elsewhere.
        Editions.Detection evidence = editions.detectTable(region, List.of(), report.getYear());
        Edition edition = editions.layout(evidence.edition(), report.getEdition(), report.getYear());
        Map<String, List<String>> layout = edition == null ? Map.of() : edition.proactiveLayout();
        Map<String, Map<String, String>> found = new LinkedHashMap<>();
        Map<String, Item> rowItems = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        List<Item> used = new ArrayList<>();
        List<String> header = null;
        // The row's place as a second signal: the 第二十条第（X）项 block it stands in and its rank there.
        String block = null;
        int rank = 0;
        Map<String, List<Item>> unmatched = new LinkedHashMap<>();
        for (int i = start; i < end; i++) {
            Item it = items.get(i);
            if (!it.tableRow()) {
                Matcher blockLine = Vocabulary.ARTICLE20_ITEM.matcher(it.label());
                if (blockLine.find()) {
                    // A block line printed as a paragraph: the rows that follow are its rows.
                    header = null;
                    block = blockLine.group();
                    rank = 0;
                    continue;
                }
                it = labelledNumbers(it);
                if (it == null) {
                    continue;
                }
            }
            List<String> cells = it.cells();
            String first = Text.label(cells.isEmpty() ? "" : cells.get(0));
            Matcher item = Vocabulary.ARTICLE20_ITEM.matcher(first);
            if (item.find()) {
                header = null;
                block = item.group();
                rank = 0;
                continue;
            }
            if (first.startsWith("信息内容")) {
                header = new ArrayList<>();
                List<String> placeCols = layout.getOrDefault(blockRows(block, layout).stream().findFirst()
                        .orElse(""), List.of());
                for (int c = 1; c < cells.size(); c++) {
                    String h = Text.label(cells.get(c));
                    if (h.isEmpty()) {
                        continue;
                    }
                    String col = Vocabulary.matchProactiveColumn(h);
                    if (col == null) {
                        // A misspelt header: by similarity, its place in the header as the second signal.
                        String atPlace = header.size() < placeCols.size() ? placeCols.get(header.size()) : null;
                        Vocabulary.FuzzyRow fuzzy = Vocabulary.matchProactiveColumnFuzzy(h, atPlace);
                        if (fuzzy != null) {
                            col = fuzzy.key();
                            typo(table, fuzzy, cells.get(c), t.loc(it, table, null, col, null,
                                    Vocabulary.proactiveColumnLabel(col)));
                        }
                    }
                    header.add(col);
                }
                continue;
            }
            String rowKey = Vocabulary.matchProactiveRow(first);
            List<String> inBlock = blockRows(block, layout);
            String atPlace = rank < inBlock.size() ? inBlock.get(rank) : null;
            if (block != null && !first.isEmpty()) {
                rank++;
            }
            if (rowKey == null && it.unreadReason() == null) {
                // A misspelt row label: by similarity, its place in its block as the second signal.
                Vocabulary.FuzzyRow fuzzy = Vocabulary.matchProactiveRowFuzzy(first, found.keySet(), atPlace);
                if (fuzzy != null) {
                    rowKey = fuzzy.key();
                    typo(table, fuzzy, cells.get(0), t.loc(it, table, rowKey, null,
                            Vocabulary.proactiveRowLabel(rowKey), null));
                } else if (block != null && cells.size() > 1 && Text.hasCjk(first)) {
                    unmatched.computeIfAbsent(block, b -> new ArrayList<>()).add(it);
                }
            }
            if (rowKey == null || found.containsKey(rowKey)) {
                continue;
            }
            if (it.unreadReason() != null) {
                used.add(it);
                rowItems.put(rowKey, it);
                problems.add(it.unreadReason());
                found.put(rowKey, new LinkedHashMap<>());
                continue;
            }
            List<String> expectedCols = layout.get(rowKey);
            if (expectedCols == null) {
                problems.add("出现本版格式没有的行“" + Vocabulary.proactiveRowLabel(rowKey) + "”，未读取");
                continue;
            }
            List<String> cols = header != null && !header.contains(null) && header.size() >= expectedCols.size()
                    && header.containsAll(expectedCols) ? header : expectedCols;
            List<String> values = TableReader.fit(cells.subList(1, cells.size()), cols.size(), it.gridKnown());
            if (values == null) {
                List<String> v = new ArrayList<>(cells.subList(1, cells.size()));
                while (!v.isEmpty() && v.get(v.size() - 1).isBlank()) {
                    v.remove(v.size() - 1);
                }
                // Fewer cells than columns: which column is missing cannot be known; never shift values.
                values = v.size() == cols.size() ? v : null;
            }
            used.add(it);
            rowItems.put(rowKey, it);
            Map<String, String> m = new LinkedHashMap<>();
            if (values == null) {
                problems.add("“" + Vocabulary.proactiveRowLabel(rowKey) + "”行的单元格数与表头不符，无法确定各自对应的列");
            } else {
                for (int c = 0; c < cols.size(); c++) {
                    m.put(cols.get(c), c < values.size() ? values.get(c) : null);
                }
            }
            found.put(rowKey, m);
        }
        byPlace(layout, unmatched, found, rowItems, used, problems);
        List<String> unread = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : layout.entrySet()) {
            String row = e.getKey();
            Map<String, String> values = found.get(row);
            String rowLabel = Vocabulary.proactiveRowLabel(row);
            boolean rowUnread = false;
            for (String col : e.getValue()) {
                String colLabel = Vocabulary.proactiveColumnLabel(col);
                String raw = values == null ? null : values.get(col);
                if (raw == null) {
                    report.getCells().add(t.notRead(table, row, col, rowLabel, colLabel));
                    rowUnread = true;
                } else {
                    report.getCells().add(t.cell(table, row, col, raw, rowItems.get(row), rowLabel, colLabel));
                }
            }
            if (rowUnread) {
                unread.add(row);
                if (values == null) {
                    if (!t.isAbsent(table, row, region)) {
                        problems.add("未找到“" + rowLabel + "”行");
                    }
                } else if (!values.isEmpty()) {
                    problems.add("“" + rowLabel + "”行缺少单元格");
                }
            }
        }
        boolean present = !found.isEmpty();
        Set<String> m = TableReader.methods(used);
        boolean truncated = false;
        if (present && end >= items.size() && found.size() < layout.size()) {
            // Nothing follows 表二 (no later heading or table) and its last rows are missing.
            List<String> keys = new ArrayList<>(layout.keySet());
            String lastKey = keys.get(keys.size() - 1);
            if (!found.containsKey(lastKey)) {
                truncated = true;
                problems.add(0, t.endsInside(table, "，表的其余各行缺失"));
            }
        }
        report.getTableInfos().add(TableInfo.of(table)
                .present(present)
                .complete(present && problems.isEmpty())
                .method(String.join("+", m))
                .confidence(TableReader.confidence(m, problems))
                .unreadRows(unread)
                .problems(problems)
                .location(t.loc(items.get(start), table, null, null, null, null))
                .truncated(truncated)
                .absentRows(truncated ? List.of() : t.absentRows(table, unread, found.keySet(), region))
                .edition("unknown".equals(evidence.edition()) ? null : evidence.edition())
                .editionEvidence(evidence.evidence())
                .build());
    }

    /** The rows of the edition's layout printed in a 第二十条第（X）项 block (label form), in order. */
    private static List<String> blockRows(String block, Map<String, List<String>> layout) {
        if (block == null) {
            return List.of();
        }
        List<String> rows = new ArrayList<>();
        for (Vocabulary.RowDef def : Vocabulary.PROACTIVE_ROWS) {
            if (def.block() != null && Text.label(def.block()).equals(block) && layout.containsKey(def.key())) {
                rows.add(def.key());
            }
        }
        return rows;
    }

    /** A misspelt 表二 label (FMT-LBL-001), reported once. */
    private void typo(String table, Vocabulary.FuzzyRow fuzzy, String printed, org.nianbao.engine.model.Location loc) {
        for (org.nianbao.engine.model.LabelTypo l : report.getLabelTypos()) {
            if (l.found().equals(fuzzy.found()) && l.expected().equals(fuzzy.expected())) {
                return;
            }
        }
        report.getLabelTypos().add(new org.nianbao.engine.model.LabelTypo(table, fuzzy.found(), fuzzy.expected(),
                printed, loc));
    }

    /**
     * A row found by its place: in a 第二十条第（X）项 block where exactly one of the edition's rows
     * was not found by its label and exactly one row with as many cells as that row's columns names
     * nothing, that row is taken for it. Said as a problem (the label was not recognised), so the
     * reader checks it.
     */
    private void byPlace(Map<String, List<String>> layout, Map<String, List<Item>> unmatched,
                         Map<String, Map<String, String>> found, Map<String, Item> rowItems, List<Item> used,
                         List<String> problems) {
        for (Map.Entry<String, List<Item>> e : unmatched.entrySet()) {
            List<String> missing = blockRows(e.getKey(), layout).stream().filter(r -> !found.containsKey(r)).toList();
            if (missing.size() != 1 || e.getValue().size() != 1) {
                continue;
            }
            String row = missing.get(0);
            Item it = e.getValue().get(0);
            List<String> cols = layout.get(row);
            List<String> values = TableReader.fit(it.cells().subList(1, it.cells().size()), cols.size(), it.gridKnown());
            if (values == null) {
                continue;
            }
            Map<String, String> m = new LinkedHashMap<>();
            for (int c = 0; c < cols.size(); c++) {
                m.put(cols.get(c), c < values.size() ? values.get(c) : null);
            }
            found.put(row, m);
            rowItems.put(row, it);
            used.add(it);
            problems.add("“" + Vocabulary.proactiveRowLabel(row) + "”行的行名印作“" + it.cells().get(0).strip()
                    + "”，未能识别，按其在表中的位置读取");
        }
    }

    private static final java.util.regex.Pattern LABEL_NUMBERS = java.util.regex.Pattern.compile(
            "^\\s*([^0-9０-９\\s][^0-9０-９]*?)\\s+((?:[0-9０-９][0-9０-９.,，]*\\s*)+)$");

    /**
     * A paragraph line "行政许可 0" (PDF text that lost the table grid): a 表二 row label followed by
     * numbers separated by white space. Returned as a row item whose cells are the label and the
     * numbers; null when the line is not of that form. The number count is checked by the caller.
     */
    private static Item labelledNumbers(Item it) {
        Matcher m = LABEL_NUMBERS.matcher(it.text());
        if (!m.matches() || Vocabulary.matchProactiveRow(Text.label(m.group(1))) == null) {
            return null;
        }
        List<String> cells = new ArrayList<>();
        cells.add(m.group(1).strip());
        for (String v : m.group(2).strip().split("\\s+")) {
            cells.add(v);
        }
        return new Item(true, it.text(), cells, it.line(), it.page(), false, "text-spaced", null);
    }
}
