package org.nianbao.engine.batch;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.nianbao.engine.rules.Finding;
import org.nianbao.engine.rules.RuleInfo;
import org.nianbao.engine.rules.Severity;

/**
 * Totals of a run, built one result at a time: one compact row per input (never its findings),
 * counts per rule and per agency. This is all the summaries of every output format need.
 */
public final class BatchSummary {
    /** Agency name used when a report's agency was not recognised. */
    public static final String UNKNOWN_AGENCY = "（未识别机关）";

    /** One input in the summary: checked with counts, or unreadable with its reason. */
    public record Row(String file, String status, String agency, Integer year, String edition, int errors,
                      int warnings, int infos, String errorCode, String errorMessage) {
        public boolean readable() {
            return errorCode == null;
        }
    }

    /** One rule: how many reports fail it and how many findings it produced. */
    public static final class RuleStat {
        private final String id;
        private Severity severity;
        private String title;
        private int reports;
        private int findings;

        RuleStat(String id) {
            this.id = id;
        }

        public String id() { return id; }
        public Severity severity() { return severity; }
        public String title() { return title; }
        public int reports() { return reports; }
        public int findings() { return findings; }
    }

    /** One agency: its reports and their findings. */
    public static final class AgencyStat {
        private final String agency;
        private int reports;
        private int reportsWithErrors;
        private final int[] counts = new int[3];

        AgencyStat(String agency) {
            this.agency = agency;
        }

        public String agency() { return agency; }
        public int reports() { return reports; }
        public int reportsWithErrors() { return reportsWithErrors; }
        public int count(Severity s) { return counts[s.ordinal()]; }
    }

    private final List<Row> rows = new ArrayList<>();
    private final Map<String, RuleStat> rules = new TreeMap<>();
    private final Map<String, AgencyStat> agencies = new TreeMap<>();
    private final Map<String, Integer> unreadableByCode = new TreeMap<>();
    private final long[] totals = new long[3];
    private int unreadable;

    /** Starts a summary that knows the rule catalog (titles for rules even when nothing fails them). */
    public BatchSummary(List<RuleInfo> catalog) {
        for (RuleInfo r : catalog) {
            RuleStat s = new RuleStat(r.id());
            s.severity = r.severity();
            s.title = r.title();
            rules.put(r.id(), s);
        }
    }

    public void add(ReportResult r) {
        int[] c = new int[3];
        Set<String> failed = new TreeSet<>();
        for (Finding f : r.findings()) {
            c[f.severity().ordinal()]++;
            totals[f.severity().ordinal()]++;
            RuleStat s = rules.computeIfAbsent(f.rule(), RuleStat::new);
            if (s.title == null) {
                s.title = f.title();
                s.severity = f.severity();
            }
            s.findings++;
            if (failed.add(f.rule())) {
                s.reports++;
            }
        }
        rows.add(new Row(r.file(), r.status(), r.agency(), r.year(), r.edition(), c[0], c[1], c[2], r.errorCode(),
                r.errorMessage()));
        if (!r.readable()) {
            unreadable++;
            unreadableByCode.merge(r.errorCode(), 1, Integer::sum);
            return;
        }
        AgencyStat a = agencies.computeIfAbsent(r.agency() == null ? UNKNOWN_AGENCY : r.agency(), AgencyStat::new);
        a.reports++;
        if (c[0] > 0) {
            a.reportsWithErrors++;
        }
        for (int i = 0; i < 3; i++) {
            a.counts[i] += c[i];
        }
    }

    /** Every input in input order. */
    public List<Row> rows() {
        return Collections.unmodifiableList(rows);
    }

    public int files() {
        return rows.size();
    }

    public int checked() {
        return rows.size() - unreadable;
    }

    public int unreadable() {
        return unreadable;
    }

    public long total(Severity s) {
        return totals[s.ordinal()];
    }

    /** Every rule of the catalog (and any rule that fired outside it), sorted by id. */
    public List<RuleStat> rules() {
        return List.copyOf(rules.values());
    }

    /** Rules that failed at least one report: most reports first, then by id. */
    public List<RuleStat> failedRules() {
        List<RuleStat> list = new ArrayList<>();
        for (RuleStat s : rules.values()) {
            if (s.reports > 0) {
                list.add(s);
            }
        }
        list.sort((a, b) -> a.reports != b.reports ? Integer.compare(b.reports, a.reports) : a.id.compareTo(b.id));
        return list;
    }

    /** Agencies of the readable reports, sorted by name. */
    public List<AgencyStat> agencies() {
        return List.copyOf(agencies.values());
    }

    /** Unreadable inputs per reason code. */
    public Map<String, Integer> unreadableByCode() {
        return Collections.unmodifiableMap(unreadableByCode);
    }
}
