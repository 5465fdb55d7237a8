package org.nianbao.engine.model;

/**
 * Something a section's text does not say that the format asks for, found once by the interpreter:
 * topic {@code problems} — section 五 does not name problems and/or measures ({@code gap} says which).
 */
public record ContentGap(String topic, Section section, String gap) {
    public String getTopic() { return topic; }
    public Section getSection() { return section; }
    public String getGap() { return gap; }
}
