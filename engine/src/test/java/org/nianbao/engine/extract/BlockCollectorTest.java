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
}
