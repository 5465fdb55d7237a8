package org.nianbao.engine.extract;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.engine.source.TableCell;
import org.nianbao.engine.source.TableRow;

/**
 * Expands a table given as rows of cells with row and column spans into a rectangular grid: one
 * cell per grid column in every row, positions covered by a merged cell marked
 * {@link TableCell#coveredCell()} and the text kept in the top-left position. Spans are bounded so
 * that a malformed file cannot blow the grid up.
 */
public final class Grid {
    /** Largest span honoured; larger values are clamped. */
    public static final int MAX_SPAN = 200;
    /** Widest grid built; cells beyond it are dropped (no real report table comes near it). */
    public static final int MAX_COLUMNS = 400;

    /** One source cell: text and spans (at least 1). */
    public record SpanCell(String text, int rowSpan, int colSpan) {
    }

    private Grid() {
    }

    /**
     * @param rows    the source rows; each row lists the cells that start in it, left to right
     * @param lines   the line number of each row
     * @param page    page of the table (0 when not paged)
     */
    public static List<TableRow> expand(List<List<SpanCell>> rows, List<Integer> lines, int page) {
        int n = rows.size();
        List<TableCell[]> grid = new ArrayList<>();
        List<boolean[]> taken = new ArrayList<>();
        int width = 0;
        for (int r = 0; r < n; r++) {
            ensure(grid, taken, r);
            int c = 0;
            for (SpanCell cell : rows.get(r)) {
                while (c < MAX_COLUMNS && taken.get(r)[c]) {
                    c++;
                }
                if (c >= MAX_COLUMNS) {
                    break;
                }
                int rs = clamp(cell.rowSpan());
                int cs = Math.min(clamp(cell.colSpan()), MAX_COLUMNS - c);
                rs = Math.min(rs, n - r);
                for (int dr = 0; dr < rs; dr++) {
                    ensure(grid, taken, r + dr);
                    for (int dc = 0; dc < cs; dc++) {
                        taken.get(r + dr)[c + dc] = true;
                        grid.get(r + dr)[c + dc] = dr == 0 && dc == 0 ? TableCell.of(cell.text())
                                : TableCell.coveredCell();
                    }
                }
                c += cs;
                width = Math.max(width, c);
            }
        }
        List<TableRow> result = new ArrayList<>();
        for (int r = 0; r < n; r++) {
            List<TableCell> cells = new ArrayList<>(width);
            TableCell[] g = grid.get(r);
            for (int c = 0; c < width; c++) {
                cells.add(g[c] == null ? TableCell.of("") : g[c]);
            }
            result.add(new TableRow(cells, lines.get(r), page));
        }
        return result;
    }

    private static int clamp(int span) {
        return Math.max(1, Math.min(span, MAX_SPAN));
    }

    private static void ensure(List<TableCell[]> grid, List<boolean[]> taken, int r) {
        while (grid.size() <= r) {
            grid.add(new TableCell[MAX_COLUMNS]);
            taken.add(new boolean[MAX_COLUMNS]);
        }
    }

    /** Collapses runs of white space (including no-break and ideographic spaces) and trims. */
    public static String clean(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n') {
                // keep line breaks inside cells, drop spaces around them
                while (sb.length() > 0 && sb.charAt(sb.length() - 1) == ' ') {
                    sb.setLength(sb.length() - 1);
                }
                if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '\n') {
                    sb.append('\n');
                }
                space = false;
                continue;
            }
            boolean ws = Character.isWhitespace(c) || c == '\u00A0' || c == '\u3000' || c == '\u2007'
                    || c == '\u202F' || c == '\uFEFF' || c == '\u200B' || Character.isISOControl(c);
            if (ws) {
                space = true;
                continue;
            }
            if (space && sb.length() > 0 && sb.charAt(sb.length() - 1) != '\n') {
                sb.append(' ');
            }
            space = false;
            sb.append(c);
        }
        int end = sb.length();
        while (end > 0 && (sb.charAt(end - 1) == '\n' || sb.charAt(end - 1) == ' ')) {
            end--;
        }
        return sb.substring(0, end);
    }
}
