package org.nianbao.engine.extract.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.nianbao.engine.extract.BlockCollector;
import org.nianbao.engine.source.TableCell;
import org.nianbao.engine.source.TableRow;

/**
 * Lays out one PDF page in reading order into the document's {@link BlockCollector}: the ruled tables
 * and borderless table rows that {@link PageTables} detects, and the remaining characters as one
 * paragraph per text line, a line that visibly wraps the one above joined to its paragraph.
 */
final class PageLayout {
    /** Something placed on the page in reading order: a ruled table, or a line of free text. */
    private sealed interface Entry permits TableEntry, LineEntry {
        float top();
    }

    private record TableEntry(PageTables.Ruled table) implements Entry {
        @Override
        public float top() {
            return table.top();
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

    /** Adds the page's blocks to {@code out}, whose current page is this one. */
    static void layout(List<Glyph> glyphs, List<Ruling> rulings, BlockCollector out) {
        PageTables tables = PageTables.detect(glyphs, rulings);
        List<Entry> entries = new ArrayList<>();
        for (PageTables.Ruled t : tables.ruled()) {
            entries.add(new TableEntry(t));
        }
        for (List<Glyph> line : TextLines.lines(tables.free())) {
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
        Borderless loose = new Borderless(out);
        List<Glyph> previousLine = null;
        for (Entry e : entries) {
            if (e instanceof TableEntry te) {
                previousLine = null;
                loose.flush();
                out.numberedTable(PageTables.rows(te.table()), "pdf-ruled");
                continue;
            }
            List<Glyph> line = ((LineEntry) e).glyphs();
            List<TableCell> row = PageTables.borderlessRow(line);
            int lineNo = out.nextLine();
            if (row != null) {
                loose.add(row, lineNo);
                previousLine = null;
                continue;
            }
            loose.flush();
            String t = TextLines.text(line);
            if (previousLine != null && out.lastParagraph() != null && continues(previousLine, line, minLeft, maxRight)) {
                String p = out.lastParagraph().text();
                out.extendLastParagraph((TextLines.joinsTight(p.charAt(p.length() - 1), t.charAt(0)) ? "" : " ") + t);
                previousLine = line;
            } else {
                // a dropped page number is no line that the next one could continue
                previousLine = out.paragraphAt(t, lineNo) ? line : null;
            }
        }
        loose.flush();
    }

    /** Consecutive rows of a table drawn without borders: one table whose grid is not known. */
    private static final class Borderless {
        private final BlockCollector out;
        private final List<TableRow> rows = new ArrayList<>();
        private int start;

        Borderless(BlockCollector out) {
            this.out = out;
        }

        void add(List<TableCell> cells, int line) {
            if (rows.isEmpty()) {
                start = line;
            }
            rows.add(new TableRow(cells, line, out.page()));
        }

        void flush() {
            if (!rows.isEmpty()) {
                out.table(List.copyOf(rows), start, "pdf-text", false);
                rows.clear();
            }
        }
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
}
