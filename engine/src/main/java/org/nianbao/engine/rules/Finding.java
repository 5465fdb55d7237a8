package org.nianbao.engine.rules;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Comparator;
import java.util.List;
import org.nianbao.engine.model.Location;

/**
 * One graded finding: which rule, how serious, what was found against what was expected, where,
 * and the statute article or notice clause it rests on.
 *
 * @param related  for a cross-report finding (year-over-year, 内容雷同): the other report; else null
 * @param suspects the cells most likely filled in wrongly (table arithmetic); empty when not computed
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"rule", "severity", "title", "message", "references", "location", "expected", "actual",
        "related", "suspects"})
public record Finding(String rule, Severity severity, String title, String message, List<String> references,
                      Location location, String expected, String actual, Related related,
                      @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Suspect> suspects) {

    /** The other report a cross-report finding compares with. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Related(String file, String agency, Integer year) {
    }

    /**
     * A cell that most likely holds a wrong value: canonical keys, the value as printed and the value
     * that would satisfy every identity of its table.
     */
    @JsonPropertyOrder({"table", "row", "column", "value", "expected"})
    public record Suspect(String table, String row, String column, Double value, Double expected) {
    }

    public Finding {
        references = references == null ? List.of() : List.copyOf(references);
        suspects = suspects == null ? List.of() : List.copyOf(suspects);
    }

    public Finding(String rule, Severity severity, String title, String message, List<String> references,
                   Location location, String expected, String actual) {
        this(rule, severity, title, message, references, location, expected, actual, null, List.of());
    }

    /** Deterministic order: by source line (report-wide findings first), then rule id, then message. */
    public static final Comparator<Finding> ORDER = Comparator
            .comparingInt((Finding f) -> f.location() == null || f.location().line() == null ? 0 : f.location().line())
            .thenComparing(Finding::rule)
            .thenComparing(Finding::message);

    public Finding withSeverity(Severity s) {
        return new Finding(rule, s, title, message, references, location, expected, actual, related, suspects);
    }

    public Finding withRelated(Related r) {
        return new Finding(rule, severity, title, message, references, location, expected, actual, r, suspects);
    }

    public Finding withSuspects(List<Suspect> s) {
        return new Finding(rule, severity, title, message, references, location, expected, actual, related, s);
    }
}
