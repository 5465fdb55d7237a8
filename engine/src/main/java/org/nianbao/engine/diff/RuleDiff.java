package org.nianbao.engine.diff;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.nianbao.engine.Checker;
import org.nianbao.engine.batch.BatchInput;
import org.nianbao.engine.batch.BatchRunner;
import org.nianbao.engine.batch.ReportResult;
import org.nianbao.engine.extract.Readers;
import org.nianbao.engine.model.Location;
import org.nianbao.engine.rules.Finding;
import org.nianbao.engine.rules.RuleInfo;
import org.nianbao.engine.rules.RuleSet;
import org.nianbao.engine.rules.RuleSettings;

/**
 * What a rule change does to a corpus: the base rules and the edited rules are run over the same
 * inputs, and their findings are compared report by report.
 *
 * <p>Findings are matched by (file, rule, location keys: section, table, row, column, line). Within one
 * such key, identical findings (same severity and message) are unchanged; the others are paired in
 * order as <em>changed</em> (severity or message differs); what is left over is <em>added</em> (only
 * with the edited rules) or <em>removed</em> (only with the base rules). Rules present in one rule set
 * only, and rules whose declared severity differs, are listed too. Deterministic: inputs in the order
 * given, changes in finding order.
 */
public final class RuleDiff {

    public enum Kind {
        /** Only the edited rules report it. */
        ADDED("新增"),
        /** Only the base rules report it. */
        REMOVED("消失"),
        /** Both report it at the same place; severity or message differ. */
        CHANGED("变化");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** Chinese label for people. */
        public String label() {
            return label;
        }

