package org.nianbao.engine.interpret;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import org.nianbao.engine.interpret.ReportBuilder.Item;
import org.nianbao.engine.model.Cell;
import org.nianbao.engine.model.CellStatus;
import org.nianbao.engine.model.Location;
import org.nianbao.engine.model.Report;
import org.nianbao.engine.model.TableInfo;
import org.nianbao.engine.model.TableKeys;

/**
 * Reads 表二, 表三 and 表四 from the report's items into canonical cells. A cell that cannot be
 * placed with certainty is {@link CellStatus#NOT_READ} and its row is named in the table's
 * {@link TableInfo}; nothing is guessed.
 */
final class TableReader {
    private final Report report;
    private final List<Item> items;
    private final List<int[]> headings;
    private final Editions editions;
    private final Map<String, String> publishedRegions;
    private final String publishedText;

    TableReader(Report report, List<Item> items, List<int[]> headings, Editions editions) {
        this(report, items, headings, editions, Map.of(), "");
    }

    /**
     * @param publishedRegions each table's region in the text as published ({@link PublishedRegions})
     * @param publishedText    the whole text as published, in label normal form
     */
    TableReader(Report report, List<Item> items, List<int[]> headings, Editions editions,
                Map<String, String> publishedRegions, String publishedText) {
        this.report = report;
        this.items = items;
        this.headings = headings;
        this.editions = editions;
        this.publishedRegions = publishedRegions;
        this.publishedText = publishedText;
    }

    /** The label text of items [start, end): the table's region as read. */
    private String regionLabel(int start, int end) {
        StringBuilder sb = new StringBuilder();
        for (int i = Math.max(start, 0); i < end && i < items.size(); i++) {
            sb.append(items.get(i).label());
        }
        return sb.toString();
    }

    /**
     * Rows of {@code unread} whose identifying words occur nowhere in the table, neither as read nor
     * as published: deleted rows. A row whose words occur was there but not read.
     */
    private List<String> absentRows(String table, List<String> unread, Set<String> seen, String readRegion) {
        List<String> absent = new ArrayList<>();
        for (String row : unread) {
            if (!seen.contains(row) && isAbsent(table, row, readRegion)) {
                absent.add(row);
            }
        }
        return absent;
    }

    private boolean isAbsent(String table, String row, String readRegion) {
        String published = publishedRegions.getOrDefault(table, publishedText);
        return !Vocabulary.rowWordsPresent(table, row, readRegion) && !Vocabulary.rowWordsPresent(table, row, published);
    }

    /** Rows recovered from run-together digits that no split makes consistent: “label”（digits）. */
    private static void inconsistent(Item it, String label, List<String> out) {
        if (it.inconsistent()) {
            out.add("“" + label + "”（" + (it.cells().size() > 1 ? it.cells().get(1) : "") + "）");
        }
    }

    void readAll() {
        int t3 = indexOf(0, s -> s.contains("本年新收") || s.contains("勾稽关系"));
        int t2 = indexOf(0, s -> s.contains("第二十条第"));
        int t4 = indexOf(Math.max(t3, 0), s -> s.contains("行政复议") && !s.contains("。"), true);
        if (t4 < 0 && t3 >= 0) {
            // PDF text: the header of 表四 is plain lines; start at its heading or first header line.
            t4 = indexOf(Math.max(t3, 0), s -> s.contains("行政复议") && s.contains("行政诉讼") && s.length() < 40
                    && !s.contains("。") && !s.contains("，"));
        }
        if (t2 >= 0) {
            readProactive(t2, regionEnd(t2, t3, t4));
        } else {
            report.getTableInfos().add(absent(TableKeys.PROACTIVE));
        }
        if (t3 >= 0) {
            readApplications(t3, regionEnd(t3, t4));
        } else if (report.isTruncated()) {
            report.getTableInfos().add(cutOff(TableKeys.APPLICATIONS));
        } else {
            report.getTableInfos().add(absent(TableKeys.APPLICATIONS));
        }
        if (t4 >= 0) {
            readReview(t4, regionEnd(t4));
        } else if (report.isTruncated()) {
            report.getTableInfos().add(cutOff(TableKeys.REVIEW_LITIGATION));
        } else {
            report.getTableInfos().add(absent(TableKeys.REVIEW_LITIGATION));
        }
    }

