package org.nianbao.engine.extract.doc;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.nianbao.engine.extract.BlockCollector;
import org.nianbao.engine.extract.Grid;
import org.nianbao.engine.extract.SpanRows;
import org.nianbao.engine.source.DocumentReader;
import org.nianbao.engine.source.SourceDocument;
import org.nianbao.engine.source.TableRow;
import org.nianbao.engine.source.UnreadableInputException;

/**
 * Legacy Word 97–2003 documents (.doc) and WPS files in the Word-compatible OLE2 format, via Apache
 * POI HWPF. Tables are rebuilt on a grid made from the cells' left and right edges (Word 97 stores
 * horizontal merges as wider cells) and the vertical-merge flags. Recognised by the OLE2 signature
 * (D0 CF 11 E0) and a WordDocument stream, not by the extension.
 */
public final class DocReader implements DocumentReader {
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1};

    @Override
    public String format() {
        return "doc";
    }

    @Override
    public boolean accepts(byte[] head, String fileName) {
        if (head.length < OLE2.length) {
            return false;
        }
        for (int i = 0; i < OLE2.length; i++) {
            if (head[i] != OLE2[i]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public SourceDocument read(Path file, byte[] content) throws UnreadableInputException {
        POIFSFileSystem fs;
        try {
            fs = new POIFSFileSystem(new ByteArrayInputStream(content));
        } catch (IOException | RuntimeException e) {
            throw new UnreadableInputException("corrupt", "OLE2 复合文档（.doc/.wps）损坏或不完整，无法打开", e);
        }
        try (fs) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage")) {
                throw new UnreadableInputException("unsupported", "文件已加密（设置了打开密码），无法读取；请提供未加密的文件");
            }
            if (!root.hasEntry("WordDocument")) {
                throw new UnreadableInputException("unsupported",
                        "OLE2 文件中没有 Word 文档内容（可能是 Excel、PowerPoint 或旧版 WPS 专有格式），请另存为 .docx 或 PDF 后再检查");
            }
            HWPFDocument doc;
            try {
                doc = new HWPFDocument(root);
            } catch (org.apache.poi.EncryptedDocumentException e) {
                throw new UnreadableInputException("unsupported", "文件已加密（设置了打开密码），无法读取；请提供未加密的文件", e);
            } catch (org.apache.poi.OldFileFormatException e) {
                throw new UnreadableInputException("unsupported", "Word 6/95 等旧版格式不受支持，请另存为 .docx 或 PDF 后再检查", e);
            } catch (IOException | RuntimeException e) {
                throw new UnreadableInputException("corrupt", "Word（.doc）文件损坏，无法解析", e);
            }
            BlockCollector out = new BlockCollector();
            walk(doc.getRange(), out);
            if (out.isEmpty()) {
                throw new UnreadableInputException("empty", "Word 文档中没有文字");
            }
            String fmt = file.getFileName() != null && file.getFileName().toString().toLowerCase().endsWith(".wps")
                    ? "wps" : format();
            return new SourceDocument(file.toString(), fmt, out.blocks(),
                    List.of("Word 97-2003（OLE2）：读取 " + out.paragraphCount() + " 个段落、" + out.tableCount() + " 个表格"));
        } catch (IOException e) {
            throw new UnreadableInputException("io", "读取 Word 文档失败（" + org.nianbao.engine.extract.IoReasons.chinese(e) + "）", e);
        }
    }

    private static void walk(Range range, BlockCollector out) {
        ListNumbers numbering = new ListNumbers();
        int n = range.numParagraphs();
        for (int i = 0; i < n; i++) {
            org.apache.poi.hwpf.usermodel.Paragraph p = range.getParagraph(i);
            if (p.isInTable()) {
                Table t;
                try {
                    t = range.getTable(p);
                } catch (RuntimeException e) {
                    t = null;
                }
                if (t != null && t.numParagraphs() > 0) {
                    int first = out.line() + 1;
                    out.table(table(t, out), first, "doc-table");
                    i += t.numParagraphs() - 1;
                    continue;
                }
            }
            out.paragraphs(clean(numbering.label(p) + p.text()));
        }
    }

    /** Rebuilds the grid from cell edges: every distinct edge is a column boundary. Each row takes the next line. */
    private static List<TableRow> table(Table t, BlockCollector out) {
        TreeSet<Integer> edges = new TreeSet<>();
        for (int r = 0; r < t.numRows(); r++) {
            org.apache.poi.hwpf.usermodel.TableRow row = t.getRow(r);
            for (int c = 0; c < row.numCells(); c++) {
                TableCell cell = row.getCell(c);
                edges.add(cell.getLeftEdge());
                edges.add(cell.getLeftEdge() + cell.getWidth());
            }
        }
        List<Integer> bounds = snap(new ArrayList<>(edges));
        SpanRows rows = new SpanRows();
        for (int r = 0; r < t.numRows(); r++) {
            org.apache.poi.hwpf.usermodel.TableRow row = t.getRow(r);
            int expectedCol = 0;
            for (int c = 0; c < row.numCells(); c++) {
                TableCell cell = row.getCell(c);
                int startCol = index(bounds, cell.getLeftEdge());
                int endCol = index(bounds, cell.getLeftEdge() + cell.getWidth());
                int span = Math.max(1, endCol - startCol);
                while (expectedCol < startCol) {
                    // a gap before the cell (gridBefore): blank positions
                    rows.blank();
                    expectedCol++;
                }
                boolean continuation = cell.isVerticallyMerged() && !cell.isFirstVerticallyMerged();
                if (!continuation || !rows.continueMerge(startCol)) {
                    rows.cell(clean(cell.text()), startCol, span, cell.isFirstVerticallyMerged());
                }
                expectedCol = startCol + span;
            }
            rows.endRow(out.nextLine());
        }
        return rows.expand(0);
    }

    /** Edges closer than ~1 mm (57 twips) are the same boundary. */
    private static List<Integer> snap(List<Integer> sorted) {
        List<Integer> out = new ArrayList<>();
        for (int e : sorted) {
            if (out.isEmpty() || e - out.get(out.size() - 1) > 57) {
                out.add(e);
            }
        }
        return out;
    }

    private static int index(List<Integer> bounds, int edge) {
        int best = 0;
        int bestDist = Integer.MAX_VALUE;
        for (int i = 0; i < bounds.size(); i++) {
            int d = Math.abs(bounds.get(i) - edge);
            if (d < bestDist) {
                bestDist = d;
                best = i;
            }
        }
        return best;
    }

    /** Strips field codes, cell/row marks and control characters; keeps paragraph breaks. */
    static String clean(String raw) {
        String s = Range.stripFields(raw == null ? "" : raw);
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\r' || c == '\u000b' || c == '\u0007' || c == '\f') {
                sb.append('\n');
            } else if (c == '\t') {
                sb.append(' ');
            } else if (c >= 0x20 || c == '\n') {
                sb.append(c);
            }
        }
        return Grid.clean(sb.toString());
    }

    /**
     * Word 97 automatic list numbers ("一、" before a heading is generated, not stored in the text).
     * Counted per list instance and level; only number formats verified against real files are
     * rendered (decimal, Chinese counting, letters), others give no label.
     */
    static final class ListNumbers {
        private final java.util.Map<Integer, int[]> counters = new java.util.HashMap<>();

        String label(org.apache.poi.hwpf.usermodel.Paragraph p) {
            try {
                if (!p.isInList() || p.getList() == null) {
                    return "";
                }
                org.apache.poi.hwpf.usermodel.HWPFList list = p.getList();
                int level = Math.min(Math.max(p.getIlvl(), 0), 8);
                int[] count = counters.computeIfAbsent(p.getIlfo(), k -> new int[9]);
                count[level]++;
                for (int l = level + 1; l < 9; l++) {
                    count[l] = 0;
                }
                String text = list.getNumberText((char) level);
                if (text == null) {
                    return "";
                }
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < text.length(); i++) {
                    char c = text.charAt(i);
                    if (c < 9) {
                        int l = c;
                        if (l > level) {
                            return "";
                        }
                        String n = format(list.getStartAt((char) l) + Math.max(count[l], 1) - 1,
                                list.getNumberFormat((char) l));
                        if (n == null) {
                            return "";
                        }
                        sb.append(n);
                    } else {
                        sb.append(c);
                    }
                }
                return sb.toString();
            } catch (RuntimeException e) {
                return "";
            }
        }

        /** Word 97 number format codes (nfc): 0 decimal, 3/4 upper/lower letter, 0x27 Chinese counting. */
        static String format(int n, int nfc) {
            if (n <= 0) {
                return null;
            }
            return switch (nfc) {
                case 0 -> Integer.toString(n);
                case 3 -> n <= 26 ? String.valueOf((char) ('A' + n - 1)) : null;
                case 4 -> n <= 26 ? String.valueOf((char) ('a' + n - 1)) : null;
                case 0x27 -> org.nianbao.engine.extract.docx.ListNumbering.chinese(n);
                default -> null;
            };
        }
    }
}
