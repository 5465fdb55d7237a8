package org.nianbao.engine.source;

import java.util.List;

/**
 * A table as rows of cells. Readers that know the real grid (HTML, Word) expand rowspan/colspan so
 * every row has one cell per grid column and {@link #gridKnown()} is true; merged cells repeat
 * nothing: the covered positions hold {@link TableCell#covered()} cells. Readers that only see
 * delimited text (tab or pipe separated lines) give the cells as found and {@code gridKnown=false}.
 */
public record TableBlock(List<TableRow> rows, int line, int page, boolean gridKnown, String method) implements Block {
    public TableBlock {
        rows = List.copyOf(rows);
    }
}
