package org.nianbao.engine.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A numbered section of the report (一、总体情况 …). {@code kind} is the national-format section it
 * corresponds to (overview, proactive, applications, review_litigation, problems, other) or null
 * when the heading matches none (e.g. a provincial extra section), decided by the heading's key
 * terms ({@code reason} says which). {@code order} is its position among the report's sections, from 1.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Section(int order, String numeral, int number, String heading, String kind, String reason,
                      String body, Location location) {

    public int getOrder() { return order; }
    public String getNumeral() { return numeral; }
    public int getNumber() { return number; }
    public String getHeading() { return heading; }
    public String getKind() { return kind; }
    /** Why the heading was taken for its part (the key terms found), or why for none. */
    public String getReason() { return reason; }
    public String getBody() { return body; }
    public Location getLocation() { return location; }

    /** Body text with all white space removed, for phrase searches across wrapped lines. */
    public String getCompactBody() {
        return body == null ? "" : Numbers.withoutWhitespace(body);
    }

    /** True when the compact body contains any of the given phrases. */
    public boolean mentions(String... phrases) {
        String c = getCompactBody();
        for (String p : phrases) {
            if (c.contains(p)) {
                return true;
            }
        }
        return false;
    }
}
