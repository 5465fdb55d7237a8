package org.nianbao.engine.interpret;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nianbao.engine.interpret.SectionFinder.Heading;
import org.nianbao.engine.model.Cell;
import org.nianbao.engine.model.CellStatus;
import org.nianbao.engine.model.Location;
import org.nianbao.engine.model.Report;
import org.nianbao.engine.model.TableInfo;
import org.nianbao.engine.model.TableKeys;

/**
 * Finds 表二, 表三 and 表四 among the report's items and has each read by its reader
 * ({@link ProactiveReader}, {@link ApplicationsReader}, {@link ReviewReader}) into canonical cells;
 * holds what they share (cells, locations, fitting values to columns, absent rows). A cell that
 * cannot be placed with certainty is {@link CellStatus#NOT_READ} and its row is named in the table's
 * {@link TableInfo}; nothing is guessed.
 */
final class TableReader {
    final Report report;
    final List<Item> items;
    private final List<Heading> headings;
    final Editions editions;
    private final Map<String, String> publishedRegions;
    private final String publishedText;

    /**
     * @param publishedRegions each table's region in the text as published ({@link PublishedRegions})
     * @param publishedText    the whole text as published, in label normal form
     */
    TableReader(Report report, List<Item> items, List<Heading> headings, Editions editions,
                Map<String, String> publishedRegions, String publishedText) {
        this.report = report;
        this.items = items;
        this.headings = headings;
        this.editions = editions;
        this.publishedRegions = publishedRegions;
        this.publishedText = publishedText;
    }

    /** The label text of items [start, end): the table's region as read. */
    String regionLabel(int start, int end) {
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
    List<String> absentRows(String table, List<String> unread, Set<String> seen, String readRegion) {
        List<String> absent = new ArrayList<>();
        for (String row : unread) {
            if (!seen.contains(row) && isAbsent(table, row, readRegion)) {
                absent.add(row);
            }
        }
        return absent;
    }

    boolean isAbsent(String table, String row, String readRegion) {
        String published = publishedRegions.getOrDefault(table, publishedText);
        return !Vocabulary.rowWordsPresent(table, row, readRegion) && !Vocabulary.rowWordsPresent(table, row, published);
    }

    /** Rows recovered from run-together digits that no split makes consistent: “label”（digits）. */
    static void inconsistent(Item it, String label, List<String> out) {
        if (it.inconsistent()) {
            out.add("“" + label + "”（" + (it.cells().size() > 1 ? it.cells().get(1) : "") + "）");
        }
    }

    void readAll() {
        // The words that locate each table come from the vocabulary (locators.*.lineStart).
        List<String> t3Words = Vocabulary.locator(TableKeys.APPLICATIONS).lineStart();
        List<String> t2Words = Vocabulary.locator(TableKeys.PROACTIVE).lineStart();
        List<String> t4Words = Vocabulary.locator(TableKeys.REVIEW_LITIGATION).lineStart();
        int t3 = indexOf(0, s -> containsAny(s, t3Words));
        int t2 = indexOf(0, s -> containsAny(s, t2Words));
        int t4 = indexOf(Math.max(t3, 0), s -> containsAny(s, t4Words) && !s.contains("。"), true);
        if (t4 < 0 && t3 >= 0) {
            // PDF text: the header of 表四 is plain lines; start at its heading or first header line.
            t4 = indexOf(Math.max(t3, 0), s -> containsAny(s, t4Words) && s.contains("行政诉讼") && s.length() < 40
                    && !s.contains("。") && !s.contains("，"));
        }
        if (t2 >= 0) {
            new ProactiveReader(this).read(t2, regionEnd(t2, t3, t4));
        } else {
            report.getTableInfos().add(absent(TableKeys.PROACTIVE));
        }
        if (t3 >= 0) {
            new ApplicationsReader(this).read(t3, regionEnd(t3, t4));
        } else if (report.isTruncated()) {
            report.getTableInfos().add(cutOff(TableKeys.APPLICATIONS));
        } else {
            report.getTableInfos().add(absent(TableKeys.APPLICATIONS));
        }
        if (t4 >= 0) {
            new ReviewReader(this).read(t4, regionEnd(t4));
        } else if (report.isTruncated()) {
            report.getTableInfos().add(cutOff(TableKeys.REVIEW_LITIGATION));
        } else {
            report.getTableInfos().add(absent(TableKeys.REVIEW_LITIGATION));
        }
    }

    /** A table the input never reaches because the text ends inside an earlier table. */
    private TableInfo cutOff(String table) {
        return TableInfo.of(table)
                .problems(List.of("文本在" + TableKeys.tableName(report.getTruncatedTable()) + "中途结束，未包含该表"))
                .location(Location.ofTable(report.getFile(), table))
                .truncated(true)
                .build();
    }

    TableInfo absent(String table) {
        return TableInfo.of(table)
                .problems(List.of("未找到该表"))
                .location(Location.ofTable(report.getFile(), table))
                .build();
    }

    /**
     * The text ends inside {@code table} (nothing follows its region): marks the report truncated after
     * the last item and returns the reading problem to state, "文本在表X中途结束（第 N 行之后没有内容）"
     * followed by {@code consequence}.
     */
    String endsInside(String table, String consequence) {
        int line = items.get(items.size() - 1).line();
        report.markTruncated(line, table);
        return "文本在" + TableKeys.shortName(table) + "中途结束（第 " + line + " 行之后没有内容）" + consequence;
    }

    private interface Test {
        boolean on(String label);
    }

    static boolean containsAny(String s, List<String> words) {
        for (String w : words) {
            if (s.contains(w)) {
                return true;
            }
        }
        return false;
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
        for (Heading h : headings) {
            if (h.item() > start) {
                end = h.item();
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

    Location loc(Item it, String table, String row, String column, String rowLabel, String columnLabel) {
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
    record Split(String label, List<String> values) {
    }

    static Split split(Item it) {
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
    static List<String> fit(List<String> values, int n, boolean gridKnown) {
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

    Cell cell(String table, String row, String column, String raw, Item it, String rowLabel,
                      String columnLabel) {
        CellParser.Parsed p = CellParser.parse(raw);
        return new Cell(table, row, column, p.status(), p.value(), raw, p.unit(),
                loc(it, table, row, column, rowLabel, columnLabel));
    }

    Cell notRead(String table, String row, String column, String rowLabel, String columnLabel) {
        return Cell.notRead(table, row, column, loc(null, table, row, column, rowLabel, columnLabel));
    }

    static Set<String> methods(List<Item> rows) {
        Set<String> m = new LinkedHashSet<>();
        for (Item it : rows) {
            if (it.tableRow()) {
                m.add(it.method());
            }
        }
        return m;
    }

    static String confidence(Set<String> methods, List<String> problems) {
        if (methods.contains(FlatText.METHOD)) {
            return FlatText.CONFIDENCE;
        }
        return problems.isEmpty() ? "high" : "low";
    }
}
