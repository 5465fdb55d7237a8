package org.nianbao.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nianbao.engine.interpret.Edition;
import org.nianbao.engine.interpret.Vocabulary;
import org.nianbao.engine.model.Cell;
import org.nianbao.engine.model.Location;
import org.nianbao.engine.model.Numbers;
import org.nianbao.engine.model.Report;
import org.nianbao.engine.model.TableKeys;
import org.nianbao.engine.rules.Finding;

/**
 * Writes out the table identity an arithmetic finding reports, with the numbers as read
 * (一 + 二 = 1 + 0 = 1 ≠ （七）+ 四 = 1 + 1 = 2), and names the cells it involves, so the page can mark
 * them. The identities are those of the national format (spec §2.5 C1, C3, C4, C5), one per rule.
 */
public final class Identities {
    private Identities() {
    }

    /** One identity that does not hold: its text and the cells ({@code table.row.column}) on both sides. */
    public record Broken(String text, List<String> cells) {
    }

    /** The identity behind an arithmetic finding, or null when the finding is not one (or its cells were not read). */
    public static Broken explain(Finding f, Report r, Edition edition) {
        Location l = f.location();
        if (l == null || l.table() == null || l.row() == null || l.column() == null) {
            return null;
        }
        return switch (f.rule()) {
            case "FMT-T3-001" -> balance(r, l.column());
            case "FMT-T3-002" -> resultsTotal(r, l.column(), edition);
            case "FMT-T3-003" -> rowTotal(r, l.row());
            case "FMT-T4-001" -> reviewTotal(r, l.row());
            default -> null;
        };
    }

    /** C1: 一 + 二 = 三（七）+ 四 in one 表三 column. */
    private static Broken balance(Report r, String col) {
        Map<String, Cell> left = cells(r, TableKeys.APPLICATIONS, col, List.of("new_received", "carried_over"), true);
        Map<String, Cell> right = cells(r, TableKeys.APPLICATIONS, col, List.of("results_total", "carried_forward"), true);
        if (left == null || right == null) {
            return null;
        }
        double a = sum(left);
        double b = sum(right);
        String text = "“" + columnLabel(col) + "”列：一 + 二 = " + terms(left) + " = " + Numbers.format(a)
                + (a == b ? " = " : " ≠ ") + "（七）+ 四 = " + terms(right) + " = " + Numbers.format(b);
        return new Broken(text, keys(left, right));
    }

    /** C3: （七）总计 = the sum of the result rows, in one 表三 column. */
    private static Broken resultsTotal(Report r, String col, Edition edition) {
        Map<String, Cell> total = cells(r, TableKeys.APPLICATIONS, col, List.of("results_total"), true);
        List<String> rows = edition == null ? List.of() : edition.resultRows();
        Map<String, Cell> parts = cells(r, TableKeys.APPLICATIONS, col, rows, true);
        if (total == null || parts == null || parts.isEmpty()) {
            return null;
        }
        double t = sum(total);
        double s = sum(parts);
        String text = "“" + columnLabel(col) + "”列：（七）总计 = " + Numbers.format(t) + (t == s ? " = " : " ≠ ")
                + "（一）至（六）各项之和 = " + terms(parts) + " = " + Numbers.format(s);
        return new Broken(text, keys(total, parts));
    }

    /** C4: 总计 column = the six applicant columns, in one 表三 row. */
    private static Broken rowTotal(Report r, String row) {
        List<String> cols = new ArrayList<>(TableKeys.APPLICATION_COLUMNS.keySet());
        cols.remove("total");
        Map<String, Cell> total = rowCells(r, TableKeys.APPLICATIONS, row, List.of("total"));
        Map<String, Cell> parts = rowCells(r, TableKeys.APPLICATIONS, row, cols);
        if (total == null || parts == null) {
            return null;
        }
        double t = sum(total);
        double s = sum(parts);
        String text = "“" + shortRowLabel(row) + "”行：总计 = " + Numbers.format(t) + (t == s ? " = " : " ≠ ")
                + "自然人 + 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他 = " + terms(parts) + " = " + Numbers.format(s);
        return new Broken(text, keys(total, parts));
    }

    /** C5: 表四 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结, in one group. */
    private static Broken reviewTotal(Report r, String group) {
        Map<String, Cell> total = rowCells(r, TableKeys.REVIEW_LITIGATION, group, List.of("total"));
        Map<String, Cell> parts = rowCells(r, TableKeys.REVIEW_LITIGATION, group,
                List.of("upheld", "corrected", "other", "pending"));
        if (total == null || parts == null) {
            return null;
        }
        double t = sum(total);
        double s = sum(parts);
        String text = "“" + TableKeys.REVIEW_GROUPS.getOrDefault(group, group) + "”：总计 = " + Numbers.format(t)
                + (t == s ? " = " : " ≠ ") + "结果维持 + 结果纠正 + 其他结果 + 尚未审结 = " + terms(parts) + " = "
                + Numbers.format(s);
        return new Broken(text, keys(total, parts));
    }

    private static Map<String, Cell> cells(Report r, String table, String col, List<String> rows, boolean byRow) {
        Map<String, Cell> m = new LinkedHashMap<>();
        for (String row : rows) {
            Cell c = r.cell(table, row, col);
            if (c == null) {
                continue; // a row this edition or report does not print
            }
            if (!c.isNumber()) {
                return null;
            }
            m.put(table + "." + row + "." + col, c);
        }
        return m.isEmpty() ? null : m;
    }

    private static Map<String, Cell> rowCells(Report r, String table, String row, List<String> cols) {
        Map<String, Cell> m = new LinkedHashMap<>();
        for (String col : cols) {
            Cell c = r.cell(table, row, col);
            if (c == null || !c.isNumber()) {
                return null;
            }
            m.put(table + "." + row + "." + col, c);
        }
        return m;
    }

    private static double sum(Map<String, Cell> m) {
        double s = 0;
        for (Cell c : m.values()) {
            s += c.getValue();
        }
        return s;
    }

    private static String terms(Map<String, Cell> m) {
        List<String> t = new ArrayList<>();
        for (Cell c : m.values()) {
            t.add(Numbers.format(c.getValue()));
        }
        return String.join(" + ", t);
    }

    @SafeVarargs
    private static List<String> keys(Map<String, Cell>... maps) {
        List<String> k = new ArrayList<>();
        for (Map<String, Cell> m : maps) {
            k.addAll(m.keySet());
        }
        return k;
    }

    static String columnLabel(String col) {
        return TableKeys.APPLICATION_COLUMNS.getOrDefault(col, col);
    }

    static String shortRowLabel(String row) {
        String l = Vocabulary.applicationRowLabel(row);
        int sp = l.indexOf(' ');
        return sp > 0 ? l.substring(sp + 1) : l;
    }
}
