package org.nianbao.engine.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A fixed label of the national format printed with a typo: {@code found} is one edit away from
 * {@code expected} (one character wrong, missing or extra), and the report nowhere prints the label
 * correctly in the same place. {@code where} is the table ("proactive", "applications",
 * "review_litigation") or "heading".
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LabelTypo(String where, String found, String expected, String context, Location location) {

    public String getWhere() { return where; }
    public String getFound() { return found; }
    public String getExpected() { return expected; }
    public String getContext() { return context; }
    public Location getLocation() { return location; }
}
