package org.nianbao.engine.interpret;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nianbao.engine.interpret.LayoutTestSupport.build;
import static org.nianbao.engine.interpret.LayoutTestSupport.status;
import static org.nianbao.engine.interpret.LayoutTestSupport.table3;
import static org.nianbao.engine.interpret.LayoutTestSupport.value;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.engine.model.CellStatus;
import org.nianbao.engine.model.Report;
import org.nianbao.engine.model.Section;
import org.nianbao.engine.model.TableInfo;

/** One tiny inline input per plain-text layout trait. */
class TextLayoutsTest {
    private static final String A = "applications";

    private static String report(String table3) {
        return "某某县人民政府2021年政府信息公开工作年度报告\n"
                + "本报告所列数据的统计期限自2021年1月1日起至2021年12月31日止。\n"
                + "一、总体情况\n全年工作有序推进。\n"
                + "二、主动公开政府信息情况\n略。\n"
                + "三、收到和处理政府信息公开申请情况\n"
                + table3
                + "四、政府信息公开行政复议、行政诉讼情况\n无。\n"
                + "五、存在的主要问题及改进情况\n略。\n"
                + "六、其他需要报告的事项\n无。\n";
    }

    private static void assertTotals(Report r) {
        assertEquals(3.0, value(r, A, "new_received", "total"));
        assertEquals(2.0, value(r, A, "new_received", "natural_person"));
        assertEquals(0.0, value(r, A, "carried_over", "total"));
        assertEquals(3.0, value(r, A, "results_total", "total"));
        assertEquals(0.0, value(r, A, "carried_forward", "total"));
        assertEquals(1.0, value(r, A, "unable_not_held", "total"));
    }

    private static List<String> sectionNumerals(Report r) {
        return r.getSections().stream().map(Section::numeral).toList();
    }

    @Test
    void tabSeparated() {
        Report r = build(report(table3("\t", "\n")));
        assertTotals(r);
        assertTrue(r.tableInfo(A).complete(), r.tableInfo(A).getProblemSummary());
    }

    @Test
    void oneCellPerLine() {
        Report r = build(report(table3("\n", "\n")));
        assertTotals(r);
        assertTrue(r.tableInfo(A).complete(), r.tableInfo(A).getProblemSummary());
        assertEquals("text-cell-per-line", r.tableInfo(A).method());
    }

    @Test
    void cellsSeparatedBySpaceRuns() {
        Report r = build(report(table3("   ", "\n")));
        assertTotals(r);
        assertTrue(r.tableInfo(A).complete(), r.tableInfo(A).getProblemSummary());
    }

    @Test
    void fullWidthDigits() {
        String t = table3("\t", "\n").replace("\t3\n", "\t３\n").replace("\t2\t", "\t２\t");
        Report r = build(report(t));
        assertTotals(r);
    }

    @Test
    void thousandsSeparators() {
        String t = table3("\t", "\n")
                .replace("一、本年新收政府信息公开申请数量\t2\t1\t0\t0\t0\t0\t3", "一、本年新收政府信息公开申请数量\t1,259\t36\t0\t0\t0\t0\t1，295");
        Report r = build(report(t));
        assertEquals(1295.0, value(r, A, "new_received", "total"));
        assertEquals(1259.0, value(r, A, "new_received", "natural_person"));
    }

    @Test
    void hardWrappedRowLabel() {
        String t = table3("\t", "\n").replace("（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t",
                "（二）部分公开（区分处理的，只计这一情\n形，不计其他情形）\t");
        Report r = build(report(t));
        assertEquals(0.0, value(r, A, "partially_granted", "total"));
        assertTotals(r);
        assertTrue(r.tableInfo(A).complete(), r.tableInfo(A).getProblemSummary());
    }

