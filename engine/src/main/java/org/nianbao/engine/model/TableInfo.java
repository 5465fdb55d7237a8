package org.nianbao.engine.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * How one national table was read: whether it was found, by which method, how complete the
 * reading is, and which rows or cells could not be read (with the reason).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TableInfo(String table, boolean present, boolean complete, String method, String confidence,
                        List<String> unreadRows, List<String> problems, Location location, boolean truncated,
                        List<String> absentRows, List<String> inconsistentRuns, String edition,
                        List<String> editionEvidence) {

    /** A table the document does not end inside. */
    public TableInfo(String table, boolean present, boolean complete, String method, String confidence,
                     List<String> unreadRows, List<String> problems, Location location) {
        this(table, present, complete, method, confidence, unreadRows, problems, location, false);
    }

    public TableInfo(String table, boolean present, boolean complete, String method, String confidence,
                     List<String> unreadRows, List<String> problems, Location location, boolean truncated) {
        this(table, present, complete, method, confidence, unreadRows, problems, location, truncated, List.of(),
                List.of(), null, List.of());
    }

    public TableInfo {
        unreadRows = unreadRows == null ? List.of() : List.copyOf(unreadRows);
        problems = problems == null ? List.of() : List.copyOf(problems);
        absentRows = absentRows == null ? List.of() : List.copyOf(absentRows);
        inconsistentRuns = inconsistentRuns == null ? List.of() : List.copyOf(inconsistentRuns);
        editionEvidence = editionEvidence == null ? List.of() : List.copyOf(editionEvidence);
    }

    /**
     * Rows of the layout that were not read and whose identifying words occur nowhere in the table:
     * truly absent (deleted) rows, as opposed to rows present but unreadable.
     */
    public List<String> getAbsentRows() { return absentRows; }
    /**
     * Rows whose run-together digits admit no split satisfying the row's own totals, as
     * “label”：digits — the numbers are certainly inconsistent, though which cell is wrong is unknown.
     */
    public List<String> getInconsistentRuns() { return inconsistentRuns; }
    /** The edition this table's structure follows ("n2021", "n2019"), or null when nothing decides. */
    public String getEdition() { return edition; }
    /** The headers and rows that decided {@link #getEdition()}. */
    public List<String> getEditionEvidence() { return editionEvidence; }
    public String getTable() { return table; }
    public boolean isPresent() { return present; }
    public boolean isComplete() { return complete; }
    public String getMethod() { return method; }
    public String getConfidence() { return confidence; }
    public List<String> getUnreadRows() { return unreadRows; }
    public List<String> getProblems() { return problems; }
    public Location getLocation() { return location; }
    /** True when the document's text ends inside this table (truncated input); the missing rows are not the report's fault. */
    public boolean isTruncated() { return truncated; }

    /** The problems joined for a message. */
    public String getProblemSummary() {
        return String.join("；", problems);
    }
}
