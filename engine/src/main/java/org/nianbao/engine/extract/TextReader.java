package org.nianbao.engine.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.nianbao.engine.source.Block;
import org.nianbao.engine.source.DocumentReader;
import org.nianbao.engine.source.SourceDocument;
import org.nianbao.engine.source.TableCell;
import org.nianbao.engine.source.TableRow;
import org.nianbao.engine.source.UnreadableInputException;

/**
 * Plain-text reports (UTF-8 with or without BOM, GB18030/GBK). Lines with tab or pipe separators
 * become table rows; consecutive table lines (blank lines between them allowed) form one table.
 * Separator lines (---, |---|) are dropped, and page footers in their unambiguous forms
 * ({@link PageNumbers#isFooter}; a bare number may be a table cell and stays). Everything else is a
 * paragraph, one per line. Blocks are built through {@link BlockCollector} on their source lines.
 */
public final class TextReader implements DocumentReader {
    @Override
    public String format() {
        return "txt";
    }

    @Override
    public boolean accepts(byte[] head, String fileName) {
        return !TextDecoder.looksBinary(head);
    }

    @Override
    public SourceDocument read(Path file, byte[] content) throws UnreadableInputException {
        TextDecoder.Decoded decoded = TextDecoder.decode(content);
        List<Block> blocks = parse(decoded.text());
        return new SourceDocument(file.toString(), format(), blocks, List.of("编码：" + decoded.charset()));
    }

