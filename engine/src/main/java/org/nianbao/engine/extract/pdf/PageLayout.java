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

    private record Entry(float top, Object content) {
    }

    private record Table(List<Ruling> rulings, float[] xs, float[] ys) {
    }

    private PageLayout() {
    }

    static List<Block> layout(List<Glyph> glyphs, List<Ruling> rulings, int page, float pageHeight, Counter counter) {
        List<Table> tables = findTables(rulings);
        List<List<List<Glyph>>> cellGlyphs = new ArrayList<>();
        for (Table t : tables) {
            List<List<Glyph>> cells = new ArrayList<>();
            int n = (t.xs.length - 1) * (t.ys.length - 1);
            for (int i = 0; i < n; i++) {
                cells.add(new ArrayList<>());
            }
            cellGlyphs.add(cells);
        }
        List<Glyph> free = new ArrayList<>();
        for (Glyph g : glyphs) {
            boolean placed = false;
            for (int k = 0; k < tables.size() && !placed; k++) {
                Table t = tables.get(k);
                int col = slot(t.xs, g.centerX());
                int row = slot(t.ys, g.centerY());
                if (col >= 0 && row >= 0) {
                    cellGlyphs.get(k).get(row * (t.xs.length - 1) + col).add(g);
                    placed = true;
                }
            }
            if (!placed) {
                free.add(g);
            }
        }
        List<Entry> entries = new ArrayList<>();
        for (int k = 0; k < tables.size(); k++) {
            entries.add(new Entry(tables.get(k).ys[0], new Object[] {tables.get(k), cellGlyphs.get(k)}));
        }
        for (List<Glyph> line : lines(free)) {
            entries.add(new Entry(line.get(0).y() - line.get(0).size() * 0.8f, line));
        }
        entries.sort(Comparator.comparingDouble(Entry::top));

        float minLeft = Float.MAX_VALUE;
        float maxRight = 0;
        for (Entry e : entries) {
            if (e.content instanceof List<?> l) {
                @SuppressWarnings("unchecked")
                List<Glyph> line = (List<Glyph>) l;
                minLeft = Math.min(minLeft, line.get(0).x());
                Glyph last = line.get(line.size() - 1);
                maxRight = Math.max(maxRight, last.x() + last.width());
            }
        }
        List<Block> blocks = new ArrayList<>();
        List<TableRow> loose = new ArrayList<>();
        int looseStart = 0;
        List<Glyph> previousLine = null;
        for (Entry e : entries) {
            if (e.content instanceof Object[] arr) {
                previousLine = null;
                flushLoose(blocks, loose, looseStart, page);
                @SuppressWarnings("unchecked")
                List<List<Glyph>> cells = (List<List<Glyph>>) arr[1];
                TableBlock tb = grid((Table) arr[0], cells, page, counter);
                if (tb != null) {
                    blocks.add(tb);
                }
                continue;
            }
            @SuppressWarnings("unchecked")
            List<Glyph> line = (List<Glyph>) e.content;
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

    /** Index of the interval of {@code bounds} that holds v, or -1. */
    private static int slot(float[] bounds, float v) {
        if (v < bounds[0] || v > bounds[bounds.length - 1]) {
            return -1;
        }
        for (int i = 0; i + 1 < bounds.length; i++) {
            if (v >= bounds[i] && v <= bounds[i + 1]) {
                return i;
            }
        }
        return -1;
    }

    // ------------------------------------------------------------------ ruled tables

    private static List<Table> findTables(List<Ruling> raw) {
        List<Ruling> merged = new ArrayList<>();
        merged.addAll(merge(raw, true));
        merged.addAll(merge(raw, false));
        int n = merged.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < n; i++) {
            Ruling a = merged.get(i);
            if (!a.horizontal()) {
                continue;
            }
            for (int j = 0; j < n; j++) {
                Ruling b = merged.get(j);
                if (b.horizontal()) {
                    continue;
                }
                if (a.covers(b.pos(), 3f) && b.covers(a.pos(), 3f)) {
                    parent[find(parent, i)] = find(parent, j);
                }
            }
        }
        List<Table> tables = new ArrayList<>();
        boolean[] done = new boolean[n];
        for (int i = 0; i < n; i++) {
            int root = find(parent, i);
            if (done[root]) {
                continue;
            }
            done[root] = true;
            List<Ruling> comp = new ArrayList<>();
            for (int j = 0; j < n; j++) {
                if (find(parent, j) == root) {
                    comp.add(merged.get(j));
                }
            }
            float[] ys = positions(comp, true);
            float[] xs = positions(comp, false);
            // at least two columns: a framed box around running text is not a table
            if (ys.length >= 2 && xs.length >= 3) {
                tables.add(new Table(comp, xs, ys));
            }
        }
        tables.sort(Comparator.comparingDouble(t -> t.ys[0]));
        return tables;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** Joins collinear segments that touch or overlap. */
    private static List<Ruling> merge(List<Ruling> raw, boolean horizontal) {
        List<Ruling> list = new ArrayList<>();
        for (Ruling r : raw) {
            if (r.horizontal() == horizontal) {
                list.add(r);
            }
        }
        list.sort(Comparator.comparingDouble(Ruling::pos).thenComparingDouble(Ruling::from));
        List<Ruling> out = new ArrayList<>();
        for (Ruling r : list) {
            boolean joined = false;
            for (int k = out.size() - 1; k >= 0 && k >= out.size() - 50; k--) {
                Ruling o = out.get(k);
                if (Math.abs(o.pos() - r.pos()) <= 1.2f && r.from() <= o.to() + 2f && r.to() >= o.from() - 2f) {
                    out.set(k, new Ruling(horizontal, o.pos(), Math.min(o.from(), r.from()), Math.max(o.to(), r.to())));
                    joined = true;
                    break;
                }
            }
            if (!joined) {
                out.add(r);
            }
        }
        return out;
    }

    /** Distinct positions of the component's horizontal (y) or vertical (x) lines; closer than 3 pt is one. */
    private static float[] positions(List<Ruling> comp, boolean horizontal) {
        List<Float> ps = new ArrayList<>();
        for (Ruling r : comp) {
            if (r.horizontal() == horizontal) {
                ps.add(r.pos());
            }
        }
        ps.sort(Float::compare);
        List<Float> out = new ArrayList<>();
        for (float p : ps) {
            if (out.isEmpty() || p - out.get(out.size() - 1) > 3f) {
                out.add(p);
            }
        }
        float[] a = new float[out.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = out.get(i);
        }
        return a;
    }

    private static boolean border(Table t, boolean horizontal, float pos, float at) {
        for (Ruling r : t.rulings) {
            if (r.horizontal() == horizontal && Math.abs(r.pos() - pos) <= 3f && r.covers(at, -1f)) {
                return true;
            }
        }
        return false;
    }

    private static TableBlock grid(Table t, List<List<Glyph>> cellGlyphs, int page, Counter counter) {
        int nr = t.ys.length - 1;
        int nc = t.xs.length - 1;
        int[] owner = new int[nr * nc];
        for (int i = 0; i < nr; i++) {
            float midY = (t.ys[i] + t.ys[i + 1]) / 2;
            for (int j = 0; j < nc; j++) {
                float midX = (t.xs[j] + t.xs[j + 1]) / 2;
                int self = i * nc + j;
                if (j > 0 && !border(t, false, t.xs[j], midY)) {
                    owner[self] = owner[self - 1];
                } else if (i > 0 && !border(t, true, t.ys[i], midX)) {
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
