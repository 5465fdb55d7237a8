package org.nianbao.engine.batch;

import java.util.List;
import org.nianbao.engine.model.Report;
import org.nianbao.engine.rules.Finding;
import org.nianbao.engine.rules.Severity;

/**
 * The outcome for one input: checked (its identity and findings) or unreadable (reason code and a
 * Chinese message). Every input of a run yields exactly one. It holds what the outputs need and not
 * the report's facts or text, so a batch that keeps results stays flat in memory; callers that need
 * the facts ask {@link org.nianbao.engine.Checker#extract} for the {@link Report}.
 *
 * @param elapsedNanos time spent reading and checking this input (for benchmarks; never rendered)
 */
public record ReportResult(String file, String format, String agency, Integer year, String edition,
                           List<Finding> findings, String errorCode, String errorMessage, long elapsedNanos) {

    public ReportResult {
        findings = findings == null ? List.of() : List.copyOf(findings);
    }

    /** A checked report: its identity (file, format, agency, year, edition) and findings. */
    public static ReportResult checked(String file, Report report, List<Finding> findings, long elapsedNanos) {
        return new ReportResult(file, report.getFormat(), report.getAgency(), report.getYear(), report.getEdition(),
                findings, null, null, elapsedNanos);
    }

    public static ReportResult unreadable(String file, String code, String message, long elapsedNanos) {
        return new ReportResult(file, null, null, null, null, List.of(), code, message, elapsedNanos);
    }

    public static ReportResult unreadable(String file, String code, String message) {
        return unreadable(file, code, message, 0);
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
