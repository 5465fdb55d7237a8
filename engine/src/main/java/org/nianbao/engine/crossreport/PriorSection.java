package org.nianbao.engine.crossreport;

/** Cross-report fact: a narrative section of the previous year's report ({@code kind} as in {@code Section}). */
public record PriorSection(String kind, String numeral, String body) {
    public String getKind() { return kind; }
    public String getNumeral() { return numeral; }
    public String getBody() { return body; }
}
