package org.nianbao.engine.extract.pdf;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.engine.extract.Grid;
import org.nianbao.engine.extract.Numbers;
import org.nianbao.engine.source.TableCell;

/**
 * Table detection on one PDF page. Ruled tables come from the page's border lines
 * ({@link RuledTable#find}); every glyph inside one is placed in its grid cell, and the cells are
 * read with their merges ({@link CellOwners}). A line of free text is a row of a table drawn without
 * borders when it has three or more widely spaced chunks of which at least two are numbers
 * ({@link #borderlessRow}); the grid of such rows is not known.
 */
final class PageTables {
    /** A ruled table and the glyphs inside each of its grid positions (row-major). */
    record Ruled(RuledTable table, List<List<Glyph>> cells) {
        float top() {
            return table.ys()[0];
        }
    }

    private final List<Ruled> ruled;
    private final List<Glyph> free;

    private PageTables(List<Ruled> ruled, List<Glyph> free) {
        this.ruled = ruled;
        this.free = free;
    }

    /** Finds the page's ruled tables and places each glyph in a table cell or among the free glyphs. */
    static PageTables detect(List<Glyph> glyphs, List<Ruling> rulings) {
        List<Ruled> ruled = new ArrayList<>();
        for (RuledTable t : RuledTable.find(rulings)) {
            List<List<Glyph>> cells = new ArrayList<>();
            int n = t.columns() * t.rows();
            for (int i = 0; i < n; i++) {
                cells.add(new ArrayList<>());
            }
            ruled.add(new Ruled(t, cells));
        }
        List<Glyph> free = new ArrayList<>();
        for (Glyph g : glyphs) {
            boolean placed = false;
            for (int k = 0; k < ruled.size() && !placed; k++) {
                RuledTable t = ruled.get(k).table();
                int col = RuledTable.slot(t.xs(), g.centerX());
                int row = RuledTable.slot(t.ys(), g.centerY());
                if (col >= 0 && row >= 0) {
                    ruled.get(k).cells().get(row * t.columns() + col).add(g);
                    placed = true;
                }
            }
            if (!placed) {
                free.add(g);
            }
        }
        return new PageTables(ruled, free);
    }

    /** The ruled tables, top to bottom. */
    List<Ruled> ruled() {
        return ruled;
    }

    /** The glyphs outside every ruled table. */
    List<Glyph> free() {
        return free;
    }

    /**
     * The rows of a ruled table's grid: a merged cell's text (the glyphs of every position it covers)
     * in its first position, the other positions covered. Empty rows are kept (the caller drops them).
     */
    static List<List<TableCell>> rows(Ruled r) {
        RuledTable t = r.table();
        CellOwners owners = CellOwners.of(t);
        List<List<Glyph>> ownerGlyphs = new ArrayList<>();
        for (int k = 0; k < t.rows() * t.columns(); k++) {
            ownerGlyphs.add(new ArrayList<>());
        }
        for (int i = 0; i < t.rows(); i++) {
            for (int j = 0; j < t.columns(); j++) {
                ownerGlyphs.get(owners.owner(i, j)).addAll(r.cells().get(i * t.columns() + j));
            }
        }
        List<List<TableCell>> rows = new ArrayList<>();
        for (int i = 0; i < t.rows(); i++) {
            List<TableCell> cells = new ArrayList<>();
            for (int j = 0; j < t.columns(); j++) {
                cells.add(owners.isOwner(i, j) ? TableCell.of(cellText(ownerGlyphs.get(i * t.columns() + j)))
                        : TableCell.coveredCell());
            }
            rows.add(cells);
        }
        return rows;
    }

    /** The cells of a line of free text when it is a row of a table drawn without borders, else null. */
    static List<TableCell> borderlessRow(List<Glyph> line) {
        List<String> chunks = TextLines.chunks(line);
        long numbers = chunks.stream().filter(Numbers::isQuantity).count();
        if (chunks.size() < 3 || numbers < 2) {
            return null;
        }
        List<TableCell> cells = new ArrayList<>();
        for (String c : chunks) {
            cells.add(TableCell.of(c));
        }
        return cells;
    }

    private static String cellText(List<Glyph> glyphs) {
        if (glyphs.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (List<Glyph> line : TextLines.lines(glyphs)) {
            String t = TextLines.text(line);
            if (sb.length() > 0 && !t.isEmpty()) {
                // A cell's lines are the cell text wrapped at the cell border: Chinese text and
                // digits continue without a separator ("125" + "9" is 1259), words get a space.
                sb.append(TextLines.joinsTight(sb.charAt(sb.length() - 1), t.charAt(0)) ? "" : " ");
            }
            sb.append(t);
        }
        return Grid.clean(sb.toString());
    }
}
