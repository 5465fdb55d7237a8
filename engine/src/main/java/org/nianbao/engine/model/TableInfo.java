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

    /** A table the reading starts to describe; every other part defaults to empty, false or null. */
    public static Builder of(String table) {
        return new Builder(table);
    }

    /** This description with other absent rows. */
    public TableInfo withAbsentRows(List<String> rows) {
        return new TableInfo(table, present, complete, method, confidence, unreadRows, problems, location, truncated,
                rows, inconsistentRuns, edition, editionEvidence);
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

    /** Builds a {@link TableInfo} part by part, so that a reader names what it sets. */
    public static final class Builder {
        private final String table;
        private boolean present;
        private boolean complete;
        private String method;
        private String confidence;
        private List<String> unreadRows;
        private List<String> problems;
        private Location location;
        private boolean truncated;
        private List<String> absentRows;
        private List<String> inconsistentRuns;
        private String edition;
        private List<String> editionEvidence;

        private Builder(String table) {
            this.table = table;
        }

        public Builder present(boolean value) {
            this.present = value;
            return this;
        }

        /** True when every cell of the table was read. */
        public Builder complete(boolean value) {
            this.complete = value;
            return this;
        }

        /** How the table was read (a reader method, several joined by +). */
        public Builder method(String value) {
            this.method = value;
            return this;
        }

        public Builder confidence(String value) {
            this.confidence = value;
            return this;
        }

        public Builder unreadRows(List<String> value) {
            this.unreadRows = value;
            return this;
        }

        /** Why rows or cells could not be read. */
        public Builder problems(List<String> value) {
            this.problems = value;
            return this;
        }

        public Builder location(Location value) {
            this.location = value;
            return this;
        }

        /** True when the document's text ends inside this table. */
        public Builder truncated(boolean value) {
            this.truncated = value;
            return this;
        }

        public Builder absentRows(List<String> value) {
            this.absentRows = value;
            return this;
        }

        public Builder inconsistentRuns(List<String> value) {
            this.inconsistentRuns = value;
            return this;
        }

        /** The edition the table's structure follows, or null when nothing decides. */
        public Builder edition(String value) {
            this.edition = value;
            return this;
        }

        public Builder editionEvidence(List<String> value) {
            this.editionEvidence = value;
            return this;
        }

        public TableInfo build() {
            return new TableInfo(table, present, complete, method, confidence, unreadRows, problems, location,
                    truncated, absentRows, inconsistentRuns, edition, editionEvidence);
        }
    }
}