    /** A table the input never reaches because the text ends inside an earlier table. */
    private TableInfo cutOff(String table) {
        return new TableInfo(table, false, false, null, null, List.of(),
                List.of("文本在" + TableKeys.tableName(report.getTruncatedTable()) + "中途结束，未包含该表"),
                new Location(report.getFile(), null, null, null, table, null, null, null, null), true);
    }

    private TableInfo absent(String table) {
        return new TableInfo(table, false, false, null, null, List.of(), List.of("未找到该表"),
                new Location(report.getFile(), null, null, null, table, null, null, null, null));
    }

    private interface Test {
        boolean on(String label);
    }

    private int indexOf(int from, Test t) {
        return indexOf(from, t, false);
    }

    private int indexOf(int from, Test t, boolean tableRowsOnly) {
        for (int i = Math.max(from, 0); i < items.size(); i++) {
            Item it = items.get(i);
            if (tableRowsOnly && !it.tableRow()) {
                continue;
            }
            if (t.on(it.label())) {
                return i;
            }
        }
        return -1;
    }

    /** End of a table region: the next heading after start, or the start of a following table. */
    private int regionEnd(int start, int... nextTables) {
        int end = items.size();
        for (int[] h : headings) {
            if (h[0] > start) {
                end = h[0];
                break;
            }
        }
        for (int n : nextTables) {
            if (n > start && n < end) {
                end = n;
            }
        }
        return end;
    }

    private Location loc(Item it, String table, String row, String column, String rowLabel, String columnLabel) {
        return new Location(report.getFile(), it == null ? null : it.line(),
                it == null || it.page() <= 0 ? null : it.page(), sectionAt(it), table, row, column, rowLabel,
                columnLabel);
    }

    private String sectionAt(Item it) {
        if (it == null) {
            return null;
        }
        String sec = null;
        for (var s : report.getSections()) {
            if (s.location().line() != null && s.location().line() <= it.line()) {
                sec = s.numeral();
            }
        }
        return sec;
    }

    /** Splits a row into label text (normal form) and trailing value cells. */
    private record Split(String label, List<String> values) {
    }

    private static Split split(Item it) {
        List<String> cells = it.cells();
        int k = cells.size();
        while (k > 0 && CellParser.isValueLike(cells.get(k - 1))) {
            k--;
        }
        StringBuilder label = new StringBuilder();
        for (int i = 0; i < k; i++) {
            label.append(cells.get(i));
        }
        return new Split(Text.label(label.toString()), new ArrayList<>(cells.subList(k, cells.size())));
    }

    /** Fits the value cells to {@code n} positions; null when it cannot be done with certainty. */
    private static List<String> fit(List<String> values, int n, boolean gridKnown) {
        List<String> v = new ArrayList<>(values);
        if (gridKnown) {
            return v.size() >= n ? v.subList(v.size() - n, v.size()) : null;
        }
        while (v.size() > n && v.get(v.size() - 1).isBlank()) {
            v.remove(v.size() - 1);
        }
        while (v.size() > n && v.get(0).isBlank()) {
            v.remove(0);
        }
        return v.size() == n ? v : null;
    }

    private Cell cell(String table, String row, String column, String raw, Item it, String rowLabel,
                      String columnLabel) {
        CellParser.Parsed p = CellParser.parse(raw);
        return new Cell(table, row, column, p.status(), p.value(), raw, p.unit(),
                loc(it, table, row, column, rowLabel, columnLabel));
    }

    private Cell notRead(String table, String row, String column, String rowLabel, String columnLabel) {
        return new Cell(table, row, column, CellStatus.NOT_READ, null, null, null,
                loc(null, table, row, column, rowLabel, columnLabel));
    }

    private static Set<String> methods(List<Item> rows) {
        Set<String> m = new LinkedHashSet<>();
        for (Item it : rows) {
            if (it.tableRow()) {
                m.add(it.method());
            }
        }
        return m;
    }

    // ---------------------------------------------------------------- 表三

