package org.nianbao.engine.batch;

import java.util.List;
import org.nianbao.engine.CheckResult;
import org.nianbao.engine.rules.Finding;
import org.nianbao.engine.rules.Severity;

/**
 * What the outputs need from one checked (or unreadable) input, without the report's facts or text:
 * a batch keeps only these, so memory stays flat in the number of reports.
 *
 * @param elapsedNanos time spent reading and checking this input (for benchmarks; never rendered)
 */
public record ReportResult(String file, String format, String agency, Integer year, String edition,
                           List<Finding> findings, String errorCode, String errorMessage, long elapsedNanos) {

    public ReportResult {
        findings = findings == null ? List.of() : List.copyOf(findings);
    }

    public static ReportResult of(CheckResult r, long elapsedNanos) {
        if (!r.readable()) {
            return unreadable(r.file(), r.errorCode(), r.errorMessage(), elapsedNanos);
        }
        return new ReportResult(r.file(), r.report().getFormat(), r.report().getAgency(), r.report().getYear(),
                r.report().getEdition(), r.findings(), null, null, elapsedNanos);
    }

    public static ReportResult of(CheckResult r) {
        return of(r, 0);
    }

    public static ReportResult unreadable(String file, String code, String message, long elapsedNanos) {
        return new ReportResult(file, null, null, null, null, List.of(), code, message, elapsedNanos);
    }

    public boolean readable() {
        return errorCode == null;
    }

    /** "checked" or "unreadable", as in the JSON schema. */
    public String status() {
        return readable() ? "checked" : "unreadable";
    }

    public int count(Severity s) {
        int n = 0;
        for (Finding f : findings) {
            if (f.severity() == s) {
                n++;
            }
        }
        return n;
    }

    /** True when some finding is at least as serious as the threshold. */
    public boolean hasAtLeast(Severity threshold) {
        return threshold != null && findings.stream().anyMatch(f -> f.severity().atLeast(threshold));
    }
}
