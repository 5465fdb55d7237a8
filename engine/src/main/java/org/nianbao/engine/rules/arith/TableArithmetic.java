package org.nianbao.engine.rules.arith;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.engine.model.Cell;
import org.nianbao.engine.model.Numbers;
import org.nianbao.engine.model.Report;
import org.nianbao.engine.model.TableKeys;
import org.nianbao.engine.rules.Finding;

/**
 * Evaluates the arithmetic identities of 表三 and 表四 once per report and names the cells most likely
 * filled in wrongly.
 *
 * <p>表三 (spec §2.5): per column 一 + 二 = 三(七) + 四 (C1) and (七)总计 = the result rows (C3); per row
 * 总计 = the six applicant columns (C4). The result rows are the 表三 rows the interpreter laid out from
 * the edition's data ({@code applications.rows} of its {@code edition.yaml}) other than 一、二、（七）and
 * 四 — so the 2019 试行 single （六）其他处理 row and the 2021 three sub-rows are both covered, and an
 * edition added as data needs no change here. 表四 (C5): per group 总计 = the four outcomes. The spec
 * states no identity between the 行政诉讼 groups, so none is assumed.
 *
 * <p>When some identity fails, {@link CorrectionSolver} looks for the smallest set of cells (at most
 * {@link #MAX_CORRECTION} cells) whose correction satisfies every identity of the connected part of the
 * table at once. One such set: its cells are the suspects of every failing identity of that part. Several
 * equally small sets: the report's own narrative may tell them apart — when exactly one set makes more of
 * the text's figures for this table (“共收到申请 6 件”, {@link org.nianbao.engine.model.Mention}) agree with
 * the table than it makes disagree, and more than any other set does, its cells are named and the
 * explanation quotes the text; otherwise the explanation lists the sets and no cell is named (none is more
 * likely than another). A part with a blank, invalid or unread cell is not searched: nothing is guessed
 * over cells that were not read as numbers.
 */
public final class TableArithmetic {
    /** The largest correction searched (cells changed at once). */
    public static final int MAX_CORRECTION = 3;
    /** Alternatives spelled out in an explanation; more are counted. */
    static final int SHOWN_ALTERNATIVES = 4;

    private static final List<String> T3_STRUCTURE = List.of("new_received", "carried_over", "results_total",
            "carried_forward");

    private TableArithmetic() {
    }

    /** The identity facts of a report's 表三 and 表四 (none for a table without cells), explained. */
    public static List<TableIdentity> facts(Report report) {
        List<TableIdentity> all = new ArrayList<>();
        all.addAll(new Builder(TableKeys.APPLICATIONS, report).applications());
        all.addAll(new Builder(TableKeys.REVIEW_LITIGATION, report).review());
        return all;
    }

    /** Builds one table's identities as equations over its cells, then explains them. */
    private static final class Builder {
        final String table;
        /** row → column → cell, in printed order. */
        final Map<String, Map<String, Cell>> grid = new LinkedHashMap<>();
        final List<Cell> cells = new ArrayList<>();
        final Map<Cell, Integer> index = new java.util.IdentityHashMap<>();
        final List<TableIdentity> identities = new ArrayList<>();
        final List<List<Cell>> left = new ArrayList<>();
        final List<List<Cell>> right = new ArrayList<>();

        /** The report, for the narrative's figures that can tell equally good corrections apart. */
        final Report report;

        Builder(String table, Report report) {
            this.table = table;
            this.report = report;
            for (Cell c : report.getCells()) {
                if (c.getTable().equals(table)) {
                    grid.computeIfAbsent(c.getRow(), r -> new LinkedHashMap<>()).put(c.getColumn(), c);
                    index.put(c, cells.size());
                    cells.add(c);
                }
            }
        }

        Cell cell(String row, String column) {
            Map<String, Cell> r = grid.get(row);
            return r == null ? null : r.get(column);
        }

