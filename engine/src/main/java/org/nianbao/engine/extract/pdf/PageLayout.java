package org.nianbao.engine.extract.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.nianbao.engine.extract.Grid;
import org.nianbao.engine.source.Block;
import org.nianbao.engine.source.Paragraph;
import org.nianbao.engine.source.TableBlock;
import org.nianbao.engine.source.TableCell;
import org.nianbao.engine.source.TableRow;

/**
 * Lays out one PDF page: ruled tables are rebuilt from their border lines; the remaining characters
 * are grouped into text lines by baseline. Lines with several widely spaced chunks of which at
 * least two are numbers (a table drawn without borders) become rows of a table whose grid is not
 * known, so the interpreter only uses them when the cell count is unambiguous.
 */
final class PageLayout {
    private static final Pattern NUMBER = Pattern.compile("^[-+－]?[0-9０-９][0-9０-９,，.．]*%?(?:万元|万|元|件|个|次|条)?$");

    /** Running line counter over the whole document. */
    static final class Counter {
        private int value;

        int next() {
            return ++value;
        }
    }

    /** Something placed on the page in reading order: a ruled table with its glyphs, or a line of free text. */
    private sealed interface Entry permits TableEntry, LineEntry {
        float top();
    }

    /** A ruled table and the glyphs inside each of its grid cells (row-major). */
    private record TableEntry(RuledTable table, List<List<Glyph>> cells) implements Entry {
        @Override
        public float top() {
            return table.ys()[0];
        }
    }

    /** One line of glyphs outside every table. */
    private record LineEntry(List<Glyph> glyphs) implements Entry {
        @Override
        public float top() {
            Glyph first = glyphs.get(0);
            return first.y() - first.size() * 0.8f;
        }

        float left() {
            return glyphs.get(0).x();
        }

        float right() {
            Glyph last = glyphs.get(glyphs.size() - 1);
            return last.x() + last.width();
        }
    }


    private PageLayout() {
    }

    static List<Block> layout(List<Glyph> glyphs, List<Ruling> rulings, int page, float pageHeight, Counter counter) {
        List<RuledTable> tables = RuledTable.find(rulings);
        List<List<List<Glyph>>> cellGlyphs = new ArrayList<>();
        for (RuledTable t : tables) {
            List<List<Glyph>> cells = new ArrayList<>();
            int n = t.columns() * t.rows();
            for (int i = 0; i < n; i++) {
                cells.add(new ArrayList<>());
            }
            cellGlyphs.add(cells);
        }
        List<Glyph> free = new ArrayList<>();
        for (Glyph g : glyphs) {
            boolean placed = false;
            for (int k = 0; k < tables.size() && !placed; k++) {
                RuledTable t = tables.get(k);
                int col = RuledTable.slot(t.xs(), g.centerX());
                int row = RuledTable.slot(t.ys(), g.centerY());
                if (col >= 0 && row >= 0) {
                    cellGlyphs.get(k).get(row * t.columns() + col).add(g);
                    placed = true;
                }
            }
            if (!placed) {
                free.add(g);
            }
        }
        List<Entry> entries = new ArrayList<>();
        for (int k = 0; k < tables.size(); k++) {
            entries.add(new TableEntry(tables.get(k), cellGlyphs.get(k)));
        }
        for (List<Glyph> line : lines(free)) {
            entries.add(new LineEntry(line));
        }
        entries.sort(Comparator.comparingDouble(Entry::top));

        float minLeft = Float.MAX_VALUE;
        float maxRight = 0;
        for (Entry e : entries) {
            if (e instanceof LineEntry l) {
                minLeft = Math.min(minLeft, l.left());
                maxRight = Math.max(maxRight, l.right());
            }
        }
        List<Block> blocks = new ArrayList<>();
        List<TableRow> loose = new ArrayList<>();
        int looseStart = 0;
        List<Glyph> previousLine = null;
        for (Entry e : entries) {
            if (e instanceof TableEntry te) {
                previousLine = null;
                flushLoose(blocks, loose, looseStart, page);
                TableBlock tb = grid(te.table(), te.cells(), page, counter);
                if (tb != null) {
                    blocks.add(tb);
                }
                continue;
            }
            List<Glyph> line = ((LineEntry) e).glyphs();
            List<String> chunks = chunks(line);
            long numbers = chunks.stream().filter(c -> NUMBER.matcher(c).matches()).count();
            int lineNo = counter.next();
            if (chunks.size() >= 3 && numbers >= 2) {
                if (loose.isEmpty()) {
                    looseStart = lineNo;
                }
                List<TableCell> cells = new ArrayList<>();
                for (String c : chunks) {
                    cells.add(TableCell.of(c));
                }
                loose.add(new TableRow(cells, lineNo, page));
                previousLine = null;
            } else {
                flushLoose(blocks, loose, looseStart, page);
                String t = text(line);
                if (previousLine != null && !blocks.isEmpty() && blocks.get(blocks.size() - 1) instanceof Paragraph prev
                        && continues(previousLine, line, minLeft, maxRight)) {
                    String p = prev.text();
                    String sep = joinsTight(p.charAt(p.length() - 1), t.charAt(0)) ? "" : " ";
                    blocks.set(blocks.size() - 1, new Paragraph(p + sep + t, prev.line(), page));
                } else {
                    blocks.add(new Paragraph(t, lineNo, page));
                }
                previousLine = line;
            }
        }
        flushLoose(blocks, loose, looseStart, page);
        return blocks;
    }

