package org.nianbao.engine.extract;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.engine.source.Block;
import org.nianbao.engine.source.Paragraph;
import org.nianbao.engine.source.TableBlock;
import org.nianbao.engine.source.TableRow;

/**
 * The reader toolkit's document under construction: blocks in reading order, the running line
 * number (each paragraph and each table row takes one, as the text reader's lines do), and the
 * paragraph and table counts a reader reports in its note. Shared by the Word and HTML readers.
 */
public final class BlockCollector {
    private final List<Block> blocks = new ArrayList<>();
    private int line;
    private int paragraphs;
    private int tables;

    /** Adds every non-blank line of {@code text} (already cleaned by the reader) as a paragraph, stripped. */
    public void paragraphs(String text) {
        for (String part : text.split("\n")) {
            if (!part.isBlank()) {
                blocks.add(new Paragraph(part.strip(), ++line, 0));
                paragraphs++;
            }
        }
    }

    /** Adds one paragraph (non-empty, already cleaned and stripped) on the next line. */
    public void paragraph(String text) {
        blocks.add(new Paragraph(text, ++line, 0));
        paragraphs++;
    }

    /** Adds one paragraph on a line already given out (text found in a table row that is not a table). */
    public void paragraphAt(String text, int lineNo) {
        blocks.add(new Paragraph(text, lineNo, 0));
        paragraphs++;
    }

    /** The next line number (a table row about to be added). */
    public int nextLine() {
        return ++line;
    }

    /** The last line number given out. */
    public int line() {
        return line;
    }

    /** Skips {@code n} line numbers (rows of a table read elsewhere). */
    public void skipLines(int n) {
        line += n;
    }

    /**
     * Adds a table made of {@code rows} without its empty rows (no cell with text); nothing when every
     * row is empty. {@code firstLine} is the line of its first row.
     */
    public void table(List<TableRow> rows, int firstLine, String method) {
        List<TableRow> kept = withoutEmptyRows(rows);
        if (!kept.isEmpty()) {
            blocks.add(new TableBlock(kept, firstLine, 0, true, method));
            tables++;
        }
    }

    /** The rows that have at least one cell with text. */
    public static List<TableRow> withoutEmptyRows(List<TableRow> rows) {
        List<TableRow> kept = new ArrayList<>();
        for (TableRow r : rows) {
            if (r.cells().stream().anyMatch(c -> !c.text().isEmpty())) {
                kept.add(r);
            }
        }
        return kept;
    }

    public List<Block> blocks() {
        return blocks;
    }

    public boolean isEmpty() {
        return blocks.isEmpty();
    }

    public int paragraphCount() {
        return paragraphs;
    }

    public int tableCount() {
        return tables;
    }
}
