package org.nianbao.engine.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.nianbao.engine.source.Block;
import org.nianbao.engine.source.DocumentReader;
import org.nianbao.engine.source.Paragraph;
import org.nianbao.engine.source.SourceDocument;
import org.nianbao.engine.source.TableBlock;
import org.nianbao.engine.source.TableCell;
import org.nianbao.engine.source.TableRow;
import org.nianbao.engine.source.UnreadableInputException;

/**
 * Plain-text reports (UTF-8 with or without BOM, GB18030/GBK). Lines with tab or pipe separators
 * become table rows; consecutive table lines (blank lines between them allowed) form one table.
 * Separator lines (---, |---|) are dropped. Everything else is a paragraph, one per line.
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
        List<Block> blocks = new ArrayList<>();
        List<TableRow> rows = new ArrayList<>();
        int tableStart = 0;
        String method = null;
        int pendingBlank = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = stripControl(lines[i]);
            int lineNo = i + 1;
            String sep = separatorOf(line);
            if (sep != null) {
                if (rows.isEmpty()) {
                    tableStart = lineNo;
                    method = sep.equals("\t") ? "text-tab" : "text-pipe";
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
                flush(blocks, rows, tableStart, method);
                continue;
            }
            flush(blocks, rows, tableStart, method);
            pendingBlank = 0;
            blocks.add(new Paragraph(line.strip(), lineNo));
        }
        flush(blocks, rows, tableStart, method);
        return blocks;
    }

    private static void flush(List<Block> blocks, List<TableRow> rows, int start, String method) {
        if (!rows.isEmpty()) {
            blocks.add(new TableBlock(rows, start, 0, false, method));
            rows.clear();
        }
    }

    /** "\t" or "|" when the line is a delimited table row, else null. */
    static String separatorOf(String line) {
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
        return null;
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
