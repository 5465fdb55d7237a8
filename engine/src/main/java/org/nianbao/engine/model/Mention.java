package org.nianbao.engine.model;

/**
 * A number the report's text states about something a table also counts, e.g. "共受理政府信息公开
 * 申请 70 件" → kind {@code applications.new_received.total}, value 70. Rules compare mentions
 * with cells. {@code phrase} is the matched text.
 */
public record Mention(String kind, double value, String phrase, String section, Location location) {
    public String getKind() { return kind; }
    public double getValue() { return value; }
    public String getPhrase() { return phrase; }
    public String getSection() { return section; }
    public Location getLocation() { return location; }

    public String getDisplay() {
        return Numbers.format(value);
    }
}