    @Test
    void coverLetterBeforeTheReport() {
        String text = "关于报送某某县人民政府2021年政府信息公开工作年度报告的函\n市政府办公室：\n"
                + "现将我县2021年政府信息公开工作年度报告报送你们，请审阅。\n某某县人民政府办公室\n2022年1月5日\n"
                + report(table3("\t", "\n")) + "某某县人民政府\n2022年1月20日\n";
        Report r = build(text);
        assertEquals("某某县人民政府", r.getAgency());
        assertEquals("government", r.getAgencyKind());
        assertEquals(2021, r.getYear());
        assertEquals(List.of("一", "二", "三", "四", "五", "六"), sectionNumerals(r));
        assertTotals(r);
    }

    @Test
    void tableRowLabelsAreNotHeadings() {
        Report r = build(report(table3("\t", "\n")));
        assertEquals(List.of("一", "二", "三", "四", "五", "六"), sectionNumerals(r));
        assertEquals("review_litigation", r.getSections().get(3).kind());
        // Also when the rows are not delimited at all, each label alone on a line.
        Report p = build(report("三、本年度办理结果\n四、结转下年度继续办理\n"));
        assertEquals(List.of("一", "二", "三", "四", "五", "六"), sectionNumerals(p));
    }

    @Test
    void pipeTableWithMarkdownSeparatorsAndPageFooters() {
        String t = table3(" | ", " |\n|---|---|---|---|---|---|---|---|\n").replaceAll("(?m)^(?!\\|)", "| ");
        t = t.replace("| （三）不予公开", "— 4 —\n| （三）不予公开");
        Report r = build(report(t));
        assertTotals(r);
        assertFalse(r.getFullText().contains("— 4 —"));
    }

    @Test
    void fewerCellsThanColumnsAreNeverShifted() {
        String text = "二、主动公开政府信息情况\n第二十条第（一）项\n| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n"
                + "| 规章 | 22 | 235 |\n| 行政规范性文件 | 1 | 0 | 9 |\n行政许可 5\n";
        Report r = build(text);
        assertEquals(CellStatus.NOT_READ, status(r, "proactive", "regulations", "repealed"));
        assertEquals(CellStatus.NOT_READ, status(r, "proactive", "regulations", "in_force"));
        assertEquals(9.0, value(r, "proactive", "normative_documents", "in_force"));
        assertEquals(5.0, value(r, "proactive", "licensing", "decisions"));
        assertTrue(r.tableInfo("proactive").unreadRows().contains("regulations"));
    }

    @Test
    void truncatedInsideTable3() {
        String t = "一、本年新收政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t0\n二、上年结转政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t0\n";
        String text = "某某镇人民政府2020年政府信息公开工作年度报告\n一、总体情况\n略。\n二、主动公开政府信息情况\n略。\n"
                + "三、收到和处理政府信息公开申请情况\n" + t;
        Report r = build(text);
        assertTrue(r.isTruncated());
        assertEquals("applications", r.getTruncatedTable());
        assertEquals(8, r.getTruncatedLine());
        TableInfo info = r.tableInfo(A);
        assertTrue(info.isTruncated());
        assertFalse(info.complete());
        assertTrue(info.problems().get(0).startsWith("文本在表三中途结束"), info.getProblemSummary());
        assertEquals(0.0, value(r, A, "new_received", "total"));
        assertEquals(CellStatus.NOT_READ, status(r, A, "results_total", "total"));
        assertTrue(r.tableInfo("review_litigation").isTruncated());
        assertEquals("township", r.getAgencyKind());
    }

    @Test
    void completeReportIsNotTruncated() {
        Report r = build(report(table3("\t", "\n")));
        assertFalse(r.isTruncated());
        assertNull(r.getTruncatedLine());
    }

    @Test
    void garbageDoesNotCrash() {
        for (String s : new String[] {"", "\n\n", "|||\n|", "一、\n二、", "1.\t2.\n、、、",
                "三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量" + "9".repeat(300),
                "x".repeat(500) + "一、总体情况二、主动公开政府信息情况第二十条第（一）项规章" + "1".repeat(80)}) {
            build(s);
        }
    }