        List<TableIdentity> applications() {
            if (grid.isEmpty()) {
                return List.of();
            }
            List<String> columns = new ArrayList<>();
            grid.values().forEach(r -> r.keySet().forEach(c -> {
                if (!columns.contains(c)) {
                    columns.add(c);
                }
            }));
            List<String> resultRows = new ArrayList<>(grid.keySet());
            resultRows.removeAll(T3_STRUCTURE);
            for (String col : columns) {
                Cell total = cell("results_total", col);
                add(TableIdentity.COLUMN_BALANCE, col, labelOfColumn(col),
                        cells(List.of("new_received", "carried_over"), col), cells(List.of("results_total", "carried_forward"), col),
                        total, true);
                List<Cell> parts = new ArrayList<>();
                resultRows.forEach(r -> parts.add(cell(r, col)));
                add(TableIdentity.RESULTS_TOTAL, col, labelOfColumn(col), listOf(total), parts, total, true);
            }
            for (String row : grid.keySet()) {
                List<Cell> parts = new ArrayList<>();
                grid.get(row).forEach((col, c) -> {
                    if (!col.equals("total")) {
                        parts.add(c);
                    }
                });
                Cell total = cell(row, "total");
                add(TableIdentity.ROW_TOTAL, row, labelOfRow(row), listOf(total), parts, total, false);
            }
            explain();
            return identities;
        }

        List<TableIdentity> review() {
            for (String group : grid.keySet()) {
                List<Cell> parts = new ArrayList<>();
                grid.get(group).forEach((col, c) -> {
                    if (!col.equals("total")) {
                        parts.add(c);
                    }
                });
                Cell total = cell(group, "total");
                add(TableIdentity.GROUP_TOTAL, group, labelOfRow(group), listOf(total), parts, total, false);
            }
            explain();
            return identities;
        }

        private List<Cell> cells(List<String> rows, String col) {
            List<Cell> list = new ArrayList<>();
            rows.forEach(r -> list.add(cell(r, col)));
            return list;
        }

        private static List<Cell> listOf(Cell c) {
            List<Cell> l = new ArrayList<>();
            l.add(c);
            return l;
        }

        private String labelOfColumn(String col) {
            for (Map<String, Cell> r : grid.values()) {
                Cell c = r.get(col);
                if (c != null) {
                    return c.getColumnLabel();
                }
            }
            return col;
        }

        private String labelOfRow(String row) {
            Map<String, Cell> r = grid.get(row);
            return r == null || r.isEmpty() ? row : r.values().iterator().next().getRowLabel();
        }

        /**
         * Adds {@code left = right}. A missing cell (a row or total the table does not have) leaves the
         * identity out; a cell that is not a number makes it incomplete.
         */
        private void add(String kind, String key, String label, List<Cell> l, List<Cell> r, Cell at, boolean byRow) {
            if (at == null || l.contains(null) || r.contains(null) || r.isEmpty()) {
                return;
            }
            boolean complete = true;
            double ls = 0;
            double rs = 0;
            Map<String, Double> parts = new LinkedHashMap<>();
            for (Cell c : l) {
                complete &= c.isNumber();
                ls += c.isNumber() ? c.getValue() : 0;
                parts.put(byRow ? c.getRow() : c.getColumn(), c.getValue());
            }
            for (Cell c : r) {
                complete &= c.isNumber();
                rs += c.isNumber() ? c.getValue() : 0;
                parts.put(byRow ? c.getRow() : c.getColumn(), c.getValue());
            }
            identities.add(new TableIdentity(table, kind, key, label, at.getLocation(), complete,
                    complete ? exactSum(l) : null, complete ? exactSum(r) : null, parts));
            left.add(l);
            right.add(r);
        }

        /** The sum without binary rounding drift (0.1 + 0.2 must equal 0.3 when a table has decimals). */
        private static Double exactSum(List<Cell> cs) {
            double whole = 0;
            boolean allWhole = true;
            for (Cell c : cs) {
                double v = c.getValue();
                allWhole &= v == Math.rint(v) && Math.abs(v) < 1e15;
                whole += v;
            }
            if (allWhole) {
                return whole; // whole numbers below 2^53 add exactly in double
            }
            BigDecimal s = BigDecimal.ZERO;
            for (Cell c : cs) {
                s = s.add(BigDecimal.valueOf(c.getValue()));
            }
            return s.doubleValue();
        }

