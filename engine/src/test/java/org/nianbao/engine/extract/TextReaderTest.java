package org.nianbao.engine.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.engine.source.Block;
import org.nianbao.engine.source.Paragraph;
import org.nianbao.engine.source.TableBlock;
import org.nianbao.engine.source.TableCell;

class TextReaderTest {
    @Test
    void tabLinesFormOneTableEvenAcrossABlankLine() {
        List<Block> blocks = TextReader.parse("三、收到和处理\n\n\t(三) 1. 属于国家秘密\t0\t0\n\n\t不予公开\t2. 其他\t0\t0\n正文");
        assertThat(blocks).hasSize(3);
        TableBlock t = (TableBlock) blocks.get(1);
        assertThat(t.method()).isEqualTo("text-tab");
        assertThat(t.rows()).hasSize(2);
        assertThat(t.rows().get(1).line()).isEqualTo(5);
        assertThat(t.rows().get(1).cells()).extracting(TableCell::text).containsExactly("", "不予公开", "2. 其他", "0", "0");
        assertThat(((Paragraph) blocks.get(2)).text()).isEqualTo("正文");
    }

    @Test
    void pipeRowsKeepEmptyCellsAndDropSeparatorLines() {
        List<Block> blocks = TextReader.parse("| 规章 | 0 |  | 3 |\n|---|---|---|---|\n行政许可 | 12 |");
        TableBlock t = (TableBlock) blocks.get(0);
        assertThat(t.method()).isEqualTo("text-pipe");
        assertThat(t.rows()).hasSize(2);
        assertThat(t.rows().get(0).cells()).extracting(TableCell::text).containsExactly("规章", "0", "", "3");
        assertThat(t.rows().get(1).line()).isEqualTo(3);
    }

    @Test
    void plainLinesAreParagraphsWithTheirLineNumbers() {
        List<Block> blocks = TextReader.parse("\uFEFF标题\r\n\r\n一、总体情况\r\n内容");
        assertThat(blocks).extracting(b -> ((Paragraph) b).text()).containsExactly("标题", "一、总体情况", "内容");
        assertThat(blocks).extracting(Block::line).containsExactly(1, 3, 4);
    }

    @Test
    void aBareNumberOnALineOfItsOwnIsACellNotAPageNumber() {
        List<Block> blocks = TextReader.parse("（一）予以公开\n3\n— 2 —\n5\n说明\n12\n第 3 页 共 9 页\n3/9\n结束");
        TableBlock t = (TableBlock) blocks.get(0);
        assertThat(t.method()).isEqualTo("text-cell-per-line");
        assertThat(t.gridKnown()).isFalse();
        assertThat(t.rows().get(0).cells()).extracting(TableCell::text).containsExactly("（一）予以公开", "3", "5");
        assertThat(blocks.subList(1, blocks.size())).extracting(b -> ((Paragraph) b).text())
                .containsExactly("说明", "12", "结束");
        assertThat(blocks.subList(1, blocks.size())).extracting(Block::line).containsExactly(5, 6, 9);
    }
}
