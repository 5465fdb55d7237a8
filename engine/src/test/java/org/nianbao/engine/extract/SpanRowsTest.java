package org.nianbao.engine.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.engine.source.TableCell;
import org.nianbao.engine.source.TableRow;

/** Vertical merges marked on every covered cell (Word) and declared spans (HTML), expanded into the grid. */
class SpanRowsTest {
    private static List<String> texts(TableRow r) {
        return r.cells().stream().map(c -> c.covered() ? "^" : c.text()).toList();
    }

    @Test
    void aVerticalMergeAcrossThreeRowsKeepsItsTextInTheFirstAndCoversTheRest() {
        SpanRows rows = new SpanRows();
        rows.cell("依申请公开", 0, 1, true);
        rows.cell("收到", 1, 1, false);
        rows.cell("5", 2, 1, false);
        rows.endRow(1);
        assertThat(rows.continueMerge(0)).isTrue();
        rows.cell("办结", 1, 1, false);
        rows.cell("4", 2, 1, false);
        rows.endRow(2);
        assertThat(rows.continueMerge(0)).isTrue();
        rows.cell("结转", 1, 1, false);
        rows.cell("1", 2, 1, false);
        rows.endRow(3);
        List<TableRow> grid = rows.expand(0);
        assertThat(grid).extracting(SpanRowsTest::texts).containsExactly(
                List.of("依申请公开", "收到", "5"), List.of("^", "办结", "4"), List.of("^", "结转", "1"));
        assertThat(grid).extracting(TableRow::line).containsExactly(1, 2, 3);
        assertThat(rows.openAt(0)).isEqualTo(new SpanRows.OpenMerge(0, 0, 0));
    }

    @Test
    void aCellStartingAtTheColumnClosesTheMerge() {
        SpanRows rows = new SpanRows();
        rows.cell("A", 0, 1, true);
        rows.cell("1", 1, 1, false);
        rows.endRow(1);
        rows.cell("B", 0, 1, false);
        rows.cell("2", 1, 1, false);
        rows.endRow(2);
        assertThat(rows.openAt(0)).isNull();
        // a continuation with nothing open above is read as an ordinary cell
        assertThat(rows.continueMerge(0)).isFalse();
        rows.cell("C", 0, 1, false);
        rows.cell("3", 1, 1, false);
        rows.endRow(3);
        assertThat(rows.expand(0)).extracting(SpanRowsTest::texts).containsExactly(
                List.of("A", "1"), List.of("B", "2"), List.of("C", "3"));
    }

    @Test
    void mergesAreFoundByGridColumnPastBlanksAndWideCells() {
        SpanRows rows = new SpanRows();
        rows.blank();
        rows.cell("宽", 1, 2, false);
        rows.cell("合", 3, 1, true);
        rows.endRow(1);
        rows.blank();
        rows.cell("x", 1, 1, false);
        rows.cell("y", 2, 1, false);
        assertThat(rows.continueMerge(3)).isTrue();
        rows.endRow(2);
        assertThat(rows.expand(0)).extracting(SpanRowsTest::texts).containsExactly(
                List.of("", "宽", "^", "合"), List.of("", "x", "y", "^"));
    }

    @Test
    void declaredRowAndColumnSpansExpandLikeMarkedOnes() {
        SpanRows rows = new SpanRows();
        rows.cell("依申请公开", 3, 1);
        rows.cell("收到", 1, 2);
        rows.endRow(1);
        rows.cell("办结", 1, 1);
        rows.cell("4", 1, 1);
        rows.endRow(2);
        rows.cell("结转", 1, 1);
        rows.cell("1", 1, 1);
        rows.endRow(3);
        assertThat(rows.expand(2)).extracting(SpanRowsTest::texts).containsExactly(
                List.of("依申请公开", "收到", "^"), List.of("^", "办结", "4"), List.of("^", "结转", "1"));
        assertThat(rows.expand(2).get(0).page()).isEqualTo(2);
        assertThat(rows.expand(2).get(1).cells().get(0)).isEqualTo(TableCell.coveredCell());
    }
}
