package org.nianbao.engine.extract.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nianbao.engine.extract.Fixtures.grid;
import static org.nianbao.engine.extract.Fixtures.paragraphs;
import static org.nianbao.engine.extract.Fixtures.read;
import static org.nianbao.engine.extract.Fixtures.tables;
import static org.nianbao.engine.extract.Fixtures.unreadable;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.nianbao.engine.source.SourceDocument;
import org.nianbao.engine.source.TableBlock;

class PdfReaderTest {
    private static final PDType1Font FONT = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final float H = PDRectangle.A4.getHeight();

    private static void text(PDPageContentStream cs, float x, float yFromTop, String s) throws IOException {
        cs.beginText();
        cs.setFont(FONT, 10);
        cs.newLineAtOffset(x, H - yFromTop);
        cs.showText(s);
        cs.endText();
    }

    private static void line(PDPageContentStream cs, float x1, float y1, float x2, float y2) throws IOException {
        cs.moveTo(x1, H - y1);
        cs.lineTo(x2, H - y2);
        cs.stroke();
    }

    /**
     * A ruled table with columns at x = 50, 200, 260, 320 and rows at y = 100, 120, 140, 160 (from the
     * top). Row 0: "Item" spans columns 1-2 (no border at 260). Column 0 of rows 1-2 is one cell
     * "Group" (no border at y = 140 in column 0).
     */
    private static void table(PDPageContentStream cs, float top, String[][] cells, boolean merged) throws IOException {
        float[] xs = {50, 200, 260, 320};
        float[] ys = {top, top + 20, top + 40, top + 60};
        for (int i = 0; i < ys.length; i++) {
            if (merged && i == 2) {
                line(cs, 200, ys[i], 320, ys[i]);
            } else {
                line(cs, 50, ys[i], 320, ys[i]);
            }
        }
        for (int j = 0; j < xs.length; j++) {
            if (merged && j == 2) {
                line(cs, xs[j], ys[1], xs[j], ys[3]);
            } else {
                line(cs, xs[j], ys[0], xs[j], ys[3]);
            }
        }
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                if (cells[i][j] != null) {
                    text(cs, xs[j] + 4, ys[i] + 14, cells[i][j]);
                }
            }
        }
    }

    static byte[] ruled() throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage p1 = new PDPage(PDRectangle.A4);
            doc.addPage(p1);
            try (PDPageContentStream cs = new PDPageContentStream(doc, p1)) {
                text(cs, 50, 60, "Annual report");
                table(cs, 700, new String[][] {{"Label", "Item", null}, {"Group", "a", "1"}, {null, "b", "2"}}, true);
                text(cs, 280, 820, "- 1 -");
            }
            PDPage p2 = new PDPage(PDRectangle.A4);
            doc.addPage(p2);
            try (PDPageContentStream cs = new PDPageContentStream(doc, p2)) {
                table(cs, 60, new String[][] {{"c", "3", "4"}, {"d", "5", "6"}, {"e", "7", "8"}}, false);
                text(cs, 50, 200, "Closing words");
                text(cs, 280, 820, "2");
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void rebuildsRuledTablesWithMergedCellsAcrossPages() throws Exception {
        SourceDocument d = read("report.pdf", ruled());
        assertThat(d.format()).isEqualTo("pdf");
        assertThat(paragraphs(d)).containsExactly("Annual report", "Closing words");
        assertThat(tables(d)).hasSize(1);
        TableBlock t = tables(d).get(0);
        assertThat(t.gridKnown()).isTrue();
        assertThat(grid(t)).containsExactly(
                "[Label][Item]^",
                "[Group][a][1]",
                "^[b][2]",
                "[c][3][4]",
                "[d][5][6]",
                "[e][7][8]");
        assertThat(t.rows().get(0).page()).isEqualTo(1);
        assertThat(t.rows().get(3).page()).isEqualTo(2);
        assertThat(d.notes()).anyMatch(n -> n.contains("续表"));
    }

    @Test
    void lineNumbersRunThroughTheDocument() throws Exception {
        SourceDocument d = read("report.pdf", ruled());
        int last = 0;
        for (var b : d.blocks()) {
            assertThat(b.line()).isGreaterThan(last);
            last = b.line();
        }
    }

    @Test
    void aBareNumberIsDroppedOnlyInThePageMarginAndAnUnambiguousPageNumberAnywhere() throws Exception {
        byte[] bytes;
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage p = new PDPage(PDRectangle.A4);
            doc.addPage(p);
            try (PDPageContentStream cs = new PDPageContentStream(doc, p)) {
                text(cs, 50, 60, "Heading");
                text(cs, 50, 100, "Body one");
                text(cs, 50, 140, "7");
                text(cs, 50, 180, "Body two");
                text(cs, 280, 400, "1/2");
                text(cs, 50, 500, "Body three");
                text(cs, 50, 600, "Body four");
                text(cs, 280, 820, "1");
            }
            doc.save(out);
            bytes = out.toByteArray();
        }
        SourceDocument d = read("numbers.pdf", bytes);
        assertThat(paragraphs(d)).containsExactly("Heading", "Body one", "7", "Body two", "Body three", "Body four");
    }

    @Test
    void anUnruledTableBecomesRowsWithoutAKnownGrid() throws Exception {
        byte[] bytes;
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage p = new PDPage(PDRectangle.A4);
            doc.addPage(p);
            try (PDPageContentStream cs = new PDPageContentStream(doc, p)) {
                text(cs, 50, 100, "Heading");
                text(cs, 50, 120, "Licensing");
                text(cs, 200, 120, "12");
                text(cs, 260, 120, "34");
                text(cs, 50, 140, "Punishment");
                text(cs, 200, 140, "5");
                text(cs, 260, 140, "6");
            }
            doc.save(out);
            bytes = out.toByteArray();
        }
        SourceDocument d = read("plain.pdf", bytes);
        assertThat(paragraphs(d)).containsExactly("Heading");
        TableBlock t = tables(d).get(0);
        assertThat(t.gridKnown()).isFalse();
        assertThat(grid(t)).containsExactly("[Licensing][12][34]", "[Punishment][5][6]");
    }

    @Test
    void anImageOnlyPdfIsAScan() throws Exception {
        byte[] bytes;
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage p = new PDPage(PDRectangle.A4);
            doc.addPage(p);
            PDImageXObject img = LosslessFactory.createFromImage(doc, new BufferedImage(20, 20, BufferedImage.TYPE_INT_RGB));
            try (PDPageContentStream cs = new PDPageContentStream(doc, p)) {
                cs.drawImage(img, 50, 50, 400, 600);
            }
            doc.save(out);
            bytes = out.toByteArray();
        }
        var e = unreadable("scan.pdf", bytes);
        assertThat(e.code()).isEqualTo("scanned");
        assertThat(e.getMessage()).isEqualTo("扫描件（图片 PDF），没有可提取的文字，需要 OCR 后才能检查");
    }

    @Test
    void aPdfWithoutTextOrImagesIsEmpty() throws Exception {
        byte[] bytes;
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.addPage(new PDPage(PDRectangle.A4));
            doc.save(out);
            bytes = out.toByteArray();
        }
        assertThat(unreadable("blank.pdf", bytes).code()).isEqualTo("empty");
    }

    @Test
    void anEncryptedPdfIsReportedAsSuch() throws Exception {
        byte[] bytes;
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage p = new PDPage(PDRectangle.A4);
            doc.addPage(p);
            try (PDPageContentStream cs = new PDPageContentStream(doc, p)) {
                text(cs, 50, 100, "secret");
            }
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(out);
            bytes = out.toByteArray();
        }
        var e = unreadable("locked.pdf", bytes);
        assertThat(e.code()).isEqualTo("unsupported");
        assertThat(e.getMessage()).contains("加密");
    }

    @Test
    void aTruncatedPdfIsCorrupt() throws Exception {
        byte[] full = ruled();
        var e = unreadable("cut.pdf", Arrays.copyOf(full, full.length * 2 / 3));
        assertThat(e.code()).isEqualTo("corrupt");
        assertThat(e.getMessage()).contains("不完整");
        var head = unreadable("head.pdf", Arrays.copyOf(full, 40));
        assertThat(head.code()).isEqualTo("corrupt");
    }

    @Test
    void garbageAfterTheHeaderIsCorrupt() {
        byte[] bytes = "%PDF-1.7\nthis is not a pdf at all\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        var e = unreadable("fake.pdf", bytes);
        assertThat(e.code()).isIn("corrupt", "empty");
        assertThat(e.getMessage()).contains("PDF");
    }

    /** A landscape page made the usual way: portrait media box, /Rotate 90, content turned upright. */
    @Test
    void readsRuledTablesOnRotatedLandscapePages() throws Exception {
        byte[] bytes;
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage p = new PDPage(PDRectangle.A4);
            p.setRotation(90);
            doc.addPage(p);
            float w = PDRectangle.A4.getWidth();
            try (PDPageContentStream cs = new PDPageContentStream(doc, p)) {
                cs.transform(new org.apache.pdfbox.util.Matrix(0, 1, -1, 0, w, 0));
                // now x runs along the long side; the displayed page is A4 height wide, A4 width high
                float top = w; // displayed height
                float[] xs = {50, 300, 400, 500};
                float[] ys = {100, 120, 140};
                for (float y : ys) {
                    cs.moveTo(50, top - y);
                    cs.lineTo(500, top - y);
                    cs.stroke();
                }
                for (float x : xs) {
                    cs.moveTo(x, top - 100);
                    cs.lineTo(x, top - 140);
                    cs.stroke();
                }
                String[][] cells = {{"Label", "Left", "Right"}, {"Row", "11", "22"}};
                for (int i = 0; i < 2; i++) {
                    for (int j = 0; j < 3; j++) {
                        cs.beginText();
                        cs.setFont(FONT, 10);
                        cs.newLineAtOffset(xs[j] + 4, top - ys[i] - 14);
                        cs.showText(cells[i][j]);
                        cs.endText();
                    }
                }
            }
            doc.save(out);
            bytes = out.toByteArray();
        }
        SourceDocument d = read("landscape.pdf", bytes);
        assertThat(tables(d)).hasSize(1);
        assertThat(tables(d).get(0).gridKnown()).isTrue();
        assertThat(grid(tables(d).get(0))).containsExactly("[Label][Left][Right]", "[Row][11][22]");
    }

    /** Word and WPS draw table borders as thin filled rectangles rather than stroked lines. */
    @Test
    void bordersDrawnAsFilledRectanglesAreRulings() throws Exception {
        byte[] bytes;
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage p = new PDPage(PDRectangle.A4);
            doc.addPage(p);
            try (PDPageContentStream cs = new PDPageContentStream(doc, p)) {
                float[] xs = {50, 200, 300};
                float[] ys = {100, 120, 140};
                for (float y : ys) {
                    cs.addRect(50, H - y - 0.25f, 250, 0.5f);
                }
                for (float x : xs) {
                    cs.addRect(x - 0.25f, H - 140, 0.5f, 40);
                }
                cs.fill();
                text(cs, 54, 114, "Licensing");
                text(cs, 204, 114, "12459");
                text(cs, 54, 134, "Fees");
                text(cs, 204, 134, "0");
            }
            doc.save(out);
            bytes = out.toByteArray();
        }
        SourceDocument d = read("word.pdf", bytes);
        assertThat(tables(d)).hasSize(1);
        assertThat(grid(tables(d).get(0))).containsExactly("[Licensing][12459]", "[Fees][0]");
    }
}
