package org.nianbao.engine.source;

import java.util.List;

/** One row of a {@link TableBlock}; {@code line} is the source line of the row (text formats) or its index. */
public record TableRow(List<TableCell> cells, int line, int page) {
    public TableRow {
        cells = List.copyOf(cells);
    }

    public TableRow(List<TableCell> cells, int line) {
        this(cells, line, 0);
    }
}
