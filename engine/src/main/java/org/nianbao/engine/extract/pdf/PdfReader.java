package org.nianbao.engine.extract.pdf;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.nianbao.engine.extract.BlockCollector;
import org.nianbao.engine.source.DocumentReader;
import org.nianbao.engine.source.SourceDocument;
import org.nianbao.engine.source.UnreadableInputException;

/**
 * PDF via PDFBox 3. Characters are collected with their positions; tables are rebuilt from the
 * ruling lines drawn around their cells (row and column boundaries, merged cells where a border is
 * missing), so a ruled table gives the same grid as in HTML or Word. Text outside tables becomes one
 * paragraph per text line. Page numbers are dropped: the unambiguous forms ("— 1 —", "第 3 页",
 * "3/9") anywhere, a bare number among the first or last two blocks of its page
 * ({@link BlockCollector#endPage}). A table that continues on the next page is joined to the part
 * before it. A PDF with no text but images is reported as a scan; text drawn with fonts lacking a Unicode mapping is
 * reported, never guessed.
 */
public final class PdfReader implements DocumentReader {
    /** Pages read at most (no annual report comes near it). */
    public static final int MAX_PAGES = 2000;

    @Override
    public String format() {
        return "pdf";
    }

    @Override
    public boolean accepts(byte[] head, String fileName) {
        int n = Math.min(head.length, 1024);
        for (int i = 0; i + 4 < n; i++) {
            if (head[i] == '%' && head[i + 1] == 'P' && head[i + 2] == 'D' && head[i + 3] == 'F' && head[i + 4] == '-') {
                return true;
            }
        }
        return false;
    }

    @Override
    public SourceDocument read(Path file, byte[] content) throws UnreadableInputException {
        if (!hasEndMarker(content)) {
            // PDFBox would repair a cut-off file and silently read only part of it.
            throw new UnreadableInputException("corrupt", "PDF 文件不完整（缺少文件结尾标记 %%EOF，可能下载或复制中断），请重新获取完整文件");
        }
        PDDocument doc;
        try {
            doc = Loader.loadPDF(content);
        } catch (InvalidPasswordException e) {
            throw new UnreadableInputException("unsupported", "PDF 已加密（需要打开密码），无法读取；请提供未加密的文件", e);
        } catch (IOException | RuntimeException e) {
            throw new UnreadableInputException("corrupt", "PDF 文件损坏或不完整，无法打开", e);
        }
        try (doc) {
            int pages = doc.getNumberOfPages();
            if (pages == 0) {
                throw new UnreadableInputException("corrupt", "PDF 文件中没有页面");
            }
            if (pages > MAX_PAGES) {
                throw new UnreadableInputException("too-large", "PDF 页数过多（" + pages + " 页，上限 " + MAX_PAGES + " 页）");
            }
            Collector collector = new Collector(pages);
            collector.setSortByPosition(false);
            collector.collect(doc);
            int glyphs = 0;
            int unmapped = 0;
            for (List<Glyph> g : collector.byPage) {
                glyphs += g.size();
            }
            unmapped = collector.unmapped;
            List<String> notes = new ArrayList<>();
            notes.add("PDF：共 " + pages + " 页");
            int images = 0;
            List<List<Ruling>> rulings = new ArrayList<>();
            for (int p = 0; p < pages; p++) {
                PDPage page = doc.getPage(p);
                PageGraphics g = new PageGraphics(page);
                try {
                    g.run();
                } catch (IOException | RuntimeException e) {
                    notes.add("第 " + (p + 1) + " 页的图形无法解析，表格按文字位置读取");
                }
                images += g.images;
                rulings.add(g.rulings);
            }
            if (glyphs == 0) {
                if (images > 0) {
                    throw new UnreadableInputException("scanned", "扫描件（图片 PDF），没有可提取的文字，需要 OCR 后才能检查");
                }
                throw new UnreadableInputException("empty", "PDF 中没有可提取的文字");
            }
            if (unmapped * 5 > glyphs + unmapped) {
                throw new UnreadableInputException("encoding",
                        "PDF 所用字体缺少文字编码映射（ToUnicode），提取出的文字是乱码，无法可靠读取；请提供 Word 或文本版本");
            }
            BlockCollector out = new BlockCollector();
            for (int p = 0; p < pages; p++) {
                out.startPage(p + 1);
                PageLayout.layout(collector.byPage.get(p), rulings.get(p), out);
                if (out.endPage()) {
                    notes.add("第 " + p + " 页的表格在第 " + (p + 1) + " 页续表，已合并");
                }
            }
            notes.add("PDF：读取 " + out.tableCount() + " 个表格（按表格框线重建单元格）");
            return new SourceDocument(file.toString(), format(), out.blocks(), notes);
        } catch (IOException e) {
            throw new UnreadableInputException("corrupt", "PDF 内容损坏，无法解析", e);
        }
    }

    /** True when "%%EOF" occurs in the last 4 KiB (some writers append a few bytes after it). */
    static boolean hasEndMarker(byte[] content) {
        byte[] marker = {'%', '%', 'E', 'O', 'F'};
        for (int i = content.length - marker.length; i >= Math.max(0, content.length - 4096); i--) {
            boolean match = true;
            for (int k = 0; k < marker.length && match; k++) {
                match = content[i + k] == marker[k];
            }
            if (match) {
                return true;
            }
        }
        return false;
    }

    /** Collects every glyph with its position, page by page. */
    private static final class Collector extends PDFTextStripper {
        final List<List<Glyph>> byPage = new ArrayList<>();
        int unmapped;
        private static final int MAX_GLYPHS = 5_000_000;
        private int total;

        Collector(int pages) {
            for (int i = 0; i < pages; i++) {
                byPage.add(new ArrayList<>());
            }
        }

        void collect(PDDocument doc) throws IOException {
            writeText(doc, new StringWriter());
        }

        @Override
        protected void processTextPosition(TextPosition t) {
            String u = t.getUnicode();
            if (u == null || u.isEmpty() || u.indexOf('\uFFFD') >= 0 || isPrivateUse(u)) {
                unmapped++;
                return;
            }
            if (u.isBlank() || total >= MAX_GLYPHS) {
                return;
            }
            int page = getCurrentPageNo() - 1;
            if (page < 0 || page >= byPage.size()) {
                return;
            }
            List<Glyph> list = byPage.get(page);
            Glyph g = new Glyph(u, t.getXDirAdj(), t.getYDirAdj(), t.getWidthDirAdj(), t.getHeightDir(),
                    t.getFontSizeInPt());
            // fake bold: the same character drawn again at (almost) the same place
            if (!list.isEmpty()) {
                Glyph last = list.get(list.size() - 1);
                if (last.text().equals(u) && Math.abs(last.x() - g.x()) < 1.5f && Math.abs(last.y() - g.y()) < 1.5f) {
                    return;
                }
            }
            list.add(g);
            total++;
        }

        private static boolean isPrivateUse(String u) {
            for (int i = 0; i < u.length(); i++) {
                char c = u.charAt(i);
                if (c >= '\uE000' && c <= '\uF8FF') {
                    return true;
                }
            }
            return false;
        }
    }
}
