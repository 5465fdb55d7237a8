package org.nianbao.engine.extract.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.engine.source.TableCell;

/** PDF table detection: ruled grids with merges drawn by missing borders, and rows of borderless tables. */
class PageTablesTest {
    /** A glyph of size 8 whose box is centred at ({@code cx}, {@code cy}). */
    private static Glyph glyph(String s, float cx, float cy) {
        return new Glyph(s, cx - 4, cy + 4, 8, 8, 8);
    }

    private static List<String> texts(List<TableCell> row) {
        return row.stream().map(c -> c.covered() ? "^" : c.text()).toList();
    }

    /**
     * Two columns (x 0, 100, 200) and four rows (y 0, 20, 40, 60, 80); in column 0 the borders at
     * y 40 and 60 are left out, so rows 1 to 3 of column 0 are one cell.
     */
    private static List<Ruling> verticalMergeOverThreeRows() {
        List<Ruling> r = new ArrayList<>();
        for (float y : new float[] {0, 20, 80}) {
            r.add(new Ruling(true, y, 0, 200));
        }
        for (float y : new float[] {40, 60}) {
            r.add(new Ruling(true, y, 100, 200));
        }
        for (float x : new float[] {0, 100, 200}) {
            r.add(new Ruling(false, x, 0, 80));
        }
        return r;
    }

    @Test
    void aCellWithoutInnerBordersOverThreeRowsIsOneCellWithTheTextOfAllItsPositions() {
        List<Glyph> glyphs = List.of(glyph("项", 50, 10), glyph("数", 150, 10), glyph("组", 50, 30), glyph("1", 150, 30),
                glyph("2", 150, 50), glyph("别", 50, 70), glyph("3", 150, 70), glyph("外", 300, 300));
        PageTables tables = PageTables.detect(glyphs, verticalMergeOverThreeRows());
        assertThat(tables.ruled()).hasSize(1);
        assertThat(tables.free()).extracting(Glyph::text).containsExactly("外");
        List<List<TableCell>> rows = PageTables.rows(tables.ruled().get(0));
        assertThat(rows).extracting(PageTablesTest::texts).containsExactly(
                List.of("项", "数"), List.of("组别", "1"), List.of("^", "2"), List.of("^", "3"));
    }

    @Test
    void ownersFollowTheMissingBorders() {
        RuledTable t = RuledTable.find(verticalMergeOverThreeRows()).get(0);
        CellOwners owners = CellOwners.of(t);
        assertThat(owners.isOwner(1, 0)).isTrue();
        assertThat(owners.owner(2, 0)).isEqualTo(2);
        assertThat(owners.owner(3, 0)).isEqualTo(2);
        assertThat(owners.isOwner(3, 1)).isTrue();
    }

    private static List<Glyph> line(float y, Object... chunksAtX) {
        List<Glyph> out = new ArrayList<>();
        for (int i = 0; i < chunksAtX.length; i += 2) {
            String s = (String) chunksAtX[i];
            float x = ((Number) chunksAtX[i + 1]).floatValue();
            for (int k = 0; k < s.length(); k++) {
                out.add(new Glyph(s.substring(k, k + 1), x + k * 8, y, 8, 8, 8));
            }
        }
        return out;
    }

    @Test
    void aLineOfWidelySpacedChunksWithTwoNumbersIsABorderlessRow() {
        assertThat(PageTables.borderlessRow(line(100, "合计", 0, "12", 100, "1,234", 200)))
                .extracting(TableCell::text).containsExactly("合计", "12", "1,234");
    }

    @Test
    void datesCodesAndFewChunksAreNoBorderlessRow() {
        assertThat(PageTables.borderlessRow(line(100, "日期", 0, "2023.1.1", 100, "2024.1.1", 200))).isNull();
        assertThat(PageTables.borderlessRow(line(100, "12", 0, "30", 100))).isNull();
        assertThat(PageTables.borderlessRow(line(100, "本机关", 0, "收到", 100, "12", 200))).isNull();
    }
}
