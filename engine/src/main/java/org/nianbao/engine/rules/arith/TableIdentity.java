package org.nianbao.engine.rules.arith;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.nianbao.engine.model.Location;
import org.nianbao.engine.model.Numbers;
import org.nianbao.engine.rules.Finding;

/**
 * A fact: one arithmetic identity of a national table, evaluated once by {@link TableArithmetic}, so that
 * the arithmetic rules only match facts. {@code left = right}, where
 * <ul>
 *   <li>{@code column_balance} (表三, per column {@code key}): 一 + 二 = 三(七) + 四;</li>
 *   <li>{@code results_total} (表三, per column): (七)总计 = the sum of the edition's result rows;</li>
 *   <li>{@code row_total} (表三, per row {@code key}): 总计 = the six applicant columns;</li>
 *   <li>{@code group_total} (表四, per group {@code key}): 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结.</li>
 * </ul>
 * {@code complete} is true when every cell of the identity is a number (blank and unread cells are never
 * summed); {@code holds} is then whether both sides are equal. {@code suspects} and {@code explanation}
 * come from the correction search over the whole table ({@link CorrectionSolver}): the cells most likely
 * filled in wrongly, and a Chinese sentence saying which (or why none can be named).
 */
public final class TableIdentity {
    public static final String COLUMN_BALANCE = "column_balance";
    public static final String RESULTS_TOTAL = "results_total";
    public static final String ROW_TOTAL = "row_total";
    public static final String GROUP_TOTAL = "group_total";

    private final String table;
    private final String kind;
    private final String key;
    private final String label;
    private final Location location;
    private final boolean complete;
    private final Double left;
    private final Double right;
    private final Map<String, Double> parts;
    private List<Finding.Suspect> suspects = List.of();
    private String explanation = "";

    TableIdentity(String table, String kind, String key, String label, Location location, boolean complete,
                  Double left, Double right, Map<String, Double> parts) {
        this.table = table;
        this.kind = kind;
        this.key = key;
        this.label = label;
        this.location = location;
        this.complete = complete;
        this.left = left;
        this.right = right;
        this.parts = Collections.unmodifiableMap(parts);
    }

    void explain(List<Finding.Suspect> s, String text) {
        this.suspects = List.copyOf(s);
        this.explanation = text;
    }

    public String getTable() { return table; }
    public String getKind() { return kind; }
    /** The column (column_balance, results_total) or row (row_total, group_total) the identity is about. */
    public String getKey() { return key; }
    /** That column's or row's label as printed. */
    public String getLabel() { return label; }
    /** Where the identity's total cell is. */
    public Location getLocation() { return location; }
    public boolean isComplete() { return complete; }
    /** True when complete and both sides are equal. */
    public boolean isHolds() { return complete && left != null && left.equals(right); }
    /** The left side: the total cell (or 一 + 二 for column_balance); null when not complete. */
    public Double getLeft() { return left; }
    /** The right side: the sum of the parts (or 三(七) + 四 for column_balance); null when not complete. */
    public Double getRight() { return right; }

    /** The value of one cell of the identity by its row (column identities) or column (row identities); null when absent. */
    public Double value(String part) {
        return parts.get(part);
    }

    /** The cells most likely wrong (canonical keys, printed and expected value); empty when none can be named. */
    public List<Finding.Suspect> getSuspects() { return suspects; }
    /** Chinese: which cells are most likely wrong, that several corrections fit, or why none can be named. */
    public String getExplanation() { return explanation; }

    @Override
    public String toString() {
        return table + "." + kind + "." + key + (complete ? " " + Numbers.format(left) + (isHolds() ? " = " : " ≠ ")
                + Numbers.format(right) : " (incomplete)");
    }
}