    @Test
    void labelThenSingleSpacedNumbers() {
        Report r = build(report(table3(" ", "\n")));
        assertTotals(r);
        assertTrue(r.tableInfo(A).complete(), r.tableInfo(A).getProblemSummary());
    }

    @Test
    void oneLinePerRowWithCellsRunTogether() {
        String t = table3("", "\n") + "";
        Report r = build(report(t.replace("四、结转下年度继续办理0000000\n",
                "四、结转下年度继续办理0000000\n")));
        assertTotals(r);
        assertEquals("flattened-digits", r.tableInfo(A).method());
        assertEquals("constraint-unique", r.tableInfo(A).confidence());
        assertTrue(r.tableInfo(A).complete(), r.tableInfo(A).getProblemSummary());
        // Each row keeps its own line.
        assertEquals(r.cell(A, "new_received", "total").getLocation().line() + 1,
                r.cell(A, "carried_over", "total").getLocation().line());
    }

    @Test
    void table4DigitsOnlyLineAfterHeader() {
        String text = "四、政府信息公开行政复议、行政诉讼情况\n行政复议 行政诉讼\n结果维持 结果纠正 其他结果 尚未审结 总计\n"
                + "10203120001200000\n五、存在的主要问题及改进情况\n略。\n";
        Report r = build(report(table3("\t", "\n")).replace("四、政府信息公开行政复议、行政诉讼情况\n无。\n五、存在的主要问题及改进情况\n略。\n", text));
        assertEquals(12.0, value(r, "review_litigation", "litigation_direct", "total"));
        assertEquals(3.0, value(r, "review_litigation", "review", "total"));
    }

    @Test
    void table4OneCellPerLine() {
        StringBuilder t4 = new StringBuilder("四、政府信息公开行政复议、行政诉讼情况\n行政复议\n结果维持\n");
        for (String v : "1 0 2 0 3 12 0 0 0 12 0 0 0 0 0".split(" ")) {
            t4.append(v).append('\n');
        }
        Report r = build(report(table3("\t", "\n")).replace("四、政府信息公开行政复议、行政诉讼情况\n无。\n", t4.toString()));
        assertEquals(12.0, value(r, "review_litigation", "litigation_direct", "total"));
        assertEquals(2.0, value(r, "review_litigation", "review", "other"));
    }

    @Test
    void narrativeMentionOfTable3RowIsNotATable() {
        String narrative = "本年度，我县" + "持续加强依申请公开工作，".repeat(20) + "本年新收政府信息公开申请数量5件，上年结转0件。\n";
        Report r = build(report(narrative + table3("\t", "\n")));
        assertTotals(r);
    }

    @Test
    void truncatedInsideTable2() {
        String text = "某某镇人民政府2020年政府信息公开工作年度报告\n一、总体情况\n略。\n二、主动公开政府信息情况\n"
                + "第二十条第（一）项\n信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n规章\t0\t0\t0\n";
        Report r = build(text);
        assertTrue(r.isTruncated());
        assertEquals("proactive", r.getTruncatedTable());
        assertTrue(r.tableInfo("proactive").isTruncated());
        assertTrue(r.tableInfo(A).isTruncated());
        assertTrue(r.tableInfo(A).problems().get(0).contains("表二"), r.tableInfo(A).getProblemSummary());
        assertEquals(0.0, value(r, "proactive", "regulations", "in_force"));
    }

    @Test
    void headingFollowedByNumberLinesStaysAHeading() {
        Report r = build(report(table3("\t", "\n")).replace("六、其他需要报告的事项\n无。\n", "六、其他需要报告的事项\n1\n2\n"));
        assertEquals(List.of("一", "二", "三", "四", "五", "六"), sectionNumerals(r));
    }
}
