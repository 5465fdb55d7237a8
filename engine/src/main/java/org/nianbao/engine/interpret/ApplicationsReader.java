package org.nianbao.engine.interpret;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nianbao.engine.model.Report;
import org.nianbao.engine.model.TableInfo;
import org.nianbao.engine.model.TableKeys;

/** Reads 表三 into canonical cells: rows by their words, by similarity, by place; its edition from the rows found. */
final class ApplicationsReader {
    private final TableReader t;
    private final Report report;
    private final List<Item> items;
    private final Editions editions;

    ApplicationsReader(TableReader t) {
        this.t = t;
        this.report = t.report;
        this.items = t.items;
        this.editions = t.editions;
    }

    // ---------------------------------------------------------------- 表三

    void read(int start, int end) {
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
                    TableReader.inconsistent(it, applicationRowLabel(key), inconsistentRuns);
                }
                pendingLabel = "";
                continue;
            }
            TableReader.Split s = TableReader.split(it);
            String label = s.label().isEmpty() ? pendingLabel : s.label();
            pendingLabel = "";
            long numbers = s.values().stream().filter(v -> !v.isBlank()).count();
            if (label.isEmpty() || numbers == 0 && s.values().size() < 3) {
                continue;
            }
            if (Vocabulary.isApplicationsHeader(label) && numbers < 3) {
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
                            t.loc(it, table, key, null, applicationRowLabel(key), null)));
                }
            }
            if (key == null) {
                if (s.values().size() >= 7 && Text.hasCjk(label)) {
                    unmatched.add(new Unmatched(i, it, label, s.values()));
                }
                continue;
            }
            used.add(it);
            List<String> fitted = TableReader.fit(s.values(), 7, it.gridKnown());
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
        String region = t.regionLabel(start, end);
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
                    report.getCells().add(t.notRead(table, row, col, rowLabel, colLabel));
                } else {
                    report.getCells().add(t.cell(table, row, col, values.get(c), rowItems.get(row), rowLabel, colLabel));
                }
            }
            if (values == null) {
                unread.add(row);
                // A deleted row (its name nowhere in the table) is the report's deviation, not a reading problem.
                if (!rowValues.containsKey(row) && (cutOff || !t.isAbsent(table, row, region))) {
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
            truncated = true;
            problems.add(0, t.endsInside(table, "，表的其余各行缺失"));
        }
        Set<String> m = TableReader.methods(used);
        report.getTableInfos().add(TableInfo.of(table)
                .present(present)
                .complete(present && problems.isEmpty())
                .method(String.join("+", m))
                .confidence(TableReader.confidence(m, problems))
                .unreadRows(unread)
                .problems(problems)
                .location(t.loc(first, table, null, null, null, null))
                .truncated(truncated)
                .absentRows(cutOff ? List.of() : t.absentRows(table, unread, rowValues.keySet(), region))
                .inconsistentRuns(inconsistentRuns)
                .edition("unknown".equals(evidence.edition()) ? null : evidence.edition())
                .editionEvidence(evidence.evidence())
                .build());
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
            List<String> fitted = TableReader.fit(u.values(), 7, u.item().gridKnown());
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
}
