package org.nianbao.engine.source;

/**
 * The text of one cell. {@code covered} marks a grid position covered by a merged cell whose text
 * sits in another position (to the left for colspan, above for rowspan); its text is empty.
 */
public record TableCell(String text, boolean covered) {
    public static TableCell of(String text) {
        return new TableCell(text == null ? "" : text, false);
    }

    public static TableCell coveredCell() {
        return new TableCell("", true);
    }
}