        @com.fasterxml.jackson.annotation.JsonValue
        public String json() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** One finding that differs: {@code before} is null when added, {@code after} null when removed. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"kind", "rule", "location", "before", "after"})
    public record Change(Kind kind, String rule, Location location, Side before, Side after) {
    }

    /** A finding's severity and message on one side of the comparison. */
    @JsonPropertyOrder({"severity", "severityLabel", "message"})
    public record Side(String severity, String severityLabel, String message) {
        static Side of(Finding f) {
            return new Side(f.severity().name(), f.severity().label(), f.message());
        }
    }

    /** The changes of one input; {@code status} "checked" or "unreadable" (in either run). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"file", "status", "error", "changes"})
    public record ReportDiff(String file, String status, String error, List<Change> changes) {
    }

    /** Per rule: how many findings were added, removed and changed, in how many reports. */
    @JsonPropertyOrder({"rule", "added", "removed", "changed", "reports"})
    public record RuleCount(String rule, int added, int removed, int changed, int reports) {
    }

    /** A rule in one rule set only, or with another declared severity. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"rule", "change", "before", "after"})
    public record RuleChange(String rule, String change, String before, String after) {
    }

    /** The whole comparison. */
    @JsonPropertyOrder({"schema", "files", "unreadable", "summary", "rules", "byRule", "reports"})
    public record Result(int files, int unreadable, List<RuleChange> rules, List<RuleCount> byRule,
                         List<ReportDiff> reports) {
        public String getSchema() {
            return "nianbao/rules-diff/1";
        }

        /** Totals: added, removed, changed findings and the reports with any change. */
        public Map<String, Integer> getSummary() {
            Map<String, Integer> m = new LinkedHashMap<>();
            m.put("added", count(Kind.ADDED));
            m.put("removed", count(Kind.REMOVED));
            m.put("changed", count(Kind.CHANGED));
            m.put("reports", (int) reports.stream().filter(r -> !r.changes().isEmpty()).count());
            return m;
        }

        public int count(Kind kind) {
            int n = 0;
            for (ReportDiff r : reports) {
                for (Change c : r.changes()) {
                    n += c.kind() == kind ? 1 : 0;
                }
            }
            return n;
        }

        /** True when a finding or a rule differs. */
        @JsonIgnore
        public boolean anyChange() {
            return !rules.isEmpty() || reports.stream().anyMatch(r -> !r.changes().isEmpty());
        }
    }

    private RuleDiff() {
    }

    /**
     * Runs both rule sets over the inputs and compares. Each input is read once and its document
     * interpreted for each rule set with that set's editions (they may differ), then checked.
     *
     * @param threads worker threads (results do not depend on it)
     */
    public static Result run(RuleSet base, RuleSet edited, List<BatchInput> inputs, int threads) {
        List<ReportResult> before = new ArrayList<>(inputs.size());
        List<ReportResult> after = new ArrayList<>(inputs.size());
        Readers readers = Readers.standard();
        new BatchRunner(new Checker(readers, base, RuleSettings.DEFAULTS, null),
                Math.max(1, Math.min(threads, inputs.size())))
                .runPaired(inputs, new Checker(readers, edited, RuleSettings.DEFAULTS, null), (b, a) -> {
                    before.add(b);
                    after.add(a);
                });
        List<ReportDiff> reports = new ArrayList<>();
        int unreadable = 0;
        for (int i = 0; i < inputs.size(); i++) {
            ReportResult b = before.get(i);
            ReportResult a = after.get(i);
            if (!b.readable() || !a.readable()) {
                unreadable++;
                ReportResult bad = b.readable() ? a : b;
                reports.add(new ReportDiff(b.file(), "unreadable", bad.errorMessage() + "（" + bad.errorCode() + "）",
                        compare(b.findings(), a.findings())));
                continue;
            }
            reports.add(new ReportDiff(b.file(), "checked", null, compare(b.findings(), a.findings())));
        }
        return new Result(inputs.size(), unreadable, compareRules(base.rules(), edited.rules()), byRule(reports), reports);
    }


    /** The location keys findings are matched by. */
    record Key(String rule, String section, String table, String row, String column, Integer line) {
        static Key of(Finding f) {
            Location l = f.location();
            return l == null ? new Key(f.rule(), null, null, null, null, null)
                    : new Key(f.rule(), l.section(), l.table(), l.row(), l.column(), l.line());
        }
    }

    /** The changes from {@code before} to {@code after} (the findings of one report), in finding order. */
    public static List<Change> compare(List<Finding> before, List<Finding> after) {
        Map<Key, List<Finding>> b = group(before);
        Map<Key, List<Finding>> a = group(after);
        List<Change> changes = new ArrayList<>();
        java.util.Set<Key> keys = new java.util.LinkedHashSet<>(b.keySet());
        keys.addAll(a.keySet());
        for (Key k : keys) {
            List<Finding> left = new ArrayList<>(b.getOrDefault(k, List.of()));
            List<Finding> right = new ArrayList<>(a.getOrDefault(k, List.of()));
            // identical findings on both sides are unchanged
            for (java.util.Iterator<Finding> it = left.iterator(); it.hasNext(); ) {
                Finding f = it.next();
                int j = indexOfSame(right, f);
                if (j >= 0) {
                    right.remove(j);
                    it.remove();
                }
            }
            int paired = Math.min(left.size(), right.size());
            for (int i = 0; i < paired; i++) {
                changes.add(new Change(Kind.CHANGED, k.rule(), right.get(i).location(), Side.of(left.get(i)),
                        Side.of(right.get(i))));
            }
            for (int i = paired; i < left.size(); i++) {
                changes.add(new Change(Kind.REMOVED, k.rule(), left.get(i).location(), Side.of(left.get(i)), null));
            }
            for (int i = paired; i < right.size(); i++) {
                changes.add(new Change(Kind.ADDED, k.rule(), right.get(i).location(), null, Side.of(right.get(i))));
            }
        }
        changes.sort(java.util.Comparator
                .comparingInt((Change c) -> c.location() == null || c.location().line() == null ? 0 : c.location().line())
                .thenComparing(Change::rule)); // stable: within one place, changed before removed before added
        return changes;
    }

    private static int indexOfSame(List<Finding> list, Finding f) {
        for (int i = 0; i < list.size(); i++) {
            Finding g = list.get(i);
            if (g.severity() == f.severity() && Objects.equals(g.message(), f.message())) {
                return i;
            }
        }
        return -1;
    }

    private static Map<Key, List<Finding>> group(List<Finding> findings) {
        Map<Key, List<Finding>> m = new LinkedHashMap<>();
        for (Finding f : findings) {
            m.computeIfAbsent(Key.of(f), k -> new ArrayList<>()).add(f);
        }
        return m;
    }

    /** Rules only in one set, or whose declared severity differs. */
    public static List<RuleChange> compareRules(List<RuleInfo> base, List<RuleInfo> edited) {
        Map<String, RuleInfo> b = new TreeMap<>();
        base.forEach(r -> b.put(r.id(), r));
        Map<String, RuleInfo> a = new TreeMap<>();
        edited.forEach(r -> a.put(r.id(), r));
        java.util.Set<String> ids = new java.util.TreeSet<>(b.keySet());
        ids.addAll(a.keySet());
        List<RuleChange> out = new ArrayList<>();
        for (String id : ids) {
            RuleInfo x = b.get(id);
            RuleInfo y = a.get(id);
            if (x == null) {
                out.add(new RuleChange(id, "added", null, y.severity().name()));
            } else if (y == null) {
                out.add(new RuleChange(id, "removed", x.severity().name(), null));
            } else if (x.severity() != y.severity()) {
                out.add(new RuleChange(id, "severity", x.severity().name(), y.severity().name()));
            }
        }
        return out;
    }

    private static List<RuleCount> byRule(List<ReportDiff> reports) {
        Map<String, int[]> counts = new TreeMap<>();
        for (ReportDiff r : reports) {
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (Change c : r.changes()) {
                int[] n = counts.computeIfAbsent(c.rule(), k -> new int[4]);
                n[c.kind().ordinal()]++;
                if (seen.add(c.rule())) {
                    n[3]++;
                }
            }
        }
        List<RuleCount> out = new ArrayList<>();
        counts.forEach((rule, n) -> out.add(new RuleCount(rule, n[0], n[1], n[2], n[3])));
        return out;
    }
}
