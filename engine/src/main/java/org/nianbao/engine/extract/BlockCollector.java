package org.nianbao.engine.extract;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.engine.source.Block;
import org.nianbao.engine.source.Paragraph;
import org.nianbao.engine.source.TableBlock;
import org.nianbao.engine.source.TableCell;
import org.nianbao.engine.source.TableRow;

/**
 * The reader toolkit's document under construction, shared by all five readers: blocks in reading
 * order, the line numbers, the page, and the paragraph and table counts a reader reports in its note.
 * <ul>
 *   <li>Line numbers: the running counter gives each paragraph and each table row the next line (HTML,
 *       Word, PDF); the text reader places blocks on their source lines instead ({@link #paragraphAt}).</li>
 *   <li>Empty rows (no cell with text) are dropped from every table; a table of empty rows is none.</li>
 *   <li>Page numbers: a paragraph in one of the {@link PageNumbers#isFooter unambiguous} page-number
 *       forms is never added (its line number stays used, so the lines after it do not move). A bare
 *       number is dropped only by {@link #endPage}, for readers with pages, when it is among the first
 *       or last two blocks of its page.</li>
 * </ul>
 */
public final class BlockCollector {
    private final List<Block> blocks = new ArrayList<>();
    private int line;
    private int paragraphs;
    private int tables;
    private int page;
    private int pageStart;

    /** Adds every non-blank line of {@code text} (already cleaned by the reader) as a paragraph, stripped. */
    public void paragraphs(String text) {
        for (String part : text.split("\n")) {
            if (!part.isBlank()) {
                paragraph(part.strip());
            }
        }
    }

    /**
     * Adds one paragraph (non-empty, already cleaned and stripped) on the next line. False when it is
     * a page number and was dropped.
     */
    public boolean paragraph(String text) {
        return paragraphAt(text, ++line);
    }

    /**
     * Adds one paragraph on a given line: a source line (text reader) or a line already given out (text
     * found in a table row that is not a table). False when it is a page number and was dropped.
     */
    public boolean paragraphAt(String text, int lineNo) {
        line = Math.max(line, lineNo);
        if (PageNumbers.isFooter(text)) {
            return false;
        }
        blocks.add(new Paragraph(text, lineNo, page));
        paragraphs++;
        return true;
    }

    /** The last block when it is a paragraph on the current page, else null. */
    public Paragraph lastParagraph() {
        if (blocks.size() > pageStart && blocks.get(blocks.size() - 1) instanceof Paragraph p) {
            return p;
        }
        return null;
    }

    /** Appends {@code more} to the {@link #lastParagraph} (a wrapped line continuing it); its line stays. */
    public void extendLastParagraph(String more) {
        Paragraph p = lastParagraph();
        if (p == null) {
            throw new IllegalStateException("no paragraph to extend on this page");
        }
        blocks.set(blocks.size() - 1, new Paragraph(p.text() + more, p.line(), p.page()));
    }

    /** The next line number (a table row about to be added). */
    public int nextLine() {
        return ++line;
    }

    /** The last line number given out. */
    public int line() {
        return line;
    }

    /**
     * Adds a table whose grid is known (rows expanded from the source's cells) made of {@code rows}
     * without its empty rows; nothing when every row is empty. {@code firstLine} is the line of its first row.
     */
    public void table(List<TableRow> rows, int firstLine, String method) {
        table(rows, firstLine, method, true);
    }

    /**
     * Adds a table, {@code gridKnown} false when its cells were told apart by spacing or separators only
     * (text and borderless PDF rows), without its empty rows; nothing when every row is empty.
     */
    public void table(List<TableRow> rows, int firstLine, String method, boolean gridKnown) {
        List<TableRow> kept = withoutEmptyRows(rows);
        if (!kept.isEmpty()) {
            blocks.add(new TableBlock(kept, firstLine, page, gridKnown, method));
            tables++;
        }
    }

    /**
     * Adds a table given as rows of cells: empty rows are dropped first, and each remaining row takes
     * the next line number (the PDF reader, whose empty grid rows are no lines of the page).
     */
    public void numberedTable(List<List<TableCell>> cells, String method) {
        List<TableRow> rows = new ArrayList<>();
        for (List<TableCell> r : cells) {
            if (hasText(r)) {
                rows.add(new TableRow(r, nextLine(), page));
            }
        }
        if (!rows.isEmpty()) {
            table(rows, rows.get(0).line(), method);
        }
    }

    /** The rows that have at least one cell with text. */
    public static List<TableRow> withoutEmptyRows(List<TableRow> rows) {
        List<TableRow> kept = new ArrayList<>();
        for (TableRow r : rows) {
            if (hasText(r.cells())) {
                kept.add(r);
            }
        }
        return kept;
    }

    private static boolean hasText(List<TableCell> cells) {
        for (TableCell c : cells) {
            if (!c.text().isEmpty()) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ pages

    /** The current page (1-based; 0 for a reader without pages). */
    public int page() {
        return page;
    }

    /** Starts page {@code n} (1-based): the blocks that follow are on it. */
    public void startPage(int n) {
        page = n;
        pageStart = blocks.size();
    }

    /**
     * Ends the current page. Drops the bare page numbers ({@link PageNumbers#isMarginNumber}) among the
     * page's first or last two blocks, then joins a table that opens the page to a table that closed the
     * previous page when both grids are known and equally wide (a table continued over a page break).
     * True when such a join was made.
     */
    public boolean endPage() {
        List<Block> onPage = blocks.subList(pageStart, blocks.size());
        int n = onPage.size();
        List<Block> kept = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Block b = onPage.get(i);
            boolean margin = i <= 1 || i >= n - 2;
            if (margin && b instanceof Paragraph p && PageNumbers.isMarginNumber(p.text())) {
                paragraphs--;
                continue;
            }
            kept.add(b);
        }
        onPage.clear();
        boolean joined = false;
        if (!kept.isEmpty() && pageStart > 0 && kept.get(0) instanceof TableBlock t
                && blocks.get(pageStart - 1) instanceof TableBlock prev && prev.page() == page - 1
                && prev.gridKnown() && t.gridKnown()
                && prev.rows().get(0).cells().size() == t.rows().get(0).cells().size()) {
            List<TableRow> rows = new ArrayList<>(prev.rows());
            rows.addAll(t.rows());
            blocks.set(pageStart - 1, new TableBlock(rows, prev.line(), prev.page(), true, prev.method()));
            kept.remove(0);
            joined = true;
        }
        blocks.addAll(kept);
        pageStart = blocks.size();
        return joined;
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

    /** Tables added, the parts of a table continued over a page break counted each. */
    public int tableCount() {
        return tables;
    }
}
