package org.nianbao.engine.extract.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.nianbao.engine.extract.BlockCollector;
import org.nianbao.engine.extract.Grid;
import org.nianbao.engine.extract.SpanRows;
import org.nianbao.engine.source.DocumentReader;
import org.nianbao.engine.source.SourceDocument;
import org.nianbao.engine.source.UnreadableInputException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Word 2007+ documents (.docx, and WPS files saved in that format) via Apache POI XWPF. Paragraphs
 * and tables in body order; merged cells (gridSpan, vMerge, gridBefore) expanded into the grid
 * with covered cells; a table whose cells hold tables is a layout table and is walked through.
 */
public final class DocxReader implements DocumentReader {
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /**
     * POI's zip-bomb guard, set when the first .docx is read rather than when the reader is made:
     * touching {@code ZipSecureFile} starts POI's logging (Log4j API → SLF4J), which a check of a
     * text file should not pay for at start-up.
     */
    private static final class ZipLimits {
        static {
            // Zip-bomb guard (POI default is 0.01); entries larger than this are refused.
            ZipSecureFile.setMaxEntrySize(512L * 1024 * 1024);
        }

        static void ensure() {
            // the static initialiser does the work
        }
    }

    @Override
    public String format() {
        return "docx";
    }

    @Override
    public boolean accepts(byte[] head, String fileName) {
        return head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    }

    @Override
    public SourceDocument read(Path file, byte[] content) throws UnreadableInputException {
        ZipLimits.ensure();
        XWPFDocument doc;
        try {
            doc = new XWPFDocument(new ByteArrayInputStream(content));
        } catch (NotOfficeXmlFileException e) {
            refuseBomb(e);
            throw new UnreadableInputException("unsupported", "ZIP 压缩包不是 Word 文档（没有 word/document.xml）", e);
        } catch (IOException | RuntimeException e) {
            refuseBomb(e);
            String msg = String.valueOf(e.getMessage());
            if (msg.contains("document.xml") || msg.contains("content type") || msg.contains("Content_Types")) {
                throw new UnreadableInputException("unsupported", "ZIP 压缩包不是 Word 文档（没有 word/document.xml）", e);
            }
            throw new UnreadableInputException("corrupt", "Word（.docx）文件损坏或不完整，无法打开", e);
        }
        try (doc) {
            Walker w = new Walker();
            w.body(doc.getBodyElements());
            if (w.out.isEmpty()) {
                throw new UnreadableInputException("empty", "Word 文档中没有文字");
            }
            List<String> notes = List.of("Word（.docx）：读取 " + w.out.paragraphCount() + " 个段落、"
                    + w.out.tableCount() + " 个表格");
            return new SourceDocument(file.toString(), format(), w.out.blocks(), notes);
        } catch (IOException e) {
            throw new UnreadableInputException("io", "读取 Word 文档失败（" + org.nianbao.engine.extract.IoReasons.chinese(e) + "）", e);
        }
    }

    /** POI refuses a zip bomb (ZipSecureFile's ratio and size limits) with an English message: ours is Chinese. */
    private static void refuseBomb(Throwable e) throws UnreadableInputException {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String msg = String.valueOf(t.getMessage());
            if (msg.contains("Zip bomb") || msg.contains("max. ratio") || msg.contains("exceed the max")) {
                throw new UnreadableInputException("zip-bomb",
                        "Word 文档内部的压缩内容异常（解压后过大或压缩比过高，疑似压缩炸弹），未读取", e);
            }
        }
    }

    private static final class Walker {
        final BlockCollector out = new BlockCollector();
        final ListNumbering numbering = new ListNumbering();

        void body(List<IBodyElement> elements) {
            for (IBodyElement el : elements) {
                if (el instanceof XWPFParagraph p) {
                    paragraph(numbering.label(p) + p.getText());
                } else if (el instanceof XWPFTable t) {
                    table(t);
                } else if (el instanceof XWPFSDT sdt) {
                    for (String part : sdt.getContent().getText().split("\n")) {
                        paragraph(part);
                    }
                }
            }
        }

        void paragraph(String text) {
            out.paragraphs(Grid.clean(text));
        }

        void table(XWPFTable t) {
            boolean layout = false;
            for (XWPFTableRow row : t.getRows()) {
                for (XWPFTableCell cell : row.getTableCells()) {
                    if (!cell.getTables().isEmpty()) {
                        layout = true;
                    }
                }
            }
            if (layout) {
                for (XWPFTableRow row : t.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        body(cell.getBodyElements());
                    }
                }
                return;
            }
            SpanRows rows = new SpanRows();
            int firstLine = out.line() + 1;
            for (XWPFTableRow row : t.getRows()) {
                int before = intAttr(child(trPr(row), "gridBefore"), 0);
                int col = 0;
                for (int i = 0; i < before; i++) {
                    rows.blank();
                    col++;
                }
                for (XWPFTableCell cell : row.getTableCells()) {
                    Element tcPr = child((Element) cell.getCTTc().getDomNode(), "tcPr");
                    int span = Math.max(1, intAttr(child(tcPr, "gridSpan"), 1));
                    Element vMerge = child(tcPr, "vMerge");
                    String vm = vMerge == null ? null : vMerge.getAttributeNS(W, "val");
                    boolean continuation = vMerge != null && (vm == null || vm.isEmpty() || vm.equals("continue"));
                    // A continuation is covered by the cell above: it extends that cell's row span.
                    if (!continuation || !rows.continueMerge(col)) {
                        rows.cell(cellText(cell), col, span, vMerge != null);
                    }
                    col += span;
                }
                rows.endRow(out.nextLine());
            }
            out.table(rows.expand(0), firstLine, "docx-table");
        }

        private static String cellText(XWPFTableCell cell) {
            StringBuilder sb = new StringBuilder();
            for (IBodyElement el : cell.getBodyElements()) {
                if (el instanceof XWPFParagraph p) {
                    sb.append(p.getText()).append('\n');
                } else if (el instanceof XWPFTable t) {
                    sb.append(t.getText()).append('\n');
                }
            }
            return Grid.clean(sb.toString());
        }

        private static Element trPr(XWPFTableRow row) {
            return child((Element) row.getCtRow().getDomNode(), "trPr");
        }

        private static Element child(Element parent, String local) {
            if (parent == null) {
                return null;
            }
            for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e && W.equals(e.getNamespaceURI()) && local.equals(e.getLocalName())) {
                    return e;
                }
            }
            return null;
        }

        private static int intAttr(Element e, int dflt) {
            if (e == null) {
                return dflt;
            }
            String v = e.getAttributeNS(W, "val");
            try {
                int n = Integer.parseInt(v.strip());
                return Math.min(Math.max(n, 0), Grid.MAX_SPAN);
            } catch (RuntimeException ex) {
                return dflt;
            }
        }
    }
}