    private void readApplications(int start, int end) {
        String table = TableKeys.APPLICATIONS;
        Map<String, List<String>> rowValues = new LinkedHashMap<>();
        Map<String, Item> rowItems = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        List<String> inconsistentRuns = new ArrayList<>();
        List<Item> used = new ArrayList<>();
        List<Unmatched> unmatched = new ArrayList<>();
        Map<String, Integer> rowIndex = new LinkedHashMap<>();
        String pendingLabel = "";
        String wrapped = "";
        for (int i = start; i < end; i++) {
            Item it = items.get(i);
            if (!it.tableRow()) {
                pendingLabel = pendingLabel + it.label();
                wrapped = it.label().length() < 40 && !it.label().contains("。") ? it.label() : "";
                continue;
            }
            String prevParagraph = wrapped;
            wrapped = "";
            if (it.unreadReason() != null) {
                String key = matchApplicationRow(Text.label(it.cells().get(0)), rowValues.keySet());
                if (key == null) {
                    Vocabulary.FuzzyRow fuzzy = Vocabulary.matchApplicationRowFuzzy(Text.label(it.cells().get(0)),
                            rowValues.keySet());
                    key = fuzzy == null ? null : fuzzy.key();
                }
                if (key != null) {
                    used.add(it);
                    rowItems.put(key, it);
                    rowValues.put(key, null);
                    problems.add(it.unreadReason());
                    inconsistent(it, applicationRowLabel(key), inconsistentRuns);
                }
                pendingLabel = "";
                continue;
            }
            Split s = split(it);
            String label = s.label().isEmpty() ? pendingLabel : s.label();
            pendingLabel = "";
            long numbers = s.values().stream().filter(v -> !v.isBlank()).count();
            if (label.isEmpty() || numbers == 0 && s.values().size() < 3) {
                continue;
            }
            if ((label.contains("自然人") || label.contains("商业企业") || label.contains("申请人情况")
                    || label.contains("勾稽关系")) && numbers < 3) {
                continue;
            }
            String key = matchApplicationRow(label, rowValues.keySet());
            if (key == null && !s.label().isEmpty() && !prevParagraph.isEmpty()) {
                // A row label wrapped over lines: the first part stands alone on the line before.
                key = matchApplicationRow(prevParagraph + label, rowValues.keySet());
            }
            if (key == null) {
                // A misspelt row label: matched by similarity, and the typo reported.
                Vocabulary.FuzzyRow fuzzy = Vocabulary.matchApplicationRowFuzzy(label, rowValues.keySet());
                if (fuzzy != null) {
                    key = fuzzy.key();
                    report.getLabelTypos().add(new org.nianbao.engine.model.LabelTypo(table, fuzzy.found(),
                            fuzzy.expected(), it.cells().isEmpty() ? label : it.cells().get(0),
                            loc(it, table, key, null, applicationRowLabel(key), null)));
                }
            }
            if (key == null) {
                if (s.values().size() >= 7 && Text.hasCjk(label)) {
                    unmatched.add(new Unmatched(i, it, label, s.values()));
                }
                continue;
            }
            used.add(it);
            List<String> fitted = fit(s.values(), 7, it.gridKnown());
            rowItems.put(key, it);
            rowIndex.put(key, i);
            if (fitted == null) {
                problems.add("“" + applicationRowLabel(key) + "”行读出 " + s.values().size()
                        + " 个单元格，无法确定各自对应的列");
                rowValues.put(key, null);
            } else {
                rowValues.put(key, fitted);
            }
        }
        String region = regionLabel(start, end);
        // The document ends inside 表三: nothing after the last row read, the closing rows absent.
        boolean cutOff = !rowValues.isEmpty() && end >= items.size() && !rowValues.containsKey("carried_forward");
        Editions.Detection evidence = editions.detectTable(region, rowValues.keySet(), report.getYear());
        Edition layout = editions.layout(evidence.edition(), report.getEdition(), report.getYear());
        List<String> expected = layout == null ? List.copyOf(rowValues.keySet()) : layout.applicationRows();
        byPlace(expected, rowValues, rowItems, rowIndex, unmatched, problems, used);
        List<String> unread = new ArrayList<>();
        List<String> columns = new ArrayList<>(TableKeys.APPLICATION_COLUMNS.keySet());
        for (String row : expected) {
            List<String> values = rowValues.get(row);
            String rowLabel = applicationRowLabel(row);
            for (int c = 0; c < columns.size(); c++) {
                String col = columns.get(c);
                String colLabel = TableKeys.APPLICATION_COLUMNS.get(col);
                if (values == null) {
                    report.getCells().add(notRead(table, row, col, rowLabel, colLabel));
                } else {
                    report.getCells().add(cell(table, row, col, values.get(c), rowItems.get(row), rowLabel, colLabel));
                }
            }
            if (values == null) {
                unread.add(row);
                // A deleted row (its name nowhere in the table) is the report's deviation, not a reading problem.
                if (!rowValues.containsKey(row) && (cutOff || !isAbsent(table, row, region))) {
                    problems.add("未找到“" + rowLabel + "”行");
                }
            }
        }
        for (String row : rowValues.keySet()) {
            if (!expected.contains(row)) {
                problems.add("出现本版格式没有的行“" + applicationRowLabel(row) + "”，未读取");
            }
        }
        boolean present = !rowValues.isEmpty();
        Item first = items.get(start);
        boolean truncated = false;
        if (cutOff) {
            Item last = items.get(items.size() - 1);
            truncated = true;
            problems.add(0, "文本在表三中途结束（第 " + last.line() + " 行之后没有内容），表的其余各行缺失");
            report.markTruncated(last.line(), table);
        }
        Set<String> m = methods(used);
        report.getTableInfos().add(new TableInfo(table, present, present && problems.isEmpty(),
                String.join("+", m), confidence(m, problems), unread, problems,
                loc(first, table, null, null, null, null), truncated,
                cutOff ? List.of() : absentRows(table, unread, rowValues.keySet(), region), inconsistentRuns,
                "unknown".equals(evidence.edition()) ? null : evidence.edition(), evidence.evidence()));
    }

