package org.nianbao.engine.source;

/** A paragraph or line of running text. {@code text} is never null; it may be empty. */
public record Paragraph(String text, int line, int page) implements Block {
    public Paragraph(String text, int line) {
        this(text, line, 0);
    }
}
