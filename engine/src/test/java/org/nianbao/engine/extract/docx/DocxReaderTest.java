package org.nianbao.engine.extract.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nianbao.engine.extract.Fixtures.grid;
import static org.nianbao.engine.extract.Fixtures.paragraphs;
import static org.nianbao.engine.extract.Fixtures.read;
import static org.nianbao.engine.extract.Fixtures.tables;
import static org.nianbao.engine.extract.Fixtures.unreadable;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.nianbao.engine.source.Block;
import org.nianbao.engine.source.Paragraph;
import org.nianbao.engine.source.SourceDocument;
import org.nianbao.engine.source.TableBlock;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

class DocxReaderTest {

    /** A 3-column table: A spans two rows (vMerge), B spans two columns (gridSpan). */
    static byte[] sample() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("一、总体情况");
            XWPFTable t = doc.createTable(3, 3);
            XWPFTableRow r0 = t.getRow(0);
            text(r0.getCell(0), "三、本年度办理结果");
            pr(r0.getCell(0)).addNewVMerge().setVal(STMerge.RESTART);
            text(r0.getCell(1), "（一）予以公开");
            pr(r0.getCell(1)).addNewGridSpan().setVal(BigInteger.valueOf(2));
            r0.removeCell(2);
            XWPFTableRow r1 = t.getRow(1);
            pr(r1.getCell(0)).addNewVMerge();
            text(r1.getCell(1), "（二）部分公开");
            text(r1.getCell(2), "7");
            XWPFTableRow r2 = t.getRow(2);
            text(r2.getCell(0), "总计");
            text(r2.getCell(1), "");
            text(r2.getCell(2), "12");
            doc.createParagraph().createRun().setText("二、主动公开政府信息情况");
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static CTTcPr pr(XWPFTableCell c) {
        return c.getCTTc().isSetTcPr() ? c.getCTTc().getTcPr() : c.getCTTc().addNewTcPr();
    }

    private static void text(XWPFTableCell c, String s) {
        c.getParagraphs().get(0).createRun().setText(s);
    }

    @Test
    void readsParagraphsAndTablesInBodyOrderWithMergedCells() throws Exception {
        SourceDocument d = read("report.docx", sample());
        assertThat(d.format()).isEqualTo("docx");
        assertThat(d.blocks()).hasSize(3);
        assertThat(d.blocks().get(0)).isInstanceOf(Paragraph.class);
        assertThat(d.blocks().get(2)).isInstanceOf(Paragraph.class);
        TableBlock t = (TableBlock) d.blocks().get(1);
        assertThat(t.gridKnown()).isTrue();
        assertThat(grid(t)).containsExactly(
                "[三、本年度办理结果][（一）予以公开]^",
                "^[（二）部分公开][7]",
                "[总计][][12]");
        assertThat(d.blocks()).extracting(Block::line).containsExactly(1, 2, 5);
    }

    @Test
    void aTableInsideACellIsReadAndItsLayoutTableIsNot() throws Exception {
        byte[] bytes;
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFTable outer = doc.createTable(1, 2);
            text(outer.getRow(0).getCell(0), "侧栏");
            XWPFTableCell host = outer.getRow(0).getCell(1);
            var cursor = host.getParagraphs().get(0).getCTP().newCursor();
            XWPFTable inner = host.insertNewTbl(cursor);
            cursor.close();
            XWPFTableRow row = inner.createRow();
            row.createCell().setText("规章");
            row.createCell().setText("3");
            doc.write(out);
            bytes = out.toByteArray();
        }
        SourceDocument d = read("nested.docx", bytes);
        assertThat(paragraphs(d)).contains("侧栏");
        assertThat(tables(d)).hasSize(1);
        assertThat(grid(tables(d).get(0))).containsExactly("[规章][3]");
    }

    @Test
    void aTruncatedDocxIsCorrupt() throws Exception {
        byte[] full = sample();
        var e = unreadable("cut.docx", Arrays.copyOf(full, full.length / 2));
        assertThat(e.code()).isEqualTo("corrupt");
        assertThat(e.getMessage()).contains("docx");
    }

    @Test
    void aZipThatIsNotWordIsUnsupported() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("readme.txt"));
            z.write("hello".getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        var e = unreadable("archive.docx", out.toByteArray());
        assertThat(e.code()).isIn("unsupported", "corrupt");
        assertThat(e.getMessage()).isNotBlank();
    }

    @Test
    void recognisedByContentWhateverTheName() throws Exception {
        SourceDocument d = read("download.bin", sample());
        assertThat(d.format()).isEqualTo("docx");
    }

    /** Headings numbered by Word ("一、" generated from the list definition) read as displayed. */
    @Test
    void automaticListNumbersArePartOfTheHeadings() throws Exception {
        byte[] bytes;
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var abs = org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum.Factory.newInstance();
            abs.setAbstractNumId(BigInteger.ZERO);
            var lvl = abs.addNewLvl();
            lvl.setIlvl(BigInteger.ZERO);
            lvl.addNewNumFmt().setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat.CHINESE_COUNTING);
            lvl.addNewLvlText().setVal("%1、");
            lvl.addNewStart().setVal(BigInteger.ONE);
            var numbering = doc.createNumbering();
            BigInteger absId = numbering.addAbstractNum(new org.apache.poi.xwpf.usermodel.XWPFAbstractNum(abs));
            BigInteger numId = numbering.addNum(absId);
            for (String h : new String[] {"总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况"}) {
                var p = doc.createParagraph();
                p.setNumID(numId);
                p.setNumILvl(BigInteger.ZERO);
                p.createRun().setText(h);
                doc.createParagraph().createRun().setText("正文");
            }
            doc.write(out);
            bytes = out.toByteArray();
        }
        SourceDocument d = read("numbered.docx", bytes);
        assertThat(paragraphs(d)).containsExactly("一、总体情况", "正文", "二、主动公开政府信息情况", "正文",
                "三、收到和处理政府信息公开申请情况", "正文");
    }

    @Test
    void chineseNumbers() {
        assertThat(ListNumbering.chinese(1)).isEqualTo("一");
        assertThat(ListNumbering.chinese(10)).isEqualTo("十");
        assertThat(ListNumbering.chinese(11)).isEqualTo("十一");
        assertThat(ListNumbering.chinese(20)).isEqualTo("二十");
        assertThat(ListNumbering.chinese(23)).isEqualTo("二十三");
        assertThat(ListNumbering.format(3, "upperRoman")).isNull();
    }
}