    /** A 表三 row with seven values whose label names no row. */
    private record Unmatched(int index, Item item, String label, List<String> values) {
    }

    /**
     * The row's place in the table as a second signal: an expected row not found by its label, whose
     * neighbours before and after were found, takes the one unmatched row with values between them.
     * Said as a problem (the label was not recognised), so the reader checks it.
     */
    private void byPlace(List<String> expected, Map<String, List<String>> rowValues, Map<String, Item> rowItems,
                         Map<String, Integer> rowIndex, List<Unmatched> unmatched, List<String> problems,
                         List<Item> used) {
        for (int k = 1; k + 1 < expected.size(); k++) {
            String row = expected.get(k);
            Integer before = rowIndex.get(expected.get(k - 1));
            Integer after = rowIndex.get(expected.get(k + 1));
            if (rowValues.containsKey(row) || before == null || after == null) {
                continue;
            }
            List<Unmatched> between = unmatched.stream().filter(u -> u.index() > before && u.index() < after).toList();
            if (between.size() != 1) {
                continue;
            }
            Unmatched u = between.get(0);
            List<String> fitted = fit(u.values(), 7, u.item().gridKnown());
            if (fitted == null) {
                continue;
            }
            unmatched.remove(u);
            rowValues.put(row, fitted);
            rowItems.put(row, u.item());
            rowIndex.put(row, u.index());
            used.add(u.item());
            problems.add("“" + applicationRowLabel(row) + "”行的行名印作“" + u.label() + "”，未能识别，按其在表中的位置读取");
        }
    }

    private static String confidence(Set<String> methods, List<String> problems) {
        if (methods.contains(FlatText.METHOD)) {
            return FlatText.CONFIDENCE;
        }
        return problems.isEmpty() ? "high" : "low";
    }

    /** The printed label of a 表三 row: the detected edition's own wording, else the common one. */
    private String applicationRowLabel(String key) {
        Edition detected = editions.byId(report.getEdition());
        if (detected != null) {
            Edition.RowLabel l = detected.labelsOf("applications").get(key);
            if (l != null && l.label() != null) {
                return l.label();
            }
        }
        return Vocabulary.applicationRowLabel(key);
    }

    private String matchApplicationRow(String label, Set<String> taken) {
        Edition detected = editions.byId(report.getEdition());
        if (detected != null) {
            for (Map.Entry<String, Edition.RowLabel> e : detected.labelsOf("applications").entrySet()) {
                if (!taken.contains(e.getKey()) && e.getValue().matches(label)) {
                    return e.getKey();
                }
            }
        }
        return Vocabulary.matchApplicationRow(label, taken);
    }

    // ---------------------------------------------------------------- 表四

