package org.nianbao.engine;

import java.util.List;
import org.nianbao.engine.model.Report;
import org.nianbao.engine.rules.Finding;
import org.nianbao.engine.rules.Severity;

/**
 * The outcome for one input file: checked (report + findings) or unreadable (reason code and a
 * Chinese message). Every input of a run yields exactly one result.
 */
public record CheckResult(String file, Report report, List<Finding> findings, String errorCode, String errorMessage) {

    public static CheckResult checked(String file, Report report, List<Finding> findings) {
        return new CheckResult(file, report, List.copyOf(findings), null, null);
    }

    public static CheckResult unreadable(String file, String code, String message) {
        return new CheckResult(file, null, List.of(), code, message);
    }

    public boolean readable() {
        return report != null;
    }

    public long count(Severity s) {
        return findings.stream().filter(f -> f.severity() == s).count();
    }

    /** True when some finding is at least as serious as the threshold. */
    public boolean hasAtLeast(Severity threshold) {
        return findings.stream().anyMatch(f -> f.severity().atLeast(threshold));
    }
}
