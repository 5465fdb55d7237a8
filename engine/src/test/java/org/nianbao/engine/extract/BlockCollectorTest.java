package org.nianbao.engine.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.engine.source.Paragraph;
import org.nianbao.engine.source.TableBlock;
import org.nianbao.engine.source.TableCell;
import org.nianbao.engine.source.TableRow;

/** The readers' shared block collector: paragraphs per non-blank line, running line numbers, empty rows dropped. */
class BlockCollectorTest {
    private static TableRow row(int line, String... texts) {
        return new TableRow(java.util.Arrays.stream(texts).map(TableCell::of).toList(), line, 0);
    }

    @Test
    void paragraphsAndTablesShareOneLineCounter() {
        BlockCollector out = new BlockCollector();
        out.paragraphs("一、总体情况\n\n  本机关认真落实条例。 \n");
        int first = out.line() + 1;
        List<TableRow> rows = List.of(row(out.nextLine(), "项目", "数量"), row(out.nextLine(), "", ""),
                row(out.nextLine(), "规章", "3"));
        out.table(rows, first, "test");
        out.paragraphs("二、主动公开");
        assertThat(out.blocks()).hasSize(4);
        assertThat(((Paragraph) out.blocks().get(1)).text()).isEqualTo("本机关认真落实条例。");
        TableBlock t = (TableBlock) out.blocks().get(2);
        assertThat(t.rows()).extracting(TableRow::line).containsExactly(3, 5);
        assertThat(((Paragraph) out.blocks().get(3)).line()).isEqualTo(6);
        assertThat(out.paragraphCount()).isEqualTo(3);
        assertThat(out.tableCount()).isEqualTo(1);
    }

    @Test
    void aTableOfEmptyRowsIsNoTable() {
        BlockCollector out = new BlockCollector();
        out.table(List.of(row(1, "", "")), 1, "test");
        assertThat(out.isEmpty()).isTrue();
        assertThat(out.tableCount()).isZero();
    }

    private static List<String> texts(BlockCollector out) {
        return out.blocks().stream().map(b -> b instanceof Paragraph p ? p.text()
                : "T" + ((TableBlock) b).rows().stream().map(r -> r.cells().stream().map(TableCell::text).toList()).toList())
                .toList();
    }

    @Test
    void anUnambiguousPageFooterIsDroppedAndKeepsItsLineUsed() {
        BlockCollector out = new BlockCollector();
        out.paragraphs("一、总体情况\n— 3 —\n本机关认真落实条例。\n第 4 页 共 9 页");
        assertThat(texts(out)).containsExactly("一、总体情况", "本机关认真落实条例。");
        assertThat(out.blocks()).extracting(b -> b.line()).containsExactly(1, 3);
        assertThat(out.paragraphCount()).isEqualTo(2);
        assertThat(out.paragraph("5/9")).isFalse();
        assertThat(out.line()).isEqualTo(5);
    }

    @Test
    void withoutPagesABareNumberIsNeverDropped() {
        BlockCollector out = new BlockCollector();
        out.paragraphs("（一）予以公开\n3\n12");
        assertThat(texts(out)).containsExactly("（一）予以公开", "3", "12");
    }

    @Test
    void aBareNumberIsDroppedOnlyInTheFirstOrLastTwoBlocksOfAPage() {
        BlockCollector out = new BlockCollector();
        out.startPage(1);
        out.paragraph("2");
        for (String s : List.of("第一段", "第二段", "7", "第三段", "第四段")) {
            out.paragraph(s);
        }
        out.paragraph("· 3 ·");
        out.endPage();
        assertThat(texts(out)).containsExactly("第一段", "第二段", "7", "第三段", "第四段");
        assertThat(out.paragraphCount()).isEqualTo(5);
        assertThat(out.blocks()).allMatch(b -> ((Paragraph) b).page() == 1);
    }

    @Test
    void aBareNumberInsideATableAtThePageFootIsKept() {
        BlockCollector out = new BlockCollector();
        out.startPage(1);
        out.paragraph("（三）不予公开");
        int first = out.line() + 1;
        out.table(List.of(row(out.nextLine(), "项目", "数量"), row(out.nextLine(), "3", "3")), first, "test");
        out.endPage();
        assertThat(texts(out)).containsExactly("（三）不予公开", "T[[项目, 数量], [3, 3]]");
    }

    @Test
    void aTableOpeningAPageContinuesTheTableClosingThePreviousOne() {
        BlockCollector out = new BlockCollector();
        out.startPage(1);
        out.paragraph("表三");
        out.numberedTable(List.of(cells("收到", "5"), cells("", ""), cells("办结", "4")), "pdf-ruled");
        out.paragraph("4");
        assertThat(out.endPage()).isFalse();
        out.startPage(2);
        out.paragraph("- 5 -");
        out.numberedTable(List.of(cells("结转", "1")), "pdf-ruled");
        out.paragraph("正文");
        assertThat(out.endPage()).isTrue();
        assertThat(texts(out)).containsExactly("表三", "T[[收到, 5], [办结, 4], [结转, 1]]", "正文");
        TableBlock t = (TableBlock) out.blocks().get(1);
        // empty rows take no line of their own; the footer's line stays used
        assertThat(t.rows()).extracting(TableRow::line).containsExactly(2, 3, 6);
        assertThat(t.rows()).extracting(TableRow::page).containsExactly(1, 1, 2);
        assertThat(out.tableCount()).isEqualTo(2);
    }

    @Test
    void tablesOfOtherWidthsOrPagesApartAreNotJoined() {
        BlockCollector out = new BlockCollector();
        out.startPage(1);
        out.numberedTable(List.of(cells("收到", "5")), "pdf-ruled");
        out.endPage();
        out.startPage(2);
        out.numberedTable(List.of(cells("结转", "1", "2")), "pdf-ruled");
        assertThat(out.endPage()).isFalse();
        out.startPage(4);
        out.numberedTable(List.of(cells("结转", "1", "2")), "pdf-ruled");
        assertThat(out.endPage()).isFalse();
        assertThat(out.blocks()).hasSize(3);
    }

    @Test
    void aWrappedLineExtendsTheLastParagraphOfThePageOnly() {
        BlockCollector out = new BlockCollector();
        out.startPage(1);
        out.paragraph("本机关认真");
        out.extendLastParagraph("落实条例。");
        out.endPage();
        out.startPage(2);
        assertThat(out.lastParagraph()).isNull();
        assertThat(texts(out)).containsExactly("本机关认真落实条例。");
        assertThat(out.blocks().get(0).line()).isEqualTo(1);
    }

    private static List<TableCell> cells(String... texts) {
        return java.util.Arrays.stream(texts).map(TableCell::of).toList();
    }
}
