package org.nianbao.engine.crossreport;

/** Cross-report fact: how a table of the previous year's report was read. */
public record PriorTable(String table, boolean present, boolean complete) {
    public String getTable() { return table; }
    public boolean isPresent() { return present; }
    public boolean isComplete() { return complete; }
}