    private static void flushLoose(List<Block> blocks, List<TableRow> rows, int start, int page) {
        if (!rows.isEmpty()) {
            blocks.add(new TableBlock(rows, start, page, false, "pdf-text"));
            rows.clear();
        }
    }

    private static TableBlock grid(RuledTable t, List<List<Glyph>> cellGlyphs, int page, Counter counter) {
        int nr = t.rows();
        int nc = t.columns();
        int[] owner = new int[nr * nc];
        for (int i = 0; i < nr; i++) {
            float midY = (t.ys()[i] + t.ys()[i + 1]) / 2;
            for (int j = 0; j < nc; j++) {
                float midX = (t.xs()[j] + t.xs()[j + 1]) / 2;
                int self = i * nc + j;
                if (j > 0 && !t.hasBorder(false, t.xs()[j], midY)) {
                    owner[self] = owner[self - 1];
                } else if (i > 0 && !t.hasBorder(true, t.ys()[i], midX)) {
                    owner[self] = owner[self - nc];
                } else {
                    owner[self] = self;
                }
            }
        }
        List<List<Glyph>> ownerGlyphs = new ArrayList<>();
        for (int k = 0; k < owner.length; k++) {
            ownerGlyphs.add(new ArrayList<>());
        }
        for (int k = 0; k < owner.length; k++) {
            ownerGlyphs.get(owner[k]).addAll(cellGlyphs.get(k));
        }
        List<TableRow> rows = new ArrayList<>();
        for (int i = 0; i < nr; i++) {
            List<TableCell> cells = new ArrayList<>();
            boolean any = false;
            for (int j = 0; j < nc; j++) {
                int self = i * nc + j;
                if (owner[self] != self) {
                    cells.add(TableCell.coveredCell());
                } else {
                    String text = cellText(ownerGlyphs.get(self));
                    any |= !text.isEmpty();
                    cells.add(TableCell.of(text));
                }
            }
            if (any) {
                rows.add(new TableRow(cells, counter.next(), page));
            }
        }
        if (rows.isEmpty()) {
            return null;
        }
        return new TableBlock(rows, rows.get(0).line(), page, true, "pdf-ruled");
    }

    private static String cellText(List<Glyph> glyphs) {
        if (glyphs.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (List<Glyph> line : lines(glyphs)) {
            String t = text(line);
            if (sb.length() > 0 && !t.isEmpty()) {
                // A cell's lines are the cell text wrapped at the cell border: Chinese text and
                // digits continue without a separator ("125" + "9" is 1259), words get a space.
                sb.append(joinsTight(sb.charAt(sb.length() - 1), t.charAt(0)) ? "" : " ");
            }
            sb.append(t);
        }
        return Grid.clean(sb.toString());
    }

    /**
     * True when {@code line} is clearly the wrapped continuation of {@code previous}: the previous
     * line runs to the right margin and does not end a sentence, this line starts at the left
     * margin right below it, in the same font size.
     */
    private static boolean continues(List<Glyph> previous, List<Glyph> line, float minLeft, float maxRight) {
        Glyph last = previous.get(previous.size() - 1);
        Glyph first = line.get(0);
        float size = Math.max(last.size(), first.size());
        if (Math.abs(last.size() - first.size()) > 1f) {
            return false;
        }
        if (last.x() + last.width() < maxRight - 1.5f * size || first.x() > minLeft + 0.5f * size) {
            return false;
        }
        float gap = first.y() - last.y();
        if (gap <= 0 || gap > 1.9f * size) {
            return false;
        }
        return "。！？；：.!?;:".indexOf(last.text().charAt(last.text().length() - 1)) < 0;
    }

    static boolean joinsTight(char before, char after) {
        return !(Character.isLetter(before) && before < 0x3000 && Character.isLetter(after) && after < 0x3000);
    }

    // ------------------------------------------------------------------ text lines

    /** Groups glyphs into lines by baseline, top to bottom, each line left to right. */
    static List<List<Glyph>> lines(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::y).thenComparingDouble(Glyph::x));
        List<List<Glyph>> lines = new ArrayList<>();
        List<Glyph> current = null;
        float baseline = 0;
        for (Glyph g : sorted) {
            if (current == null || Math.abs(g.y() - baseline) > g.size() * 0.4f) {
                current = new ArrayList<>();
                lines.add(current);
                baseline = g.y();
            }
            current.add(g);
        }
        for (List<Glyph> l : lines) {
            l.sort(Comparator.comparingDouble(Glyph::x));
        }
        return lines;
    }

    private static String text(List<Glyph> line) {
        StringBuilder sb = new StringBuilder();
        Glyph prev = null;
        for (Glyph g : line) {
            if (prev != null && g.x() - (prev.x() + prev.width()) > g.size() * 0.25f) {
                sb.append(' ');
            }
            sb.append(g.text());
            prev = g;
        }
        return Grid.clean(sb.toString()).replace('\n', ' ');
    }

    /** Splits a line where the gap between characters is wider than about one character. */
    private static List<String> chunks(List<Glyph> line) {
        List<String> out = new ArrayList<>();
        List<Glyph> cur = new ArrayList<>();
        Glyph prev = null;
        for (Glyph g : line) {
            if (prev != null && g.x() - (prev.x() + prev.width()) > g.size() * 1.2f) {
                out.add(text(cur));
                cur = new ArrayList<>();
            }
            cur.add(g);
            prev = g;
        }
        if (!cur.isEmpty()) {
            out.add(text(cur));
        }
        return out;
    }
}
