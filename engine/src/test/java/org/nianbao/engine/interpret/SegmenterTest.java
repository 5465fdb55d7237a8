package org.nianbao.engine.interpret;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SegmenterTest {
    @Test
    void uniqueApplicationRowIsAccepted() {
        Segmenter.Result r = Segmenter.applicationRow("640020470", 10);
        assertTrue(r.unique());
        assertEquals(List.of("64", "0", "0", "2", "0", "4", "70"), r.solutions().get(0));
    }

    @Test
    void twoValidSegmentationsAreNotUnique() {
        // 1|10|0|0|0|0|11 and 11|0|0|0|0|0|11 both satisfy "total = sum of six".
        Segmenter.Result r = Segmenter.applicationRow("110000011", 10);
        assertFalse(r.unique());
        assertTrue(r.solutions().size() >= 2);
    }

    @Test
    void leadingZerosAreNeverPieces() {
        assertFalse(Segmenter.valid("05", false));
        assertTrue(Segmenter.valid("0", false));
        assertFalse(Segmenter.valid("1.5", false));
        assertTrue(Segmenter.valid("1.5", true));
        assertFalse(Segmenter.valid("01.5", true));
        Segmenter.Result r = Segmenter.applicationRow("0000000", 10);
        assertTrue(r.unique());
    }

    @Test
    void noSegmentationWhenRowDoesNotAddUp() {
        Segmenter.Result r = Segmenter.applicationRow("1000009", 10);
        assertTrue(r.solutions().isEmpty());
        assertFalse(r.unique());
    }

    @Test
    void reviewRowUsesGroupTotals() {
        Segmenter.Result r = Segmenter.reviewRow("10203120001200000", 2);
        assertTrue(r.unique());
        assertEquals(List.of("1", "0", "2", "0", "3", "12", "0", "0", "0", "12", "0", "0", "0", "0", "0"),
                r.solutions().get(0));
    }

    @Test
    void otherCharactersAreRejected() {
        assertTrue(Segmenter.applicationRow("12a", 10).solutions().isEmpty());
    }

    @Test
    void segmentsSplitLabelNumbersFromRuns() {
        List<FlatText.Segment> s = FlatText.segments("1.属于国家秘密00000002.其他法律行政法规禁止公开0000000");
        assertEquals(2, s.size());
        assertEquals("1.属于国家秘密", s.get(0).label());
        assertEquals("0000000", s.get(0).run());
        assertEquals("2.其他法律行政法规禁止公开", s.get(1).label());
        assertEquals("0000000", s.get(1).run());
    }

    @Test
    void thousandsSeparatorsInRunsAreIgnored() {
        List<FlatText.Segment> s = FlatText.segments("一、本年新收政府信息公开申请数量1,259360000１，295");
        assertEquals("12593600001295", s.get(0).run());
        assertTrue(Segmenter.applicationRow(s.get(0).run(), 10).unique());
    }

    @Test
    void hugeRunsAreUndecidedAndFast() {
        long t0 = System.nanoTime();
        Segmenter.Result r = Segmenter.applicationRow("9".repeat(300), 64);
        assertFalse(r.unique());
        assertTrue(r.exhausted());
        Segmenter.Result q = Segmenter.reviewRow("1".repeat(80), 2);
        assertFalse(q.unique());
        Segmenter.Result w = Segmenter.reviewRow("1".repeat(70), 2);
        assertFalse(w.unique());
        assertTrue((System.nanoTime() - t0) / 1_000_000 < 5000);
    }

    @Test
    void singleAmountColumnTakesTheWholeRun() {
        Segmenter.Result r = Segmenter.segment("24252.311082", 1, i -> true, (p, n) -> true, 2);
        assertTrue(r.unique());
        assertEquals(List.of("24252.311082"), r.solutions().get(0));
        // Two columns (采购项目数量, 采购总金额) over "13575394432.52": many readings, never unique.
        assertFalse(Segmenter.segment("13575394432.52", 2, i -> i == 1, (p, n) -> true, 2).unique());
        // A count column never takes a decimal.
        assertTrue(Segmenter.segment("12.5", 1, i -> false, (p, n) -> true, 2).solutions().isEmpty());
    }
}
