package org.nianbao.engine.interpret;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.engine.source.Block;
import org.nianbao.engine.source.Paragraph;
import org.nianbao.engine.source.SourceDocument;
import org.nianbao.engine.source.TableBlock;
import org.nianbao.engine.source.TableCell;
import org.nianbao.engine.source.TableRow;

/**
 * One paragraph or one table row of a report, in reading order: what the interpreter works on.
 *
 * @param tableRow     true for a table row, false for a paragraph
 * @param text         the text (a row's cells joined by tabs, unless it was recovered from a paragraph)
 * @param cells        a row's cells; a paragraph is one cell
 * @param line         source line (0 when unknown)
 * @param page         source page (0 when unknown)
 * @param gridKnown    true when the row's cells are those of a real grid (not split from spaced text)
 * @param method       how the row was read ({@code text}, a reader's method, {@link FlatText#METHOD} …)
 * @param unreadReason why the row's cells could not be read, or null
 * @param label        {@code text} in {@link Text#label} normal form, computed once (tables are scanned often)
 * @param inconsistent an unread row whose digits admit no split satisfying its totals
 */
record Item(boolean tableRow, String text, List<String> cells, int line, int page, boolean gridKnown,
            String method, String unreadReason, String label, boolean inconsistent) {

    Item(boolean tableRow, String text, List<String> cells, int line, int page, boolean gridKnown,
         String method, String unreadReason) {
        this(tableRow, text, cells, line, page, gridKnown, method, unreadReason, Text.label(text), false);
    }

    /** A paragraph of text. */
    static Item paragraph(String text, int line, int page) {
        return new Item(false, text, List.of(text), line, page, false, "text", null);
    }

    /** A table row of the given cells, its text the cells joined by tabs. */
    static Item row(List<String> cells, int line, int page, boolean gridKnown, String method) {
        return new Item(true, String.join("\t", cells), cells, line, page, gridKnown, method, null);
    }

    /** The document's blocks as items: blank paragraphs dropped, a merged cell's text once. */
    static List<Item> of(SourceDocument doc) {
        List<Item> items = new ArrayList<>();
        for (Block b : doc.blocks()) {
            if (b instanceof Paragraph p) {
                if (!p.text().isBlank()) {
                    items.add(paragraph(p.text(), p.line(), p.page()));
                }
            } else if (b instanceof TableBlock t) {
                for (TableRow row : t.rows()) {
                    List<String> cells = new ArrayList<>();
                    for (TableCell c : row.cells()) {
                        // A merged cell's text stands once; the positions it covers are not cells of
                        // their own (a value spanning three columns is one value, not one plus two blanks).
                        if (!c.covered()) {
                            cells.add(c.text());
                        }
                    }
                    items.add(row(cells, row.line(), row.page() > 0 ? row.page() : t.page(), t.gridKnown(),
                            t.method()));
                }
            }
        }
        return items;
    }
}
