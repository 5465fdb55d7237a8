package org.nianbao.engine.rules;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Comparator;
import java.util.List;
import org.nianbao.engine.model.Location;

/**
 * One graded finding: which rule, how serious, what was found against what was expected, where,
 * and the statute article or notice clause it rests on.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"rule", "severity", "title", "message", "references", "location", "expected", "actual"})
public record Finding(String rule, Severity severity, String title, String message, List<String> references,
                      Location location, String expected, String actual) {

    public Finding {
        references = references == null ? List.of() : List.copyOf(references);
    }

    /** Deterministic order: by source line (report-wide findings first), then rule id, then message. */
    public static final Comparator<Finding> ORDER = Comparator
            .comparingInt((Finding f) -> f.location() == null || f.location().line() == null ? 0 : f.location().line())
            .thenComparing(Finding::rule)
            .thenComparing(Finding::message);

    public Finding withSeverity(Severity s) {
        return new Finding(rule, s, title, message, references, location, expected, actual);
    }
}
