package org.nianbao.engine.interpret;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import org.nianbao.engine.interpret.ReportBuilder.Item;
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
        for (int i = start; i < end; i++) {
            Item it = items.get(i);
            if (!it.tableRow()) {
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
                continue;
            }
            if (first.startsWith("信息内容")) {
                header = new ArrayList<>();
                for (int c = 1; c < cells.size(); c++) {
                    String h = Text.label(cells.get(c));
                    if (h.isEmpty()) {
                        continue;
                    }
                    header.add(Vocabulary.matchProactiveColumn(h));
                }
                continue;
            }
            String rowKey = Vocabulary.matchProactiveRow(first);
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
                Item last = items.get(items.size() - 1);
                truncated = true;
                problems.add(0, "文本在表二中途结束（第 " + last.line() + " 行之后没有内容），表的其余各行缺失");
                report.markTruncated(last.line(), table);
            }
        }
        report.getTableInfos().add(new TableInfo(table, present, present && problems.isEmpty(),
                String.join("+", m), TableReader.confidence(m, problems), unread, problems,
                t.loc(items.get(start), table, null, null, null, null), truncated,
                truncated ? List.of() : t.absentRows(table, unread, found.keySet(), region), List.of(),
                "unknown".equals(evidence.edition()) ? null : evidence.edition(), evidence.evidence()));
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
