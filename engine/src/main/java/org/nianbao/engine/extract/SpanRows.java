package org.nianbao.engine.extract;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.engine.source.TableRow;

/**
 * A table read row by row and cell by cell, expanded by {@link Grid#expand} into its grid. Merged
 * cells come in the two ways the formats store them: a declared span on the first cell (HTML
 * {@code rowspan}/{@code colspan}, Word {@code gridSpan}, a Word 97 cell wider than one column), or a
 * vertical merge marked on every cell it covers (Word's {@code vMerge}, Word 97's merge flags): a
 * cell that starts a merge opens it at its grid column, and each continuation below extends the
 * opening cell's row span instead of adding a cell.
 */
public final class SpanRows {
    /** A vertically merged cell still open for continuations: its row, its index in that row, its first grid column. */
    public record OpenMerge(int row, int cell, int column) {
    }

    private final List<List<Grid.SpanCell>> rows = new ArrayList<>();
    private final List<Integer> lines = new ArrayList<>();
    private final List<OpenMerge> open = new ArrayList<>();
    private List<Grid.SpanCell> current = new ArrayList<>();

    /** A cell with declared spans (HTML): placed by {@link Grid#expand} at the next free grid position. */
    public void cell(String text, int rowSpan, int colSpan) {
        current.add(new Grid.SpanCell(text, rowSpan, colSpan));
    }

    /**
     * A cell starting at grid {@code column}, {@code colSpan} columns wide. It closes a vertical merge
     * open at that column; {@code startsMerge} opens a new one there.
     */
    public void cell(String text, int column, int colSpan, boolean startsMerge) {
        open.removeIf(m -> m.column() == column);
        if (startsMerge) {
            open.add(new OpenMerge(rows.size(), current.size(), column));
        }
        current.add(new Grid.SpanCell(text, 1, colSpan));
    }

    /** An empty grid position before the row's first cell (Word's {@code gridBefore}); merges stay open. */
    public void blank() {
        current.add(new Grid.SpanCell("", 1, 1));
    }

    /**
     * A continuation of the vertical merge open at grid {@code column}: the opening cell spans one
     * more row. False when no merge is open there (the caller then reads the cell as an ordinary one).
     */
    public boolean continueMerge(int column) {
        for (OpenMerge m : open) {
            if (m.column() == column) {
                List<Grid.SpanCell> row = m.row() == rows.size() ? current : rows.get(m.row());
                Grid.SpanCell o = row.get(m.cell());
                row.set(m.cell(), new Grid.SpanCell(o.text(), o.rowSpan() + 1, o.colSpan()));
                return true;
            }
        }
        return false;
    }

    /** The merge open at grid {@code column}, or null. */
    public OpenMerge openAt(int column) {
        for (OpenMerge m : open) {
            if (m.column() == column) {
                return m;
            }
        }
        return null;
    }

    /** Ends the current row, which sits on {@code line}. */
    public void endRow(int line) {
        rows.add(current);
        lines.add(line);
        current = new ArrayList<>();
    }

    public int rowCount() {
        return rows.size();
    }

    /** The rows expanded into a rectangular grid, covered positions marked (see {@link Grid#expand}). */
    public List<TableRow> expand(int page) {
        return Grid.expand(rows, lines, page);
    }
}
