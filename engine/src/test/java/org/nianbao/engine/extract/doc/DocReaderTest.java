package org.nianbao.engine.extract.doc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nianbao.engine.extract.Fixtures.read;
import static org.nianbao.engine.extract.Fixtures.tables;
import static org.nianbao.engine.extract.Fixtures.unreadable;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.nianbao.engine.extract.FormatEquivalenceTestSupport;
import org.nianbao.engine.source.SourceDocument;
import org.nianbao.engine.source.TableBlock;

class DocReaderTest {
    private static byte[] committedDoc() throws Exception {
        Path p = FormatEquivalenceTestSupport.repo().resolve("corpus/formats/000_20a0191baea80f94.doc");
        return Files.readAllBytes(p);
    }

    @Test
    void readsWord97TablesOnTheirGridWithVerticalMerges() throws Exception {
        SourceDocument d = read("report.doc", committedDoc());
        assertThat(d.format()).isEqualTo("doc");
        assertThat(tables(d)).isNotEmpty().allMatch(TableBlock::gridKnown);
        // 表三: "不予公开" is merged down over the rows of its eight reasons (vertical merge)
        TableBlock t3 = tables(d).stream().filter(t -> t.rows().stream()
                .anyMatch(r -> r.cells().get(0).text().contains("本年度办理结果"))).findFirst().orElseThrow();
        int width = t3.rows().get(0).cells().size();
        assertThat(t3.rows()).allMatch(r -> r.cells().size() == width);
        int start = -1;
        for (int i = 0; i < t3.rows().size(); i++) {
            if (t3.rows().get(i).cells().get(1).text().equals("不予公开")) {
                start = i;
            }
        }
        assertThat(start).isGreaterThan(0);
        for (int i = start + 1; i < start + 7; i++) {
            assertThat(t3.rows().get(i).cells().get(1).covered()).as("row " + i).isTrue();
            assertThat(t3.rows().get(i).cells().get(2).text()).startsWith((i - start + 2) + ".");
        }
    }

    @Test
    void wpsFilesInTheWordFormatAreReadByContent() throws Exception {
        SourceDocument d = read("report.wps", committedDoc());
        assertThat(d.format()).isEqualTo("wps");
        assertThat(tables(d)).isNotEmpty();
    }

    @Test
    void anOle2FileWithoutWordContentIsUnsupported() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new ByteArrayInputStream(new byte[600]), "Workbook");
            fs.writeFilesystem(out);
        }
        var e = unreadable("sheet.doc", out.toByteArray());
        assertThat(e.code()).isEqualTo("unsupported");
        assertThat(e.getMessage()).contains("没有 Word 文档内容");
    }

    @Test
    void aTruncatedDocIsCorrupt() throws Exception {
        byte[] full = committedDoc();
        var e = unreadable("cut.doc", Arrays.copyOf(full, 3000));
        assertThat(e.code()).isEqualTo("corrupt");
        assertThat(e.getMessage()).isNotBlank();
    }

    private static byte[] resource(String name) throws Exception {
        try (var in = DocReaderTest.class.getResourceAsStream("/formats/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void automaticChineseListNumbersArePartOfTheHeadings() throws Exception {
        SourceDocument d = read("numbered.doc", resource("numbered-chinese.doc"));
        assertThat(org.nianbao.engine.extract.Fixtures.paragraphs(d)).containsExactly("标题", "一、总体情况", "正文一",
                "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "一、甲", "二、乙");
    }

    @Test
    void automaticDecimalListNumbers() throws Exception {
        SourceDocument d = read("numbered.doc", resource("numbered-decimal.doc"));
        assertThat(org.nianbao.engine.extract.Fixtures.paragraphs(d)).containsExactly("标题", "1.总体情况", "正文一",
                "2.主动公开政府信息情况", "3.收到和处理政府信息公开申请情况", "1.甲", "2.乙");
    }

    @Test
    void unknownNumberFormatsGiveNoLabel() {
        assertThat(DocReader.ListNumbers.format(2, 1)).isNull();
        assertThat(DocReader.ListNumbers.format(12, 0x27)).isEqualTo("十二");
    }
}
