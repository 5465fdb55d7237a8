package org.nianbao.engine.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * How one national table was read: whether it was found, by which method, how complete the
 * reading is, and which rows or cells could not be read (with the reason).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TableInfo(String table, boolean present, boolean complete, String method, String confidence,
                        List<String> unreadRows, List<String> problems, Location location, boolean truncated) {

    /** A table the document does not end inside. */
    public TableInfo(String table, boolean present, boolean complete, String method, String confidence,
                     List<String> unreadRows, List<String> problems, Location location) {
        this(table, present, complete, method, confidence, unreadRows, problems, location, false);
    }

    public TableInfo {
        unreadRows = unreadRows == null ? List.of() : List.copyOf(unreadRows);
        problems = problems == null ? List.of() : List.copyOf(problems);
    }

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
