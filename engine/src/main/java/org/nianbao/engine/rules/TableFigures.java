package org.nianbao.engine.rules;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.engine.model.Cell;
import org.nianbao.engine.model.CellStatus;
import org.nianbao.engine.model.Mention;
import org.nianbao.engine.model.Report;
import org.nianbao.engine.model.TableKeys;

/**
 * Table figures a narrative mention can be compared with (for the {@code MentionCheck} facts of rule
 * FMT-TXT-001, and to tell equally good corrections of a table apart). A mention kind has
 * one or more readings (e.g. "受理 N 件" may mean 本年新收 or 本年新收 + 上年结转); each reading is the sum of
 * some rows' totals. A row's total is its 总计 cell, or, when that is blank, the sum of its six applicant
 * columns (blank counted as 0) if at least one is a number. A reading that needs a cell not read as a number
 * is dropped, so the comparison only happens on figures actually read.
 */
public final class TableFigures {
    private TableFigures() {
    }

    private static final List<String> DENIED = List.of("denied_state_secret", "denied_prohibited_by_law",
            "denied_three_safety_one_stability", "denied_third_party_rights", "denied_internal_affairs",
            "denied_process_info", "denied_enforcement_file", "denied_administrative_query");
    private static final List<String> UNABLE = List.of("unable_not_held", "unable_needs_creation",
            "unable_unclear_after_correction");
    private static final List<String> NOT_PROCESSED = List.of("not_processed_petition", "not_processed_duplicate",
            "not_processed_publication", "not_processed_excessive", "not_processed_confirmation");
    private static final List<String> OTHER_2021 = List.of("other_no_correction", "other_fee_unpaid", "other_other");

    /** The readings of a mention kind, as lists of applications rows (or review_litigation groups). */
    static List<List<String>> readings(String kind) {
        return switch (kind) {
            case "app.new" -> List.of(List.of("new_received"));
            case "app.received" -> List.of(List.of("new_received"), List.of("new_received", "carried_over"));
            case "app.carried_over" -> List.of(List.of("carried_over"));
            case "app.completed" -> List.of(List.of("results_total"));
            case "app.carried_forward" -> List.of(List.of("carried_forward"));
            case "app.granted" -> List.of(List.of("granted"));
            case "app.partially_granted" -> List.of(List.of("partially_granted"));
            case "app.granted_or_partial" -> List.of(List.of("granted", "partially_granted"));
            case "app.denied" -> List.of(DENIED);
            case "app.unable" -> List.of(UNABLE);
            case "app.not_processed" -> List.of(NOT_PROCESSED);
            case "app.other" -> List.of(OTHER_2021, List.of("other_handling"));
            case "review.total" -> List.of(List.of("review"));
            case "litigation.total" -> List.of(List.of("litigation_direct", "litigation_after_review"));
            default -> List.of();
        };
    }

    /** The table values the mention may stand for; empty when the table figures were not read. */
    public static List<Double> candidates(Report r, Mention m) {
        return candidates(r, m, java.util.Map.of());
    }

    /**
     * The table values the mention may stand for if the cells in {@code replaced} held the given values
     * instead of the printed ones (a correction under consideration); keys are compared by identity.
     */
    public static List<Double> candidates(Report r, Mention m, java.util.Map<Cell, Double> replaced) {
        List<Double> out = new ArrayList<>();
        String table = m.kind().startsWith("app.") ? TableKeys.APPLICATIONS : TableKeys.REVIEW_LITIGATION;
        for (List<String> rows : readings(m.kind())) {
            double sum = 0;
            boolean ok = true;
            for (String row : rows) {
                Double v = rowTotal(r, table, row, replaced);
                if (v == null) {
                    ok = false;
                    break;
                }
                sum += v;
            }
            if (ok) {
                out.add(sum);
            }
        }
        return out;
    }

    /** True when the table figures were read and none of the mention's readings equals its value. */
    public static boolean contradicts(Report r, Mention m) {
        List<Double> c = candidates(r, m);
        return !c.isEmpty() && c.stream().noneMatch(v -> v == m.value());
    }

    /** The candidates for a message, e.g. "275" or "1106 或 1295". */
    public static String describe(Report r, Mention m) {
        List<String> parts = new ArrayList<>();
        for (Double d : candidates(r, m)) {
            String s = org.nianbao.engine.model.Numbers.format(d);
            if (!parts.contains(s)) {
                parts.add(s);
            }
        }
        return String.join(" 或 ", parts);
    }

    /** A row's total, or null when it cannot be determined from cells read as numbers. */
    public static Double rowTotal(Report r, String table, String row) {
        return rowTotal(r, table, row, java.util.Map.of());
    }

    private static Double rowTotal(Report r, String table, String row, java.util.Map<Cell, Double> replaced) {
        Cell total = r.cell(table, row, "total");
        if (total == null) {
            return null;
        }
        if (total.getStatus() == CellStatus.NUMBER) {
            return valueOf(total, replaced);
        }
        if (total.getStatus() != CellStatus.BLANK || !table.equals(TableKeys.APPLICATIONS)) {
            return null;
        }
        double sum = 0;
        boolean any = false;
        for (String col : TableKeys.APPLICATION_COLUMNS.keySet()) {
            if (col.equals("total")) {
                continue;
            }
            Cell c = r.cell(table, row, col);
            if (c == null || c.getStatus() == CellStatus.NOT_READ || c.getStatus() == CellStatus.INVALID) {
                return null;
            }
            if (c.getStatus() == CellStatus.NUMBER) {
                sum += valueOf(c, replaced);
                any = true;
            }
        }
        return any ? sum : null;
    }

    private static double valueOf(Cell c, java.util.Map<Cell, Double> replaced) {
        Double v = replaced.get(c);
        return v != null ? v : c.getValue();
    }
}
