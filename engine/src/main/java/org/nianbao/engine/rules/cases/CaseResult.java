package org.nianbao.engine.rules.cases;

import java.util.List;
import org.nianbao.engine.rules.Finding;

/** The outcome of one case: passed, or the reasons it failed (Chinese), with the findings seen. */
public record CaseResult(RuleCase ruleCase, List<String> failures, List<Finding> findings) {
    public boolean passed() {
        return failures.isEmpty();
    }
}