        /** Splits the identities into connected parts (sharing cells) and explains each part's failures. */
        private void explain() {
            if (identities.stream().allMatch(i -> !i.isComplete() || i.isHolds())) {
                return; // the usual case: nothing to explain
            }
            int n = identities.size();
            int[] parent = new int[n];
            for (int i = 0; i < n; i++) {
                parent[i] = i;
            }
            Map<Cell, Integer> firstIdentity = new java.util.IdentityHashMap<>();
            for (int i = 0; i < n; i++) {
                for (Cell c : cellsOf(i)) {
                    Integer j = firstIdentity.putIfAbsent(c, i);
                    if (j != null) {
                        parent[find(parent, i)] = find(parent, j);
                    }
                }
            }
            Map<Integer, List<Integer>> parts = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                parts.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(i);
            }
            for (List<Integer> part : parts.values()) {
                explainPart(part);
            }
        }

        private static int find(int[] parent, int i) {
            while (parent[i] != i) {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            return i;
        }

        private List<Cell> cellsOf(int identity) {
            List<Cell> l = new ArrayList<>(left.get(identity));
            l.addAll(right.get(identity));
            return l;
        }

        private void explainPart(List<Integer> part) {
            boolean failing = false;
            for (int i : part) {
                TableIdentity id = identities.get(i);
                failing |= id.isComplete() && !id.isHolds();
            }
            if (!failing) {
                return;
            }
            Set<Cell> partCells = new LinkedHashSet<>();
            part.forEach(i -> partCells.addAll(cellsOf(i)));
            List<Cell> unread = partCells.stream().filter(c -> !c.isNumber()).toList();
            if (!unread.isEmpty()) {
                String text = "表中有 " + unread.size() + " 个单元格为空白、无法识别或未读出，无法推断是哪一格填错。";
                part.forEach(i -> identities.get(i).explain(List.of(), text));
                return;
            }
            List<Cell> vars = new ArrayList<>(partCells);
            vars.sort(java.util.Comparator.comparingInt(index::get));
            Map<Cell, Integer> pos = new java.util.IdentityHashMap<>();
            double[] values = new double[vars.size()];
            for (int v = 0; v < vars.size(); v++) {
                pos.put(vars.get(v), v);
                values[v] = vars.get(v).getValue();
            }
            List<CorrectionSolver.Equation> eqs = new ArrayList<>();
            for (int i : part) {
                List<Cell> l = left.get(i);
                List<Cell> r = right.get(i);
                int[] idx = new int[l.size() + r.size()];
                int[] coef = new int[idx.length];
                int k = 0;
                for (Cell c : l) {
                    idx[k] = pos.get(c);
                    coef[k++] = 1;
                }
                for (Cell c : r) {
                    idx[k] = pos.get(c);
                    coef[k++] = -1;
                }
                eqs.add(new CorrectionSolver.Equation(idx, coef));
            }
            CorrectionSolver.Result result = new CorrectionSolver(values, eqs).solve(MAX_CORRECTION);
            List<Finding.Suspect> suspects = List.of();
            String text;
            if (result.corrections().isEmpty()) {
                text = "无法通过改动不超过 " + MAX_CORRECTION + " 个单元格使表中各项关系同时成立，可能有多处填错，请逐项核对。";
            } else if (result.unique()) {
                List<CorrectionSolver.Change> only = result.corrections().get(0);
                suspects = only.stream().map(ch -> suspect(vars.get(ch.cell()), ch)).toList();
                text = describeUnique(only, vars);
            } else {
                Backed backed = backedByText(result.corrections(), vars);
                if (backed != null) {
                    suspects = backed.changes().stream().map(ch -> suspect(vars.get(ch.cell()), ch)).toList();
                    text = describeBacked(backed, result.corrections().size(), vars);
                } else {
                    text = describeAlternatives(result.corrections(), vars);
                }
            }
            for (int i : part) {
                identities.get(i).explain(suspects, text);
            }
        }

        /** A correction that the narrative's figures single out, and the phrases that agree with it. */
        private record Backed(List<CorrectionSolver.Change> changes, List<String> phrases) {
        }

        /**
         * Among equally small corrections, the one the narrative supports: a mention of this table's
         * figures (“共收到政府信息公开申请 6 件”) that the printed table contradicts and the corrected table
         * matches counts for a correction, one that the printed table matches and the correction breaks
         * counts against it. Null unless exactly one correction has the highest support and it is above 0.
         */
        private Backed backedByText(List<List<CorrectionSolver.Change>> all, List<Cell> vars) {
            List<org.nianbao.engine.model.Mention> mentions = new ArrayList<>();
            for (org.nianbao.engine.model.Mention m : report.getMentions()) {
                boolean applications = m.kind().startsWith("app.");
                if (applications == TableKeys.APPLICATIONS.equals(table)) {
                    mentions.add(m);
                }
            }
            if (mentions.isEmpty()) {
                return null;
            }
            Backed best = null;
            int bestSupport = 0;
            boolean tie = false;
            for (List<CorrectionSolver.Change> changes : all) {
                Map<Cell, Double> replaced = new java.util.IdentityHashMap<>();
                for (CorrectionSolver.Change ch : changes) {
                    replaced.put(vars.get(ch.cell()), ch.expected().doubleValue());
                }
                int support = 0;
                List<String> phrases = new ArrayList<>();
                for (org.nianbao.engine.model.Mention m : mentions) {
                    boolean before = agrees(org.nianbao.engine.rules.TableFigures.candidates(report, m), m);
                    boolean after = agrees(org.nianbao.engine.rules.TableFigures.candidates(report, m, replaced), m);
                    if (after && !before) {
                        support++;
                        phrases.add(m.phrase());
                    } else if (before && !after) {
                        support--;
                    }
                }
                if (support > bestSupport) {
                    best = new Backed(changes, phrases);
                    bestSupport = support;
                    tie = false;
                } else if (support == bestSupport && support > 0) {
                    tie = true;
                }
            }
            return tie ? null : best;
        }

        private static boolean agrees(List<Double> candidates, org.nianbao.engine.model.Mention m) {
            return candidates.stream().anyMatch(v -> v == m.value());
        }

        private String describeBacked(Backed backed, int alternatives, List<Cell> vars) {
            StringBuilder sb = new StringBuilder("有 " + alternatives + " 种改法都能使表中各项关系全部成立，其中只有一种与正文");
            for (int k = 0; k < backed.phrases().size(); k++) {
                sb.append(k > 0 ? "、" : "").append('“').append(backed.phrases().get(k).strip()).append('”');
            }
            sb.append("相符：最可能填错的是");
            List<CorrectionSolver.Change> changes = backed.changes();
            if (changes.size() == 1) {
                CorrectionSolver.Change ch = changes.get(0);
                return sb.append(name(vars.get(ch.cell()))).append("：填 ").append(Numbers.format(ch.value()))
                        .append("，应为 ").append(ch.expected()).append("。").toString();
            }
            sb.append("以下 ").append(changes.size()).append(" 处：");
            appendChanges(sb, changes, vars);
            return sb.append("。").toString();
        }

        private Finding.Suspect suspect(Cell c, CorrectionSolver.Change ch) {
            return new Finding.Suspect(c.getTable(), c.getRow(), c.getColumn(), c.getValue(), ch.expected().doubleValue());
        }

        private String describeUnique(List<CorrectionSolver.Change> changes, List<Cell> vars) {
            if (changes.size() == 1) {
                CorrectionSolver.Change ch = changes.get(0);
                return "最可能填错的是" + name(vars.get(ch.cell())) + "：填 " + Numbers.format(ch.value()) + "，按其他各项应为 "
                        + ch.expected() + "。";
            }
            StringBuilder sb = new StringBuilder("最可能填错的是以下 " + changes.size() + " 处（按其他各项推算）：");
            appendChanges(sb, changes, vars);
            return sb.append("。").toString();
        }

        private String describeAlternatives(List<List<CorrectionSolver.Change>> all, List<Cell> vars) {
            StringBuilder sb = new StringBuilder("有 " + all.size() + " 种改法同样能使表中各项关系全部成立，无法确定是哪一处填错：");
            String[] marks = {"①", "②", "③", "④"};
            for (int i = 0; i < Math.min(all.size(), SHOWN_ALTERNATIVES); i++) {
                if (i > 0) {
                    sb.append("；或");
                }
                sb.append(marks[i]);
                appendChanges(sb, all.get(i), vars);
            }
            if (all.size() > SHOWN_ALTERNATIVES) {
                sb.append("；等");
            }
            return sb.append("。").toString();
        }

        private void appendChanges(StringBuilder sb, List<CorrectionSolver.Change> changes, List<Cell> vars) {
            for (int k = 0; k < changes.size(); k++) {
                CorrectionSolver.Change ch = changes.get(k);
                if (k > 0) {
                    sb.append("，");
                }
                sb.append(name(vars.get(ch.cell()))).append("填 ").append(Numbers.format(ch.value()))
                        .append(" 应为 ").append(ch.expected());
            }
        }

        /** A cell in words: “（一）予以公开 自然人列”, “（三）不予公开 1.属于国家秘密 总计列”, “行政复议 结果维持”. */
        private String name(Cell c) {
            if (TableKeys.APPLICATIONS.equals(c.getTable())) {
                return rowName(c) + " " + c.getColumnLabel() + "列";
            }
            return c.getRowLabel() + " " + c.getColumnLabel();
        }
    }