    /** Splits decoded text into paragraphs and tables. Public for tests and for other text-like readers. */
    public static List<Block> parse(String text) {
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        lines = foldCellPerLine(lines);
        BlockCollector out = new BlockCollector();
        List<TableRow> rows = new ArrayList<>();
        int tableStart = 0;
        String method = null;
        int pendingBlank = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i] == null ? null : stripControl(lines[i]);
            int lineNo = i + 1;
            if (line == null || isPageFooter(line)) {
                continue;
            }
            line = MD_HEADING.matcher(line).replaceFirst("");
            String sep = separatorOf(line);
            if (sep != null) {
                if (rows.isEmpty()) {
                    tableStart = lineNo;
                    method = sep.equals("\t") ? "text-tab" : sep.equals("|") ? "text-pipe"
                            : sep.equals(LABELLED) ? "text-spaced"
                            : sep.equals(FOLDED) ? "text-cell-per-line" : "text-spaced";
                }
                pendingBlank = 0;
                if (!isRuleLine(line)) {
                    rows.add(new TableRow(split(line, sep), lineNo));
                }
                continue;
            }
            if (line.isBlank()) {
                if (!rows.isEmpty()) {
                    pendingBlank++;
                    if (pendingBlank <= 2) {
                        continue;
                    }
                }
                flush(out, rows, tableStart, method);
                continue;
            }
            flush(out, rows, tableStart, method);
            pendingBlank = 0;
            out.paragraphAt(line.strip(), lineNo);
        }
        flush(out, rows, tableStart, method);
        return out.blocks();
    }

    /** A table of the text has no known grid: its cells were told apart by separators or spacing. */
    private static void flush(BlockCollector out, List<TableRow> rows, int start, String method) {
        if (!rows.isEmpty()) {
            out.table(List.copyOf(rows), start, method, false);
            rows.clear();
        }
    }

    /** Separator used internally for rows folded from one-cell-per-line text. */
    static final String FOLDED = "\uE000";
    private static final java.util.regex.Pattern SPACE_RUN = java.util.regex.Pattern.compile("[ \u3000]{2,}");
    private static final java.util.regex.Pattern MD_HEADING = java.util.regex.Pattern.compile("^\\s*#{1,6}\\s+");
    private static final String NUM = Numbers.NUMBER;
    private static final java.util.regex.Pattern ALL_NUMBERS = java.util.regex.Pattern.compile(
            "^\\s*(?:(?:" + NUM + ")\\s+){2,}(?:" + NUM + ")\\s*$");

    /** A label followed by three or more numbers separated by single spaces: "（一）予以公开 27 0 0 2 0 1 30". */
    private static final java.util.regex.Pattern LABEL_NUMBERS = java.util.regex.Pattern.compile(
            "^(\\S.*?[^0-9０-９\\s,，.．])\\s+((?:(?:" + NUM + ")\\s+){2,}(?:" + NUM + "))$");
    static final String LABELLED = "label+numbers";

    private static final java.util.regex.Pattern SECTION_HEADING = java.util.regex.Pattern.compile(
            "^\\s*[一二三四五六七八九十]{1,3}\\s*[、.．]");
    /** 表三 rows printed like headings (一、本年新收… 四、结转下年度继续办理). */
    private static final java.util.regex.Pattern TABLE_ROW_HEADING = java.util.regex.Pattern.compile(
            "本年新收|上年结转|本年度办理结果|结转下年度");

    /**
     * Page footers of text extracted from PDF: "— 3 —", "- 3 -", "第 3 页 共 9 页", "3/9". A bare number
     * is not one: in text it may be a table cell on a line of its own ({@link PageNumbers#isFooter}).
     */
    static boolean isPageFooter(String line) {
        return PageNumbers.isFooter(line);
    }

    static boolean isValueLine(String line) {
        return Numbers.isCellValue(line);
    }

    /**
     * One cell per line (a table copied out of a PDF or web page): a short label line followed by at
     * least two lines that each hold one number. The label and the numbers are folded into one
     * line joined by {@link #FOLDED}; the lines the numbers came from become null (skipped).
     */
    static String[] foldCellPerLine(String[] lines) {
        String[] out = lines.clone();
        for (int i = 0; i < out.length; i++) {
            String label = out[i];
            if (label == null || label.isBlank() || isValueLine(label) || separatorOfPlain(label) != null
                    || label.strip().length() > 60 || label.contains("。") || isPageFooter(label)
                    || SECTION_HEADING.matcher(label).find() && !TABLE_ROW_HEADING.matcher(label).find()) {
                continue;
            }
            List<String> values = new ArrayList<>();
            int j = i + 1;
            int last = i;
            while (j < out.length && out[j] != null) {
                if (isPageFooter(out[j]) || out[j].isBlank()) {
                    j++;
                    continue;
                }
                if (!isValueLine(out[j])) {
                    break;
                }
                values.add(out[j].strip());
                last = j;
                j++;
            }
            if (values.size() < 2) {
                continue;
            }
            StringBuilder sb = new StringBuilder(label.strip());
            for (String v : values) {
                sb.append(FOLDED).append(v);
            }
            out[i] = sb.toString();
            for (int k = i + 1; k <= last; k++) {
                if (!isPageFooter(out[k])) {
                    out[k] = null;
                }
            }
            i = last;
        }
        return out;
    }

    private static String separatorOfPlain(String line) {
        return line.indexOf('\t') >= 0 || line.indexOf('|') >= 0 || line.indexOf('｜') >= 0 ? "x" : null;
    }

    /** "\t", "|", the fold marker or two-or-more spaces when the line is a delimited table row, else null. */
    static String separatorOf(String line) {
        if (line.indexOf(FOLDED.charAt(0)) >= 0) {
            return FOLDED;
        }
        if (line.indexOf('\t') >= 0 && !line.strip().isEmpty()) {
            return "\t";
        }
        String s = line.strip();
        if (s.indexOf('|') >= 0) {
            int count = 0;
            for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) == '|') {
                    count++;
                }
            }
            if (count >= 1 && (s.startsWith("|") || s.endsWith("|") || count >= 2 || s.contains(" | "))) {
                return "|";
            }
        }
        // Both number-row patterns end in a number: a line that does not cannot match (most prose).
        if (endsWithDigit(s)) {
            if (ALL_NUMBERS.matcher(s).matches()) {
                return " ";
            }
            if (LABEL_NUMBERS.matcher(s).matches()) {
                return LABELLED;
            }
        }
        if (!hasSpaceRun(s)) {
            return null;
        }
        String[] parts = SPACE_RUN.split(s);
        if (parts.length >= 3) {
            int values = 0;
            for (String p : parts) {
                if (isValueLine(p)) {
                    values++;
                }
            }
            if (values >= 2 && values >= parts.length - 2) {
                return "  ";
            }
        }
        return null;
    }

    private static boolean endsWithDigit(String s) {
        if (s.isEmpty()) {
            return false;
        }
        char c = s.charAt(s.length() - 1);
        return c >= '0' && c <= '9' || c >= '０' && c <= '９';
    }

    /** Whether {@link #SPACE_RUN} can match: two spaces (ASCII or ideographic) in a row. */
    private static boolean hasSpaceRun(String s) {
        for (int i = 1; i < s.length(); i++) {
            char a = s.charAt(i - 1);
            char b = s.charAt(i);
            if ((a == ' ' || a == '\u3000') && (b == ' ' || b == '\u3000')) {
                return true;
            }
        }
        return false;
    }

    private static boolean isRuleLine(String line) {
        String s = line.replace('|', ' ').replace('\t', ' ').replace(':', ' ').strip();
        if (s.isEmpty()) {
            return true;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '-' && c != ' ' && c != '—' && c != '=') {
                return false;
            }
        }
        return true;
    }

    static List<TableCell> split(String line, String sep) {
        List<TableCell> cells = new ArrayList<>();
        if (sep.equals(LABELLED)) {
            java.util.regex.Matcher m = LABEL_NUMBERS.matcher(line.strip());
            if (m.matches()) {
                cells.add(TableCell.of(m.group(1).strip()));
                for (String part : m.group(2).split("\\s+")) {
                    cells.add(TableCell.of(part));
                }
                return cells;
            }
        }
        if (sep.equals(FOLDED) || sep.equals(" ") || sep.equals("  ")) {
            String re = sep.equals(FOLDED) ? FOLDED : sep.equals(" ") ? "\\s+" : "[ \u3000]{2,}";
            for (String part : line.strip().split(re, -1)) {
                cells.add(TableCell.of(part.strip()));
            }
            return cells;
        }
        if (sep.equals("\t")) {
            for (String part : line.split("\t", -1)) {
                cells.add(TableCell.of(part.strip()));
            }
            return cells;
        }
        String s = line.strip();
        if (s.startsWith("|")) {
            s = s.substring(1);
        }
        if (s.endsWith("|")) {
            s = s.substring(0, s.length() - 1);
        }
        for (String part : s.split("\\|", -1)) {
            cells.add(TableCell.of(part.strip()));
        }
        return cells;
    }

    private static String stripControl(String line) {
        StringBuilder sb = null;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            boolean bad = (c < 0x20 && c != '\t') || c == '\uFEFF' || c == '\u200B';
            if (bad && sb == null) {
                sb = new StringBuilder(line.substring(0, i));
            } else if (!bad && sb != null) {
                sb.append(c);
            }
        }
        String s = sb == null ? line : sb.toString();
        return s.replace('｜', '|');
    }
}