    private void readReview(int start, int end) {
        String table = TableKeys.REVIEW_LITIGATION;
        List<String> keys = TableKeys.reviewCells();
        List<String> problems = new ArrayList<>();
        List<String> inconsistentRuns = new ArrayList<>();
        Item data = null;
        List<String> values = null;
        for (int i = start; i < end; i++) {
            Item it = items.get(i);
            if (!it.tableRow()) {
                continue;
            }
            if (it.unreadReason() != null) {
                data = it;
                problems.add(it.unreadReason());
                inconsistent(it, "表四数据行", inconsistentRuns);
                break;
            }
            boolean allValues = it.cells().stream().allMatch(CellParser::isValueLike);
            long numbers = it.cells().stream().filter(c -> !c.isBlank()).count();
            Split labelled = allValues ? null : split(it);
            if (labelled != null && labelled.values().size() == 15
                    && labelled.values().stream().noneMatch(String::isBlank)) {
                // Header text and the fifteen numbers on one row (e.g. one cell per line folded).
                data = it;
                values = labelled.values();
                break;
            }
            if (allValues && numbers >= 5) {
                data = it;
                values = fit(it.cells(), 15, it.gridKnown());
                if (values == null) {
                    problems.add("数据行读出 " + it.cells().size() + " 个单元格，应为 15 个，无法确定各自对应的列");
                }
                break;
            }
        }
        if (data == null && end < items.size() && items.subList(start, end).stream().noneMatch(Item::tableRow)) {
            // Only a heading or a sentence mentions 行政复议 and no table follows: the table is absent.
            report.getTableInfos().add(absent(table));
            return;
        }
        if (data == null) {
            problems.add("未找到表四的数据行");
        }
        if (data != null && data.unreadReason() != null) {
            values = null;
        }
        List<String> unread = new ArrayList<>();
        for (int k = 0; k < keys.size(); k++) {
            String key = keys.get(k);
            String[] parts = key.split("\\.");
            String rowLabel = TableKeys.REVIEW_GROUPS.get(parts[0]);
            String colLabel = TableKeys.REVIEW_OUTCOMES.get(parts[1]);
            if (values == null) {
                report.getCells().add(notRead(table, parts[0], parts[1], rowLabel, colLabel));
            } else {
                report.getCells().add(cell(table, parts[0], parts[1], values.get(k), data, rowLabel, colLabel));
            }
        }
        if (values == null) {
            unread.addAll(TableKeys.REVIEW_GROUPS.keySet());
        }
        boolean truncated = false;
        if (data == null && end >= items.size()) {
            Item last = items.get(items.size() - 1);
            truncated = true;
            problems.add("文本在表四中途结束（第 " + last.line() + " 行之后没有内容）");
            report.markTruncated(last.line(), table);
        }
        report.getTableInfos().add(new TableInfo(table, true, problems.isEmpty(),
                data == null ? null : data.method(),
                data != null && FlatText.METHOD.equals(data.method()) ? FlatText.CONFIDENCE
                        : problems.isEmpty() ? "high" : "low", unread, problems,
                loc(items.get(start), table, null, null, null, null), truncated, List.of(), inconsistentRuns,
                null, List.of()));
    }

    // ---------------------------------------------------------------- 表二

    private void readProactive(int start, int end) {
        String table = TableKeys.PROACTIVE;
        String region = regionLabel(start, end);
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
            List<String> values = fit(cells.subList(1, cells.size()), cols.size(), it.gridKnown());
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
                    report.getCells().add(notRead(table, row, col, rowLabel, colLabel));
                    rowUnread = true;
                } else {
                    report.getCells().add(cell(table, row, col, raw, rowItems.get(row), rowLabel, colLabel));
                }
            }
            if (rowUnread) {
                unread.add(row);
                if (values == null) {
                    if (!isAbsent(table, row, region)) {
                        problems.add("未找到“" + rowLabel + "”行");
                    }
                } else if (!values.isEmpty()) {
                    problems.add("“" + rowLabel + "”行缺少单元格");
                }
            }
        }
        boolean present = !found.isEmpty();
        Set<String> m = methods(used);
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
                String.join("+", m), confidence(m, problems), unread, problems,
                loc(items.get(start), table, null, null, null, null), truncated,
                truncated ? List.of() : absentRows(table, unread, found.keySet(), region), List.of(),
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