    private static final Pattern TRAILING_NOTE = Pattern.compile("^(（[一二三四五六七八九十]）[^（]+)（.+）$");

    /** A 表三 row label in words: its group for numbered sub-rows, without the long bracketed note of （二）. */
    static String rowName(Cell c) {
        return rowName(c.getRow(), c.getRowLabel());
    }

    /** {@link #rowName(Cell)} from the row key and its label as printed (or the common label when null). */
    static String rowName(String row, String printed) {
        String label = printed == null ? org.nianbao.engine.interpret.Vocabulary.applicationRowLabel(row) : printed.strip();
        Matcher m = TRAILING_NOTE.matcher(label);
        if (m.matches()) {
            label = m.group(1);
        }
        if (!label.isEmpty() && Character.isDigit(label.charAt(0))) {
            String group = row.startsWith("denied_") ? "（三）不予公开"
                    : row.startsWith("unable_") ? "（四）无法提供"
                    : row.startsWith("not_processed_") ? "（五）不予处理"
                    : row.startsWith("other_") ? "（六）其他处理" : null;
            if (group != null) {
                label = group + " " + label;
            }
        }
        return label;
    }

    /**
     * Suspect cells in words for the renderers, e.g. “表三（一）予以公开 自然人列：填 3，应为 1”; several joined
     * by “；”. Uses the common labels (the finding's message has the report's own).
     */
    public static String words(List<Finding.Suspect> suspects) {
        List<String> parts = new ArrayList<>();
        for (Finding.Suspect s : suspects) {
            String cell;
            if (TableKeys.APPLICATIONS.equals(s.table())) {
                cell = "表三" + rowName(s.row(), null) + " "
                        + TableKeys.APPLICATION_COLUMNS.getOrDefault(s.column(), s.column()) + "列";
            } else if (TableKeys.REVIEW_LITIGATION.equals(s.table())) {
                cell = "表四" + TableKeys.REVIEW_GROUPS.getOrDefault(s.row(), s.row()) + " "
                        + TableKeys.REVIEW_OUTCOMES.getOrDefault(s.column(), s.column());
            } else {
                cell = s.table() + " " + s.row() + " " + s.column();
            }
            parts.add(cell + "：填 " + Numbers.format(s.value()) + "，应为 " + Numbers.format(s.expected()));
        }
        return String.join("；", parts);
    }
}
