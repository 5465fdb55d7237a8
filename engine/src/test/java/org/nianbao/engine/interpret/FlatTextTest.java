package org.nianbao.engine.interpret;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

/** Flattened web-page text: the whole report on one line, cells run together. */
class FlatTextTest {
    private static final String A = "applications";

    private static String flat(String table3) {
        return "某某区2021年度政府信息公开工作年度报告 根据《条例》要求编制本报告。本报告所列数据的统计期限自2021年1月1日起至2021年12月31日止。"
                + "一、总体情况2021年，我区深化政务公开。（一）主动公开方面。一是加强领导。"
                + "二、主动公开政府信息情况 第二十条第（一）项信息内容本年制发件数本年废止件数现行有效件数规章 000行政规范性文件693665"
                + "第二十条第（五）项信息内容本年处理决定数量行政许可2293第二十条第（八）项信息内容 本年收费金额（单位：万元）行政事业性收费12.5"
                + "三、收到和处理政府信息公开申请情况（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
                + "申请人情况自然人法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他" + table3
                + " 四、政府信息公开行政复议、行政诉讼情况 行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计" + "10203120001200000"
                + "五、存在的主要问题及改进情况一是解读形式不够丰富。六、其他需要报告的事项无。";
    }

    @Test
    void headingsAndTablesAreRecovered() {
        Report r = build(flat(table3("", "")));
        assertEquals(List.of("一", "二", "三", "四", "五", "六"), r.getSections().stream().map(Section::numeral).toList());
        assertEquals("总体情况", r.getSections().get(0).heading());
        assertEquals(3.0, value(r, A, "new_received", "total"));
        assertEquals(2.0, value(r, A, "new_received", "natural_person"));
        assertEquals(3.0, value(r, A, "results_total", "total"));
        assertEquals(0.0, value(r, A, "carried_forward", "total"));
        TableInfo info = r.tableInfo(A);
        assertTrue(info.complete(), info.getProblemSummary());
        assertEquals("flattened-digits", info.method());
        assertEquals("constraint-unique", info.confidence());
        assertEquals(12.0, value(r, "review_litigation", "litigation_direct", "total"));
        assertEquals(3.0, value(r, "review_litigation", "review", "total"));
        assertEquals(2293.0, value(r, "proactive", "licensing", "decisions"));
        assertEquals(0.0, value(r, "proactive", "regulations", "in_force"));
        assertEquals(12.5, value(r, "proactive", "fees", "fee_amount_wan"));
        assertEquals(2021, r.getYear());
        assertTrue(r.isPeriodStated());
    }

    @Test
    void ambiguousProactiveRowIsNotRead() {
        Report r = build(flat(table3("", "")));
        assertEquals(CellStatus.NOT_READ, status(r, "proactive", "normative_documents", "issued"));
        TableInfo info = r.tableInfo("proactive");
        assertFalse(info.complete());
        assertTrue(info.unreadRows().contains("normative_documents"));
        assertTrue(info.getProblemSummary().contains("行政规范性文件") && info.getProblemSummary().contains("歧义"),
                info.getProblemSummary());
    }

    @Test
    void ambiguousApplicationRowIsNotReadAndNamed() {
        // 予以公开 "110000011" = 1|10|0|0|0|0|11 or 11|0|0|0|0|0|11; 部分公开 likewise. Both rows ambiguous
        // and the column sums cannot decide between the swapped pairs, so both stay NOT_READ.
        String t = table3("", "")
                .replace("一、本年新收政府信息公开申请数量2100003", "一、本年新收政府信息公开申请数量12100000022")
                .replace("（一）予以公开1100002", "（一）予以公开110000011")
                .replace("（二）部分公开（区分处理的，只计这一情形，不计其他情形）0000000",
                        "（二）部分公开（区分处理的，只计这一情形，不计其他情形）110000011")
                .replace("（七）总计2100003", "（七）总计13100000024");
        Report r = build(flat(t));
        assertEquals(CellStatus.NOT_READ, status(r, A, "granted", "total"));
        assertEquals(CellStatus.NOT_READ, status(r, A, "partially_granted", "natural_person"));
        TableInfo info = r.tableInfo(A);
        assertFalse(info.complete());
        assertTrue(info.unreadRows().contains("granted"));
        assertTrue(info.getProblemSummary().contains("予以公开") && info.getProblemSummary().contains("歧义"),
                info.getProblemSummary());
        // Rows that are unique stay read.
        assertEquals(1.0, value(r, A, "unable_not_held", "total"));
    }

    @Test
    void columnIdentitiesDecideWhenOnlyOneCombinationFits() {
        // 予以公开 "110000011" is ambiguous alone (1|10|… or 11|0|…); with 总计 12|0|…|13 and the other result
        // rows fixed, only 11|0|0|0|0|0|11 makes the column sums hold.
        String t = table3("", "")
                .replace("一、本年新收政府信息公开申请数量2100003", "一、本年新收政府信息公开申请数量120000012")
                .replace("（一）予以公开1100002", "（一）予以公开110000011")
                .replace("（七）总计2100003", "（七）总计120000012");
        Report r = build(flat(t));
        assertEquals(11.0, value(r, A, "granted", "natural_person"));
        assertEquals(0.0, value(r, A, "granted", "commercial"));
        assertTrue(r.tableInfo(A).complete(), r.tableInfo(A).getProblemSummary());
    }

    @Test
    void table4WithoutConsistentSegmentationIsNotRead() {
        // 16 digits for 15 cells: no split makes each group's 总计 the sum of its four outcomes.
        Report r = build(flat(table3("", "")).replace("10203120001200000", "1111111111111111"));
        assertEquals(CellStatus.NOT_READ, status(r, "review_litigation", "review", "total"));
        TableInfo info = r.tableInfo("review_litigation");
        assertFalse(info.complete());
        assertTrue(info.getProblemSummary().contains("表四"), info.getProblemSummary());
        assertEquals(List.of("“表四数据行”（1111111111111111）"), info.getInconsistentRuns());
    }

    @Test
    void table4WithAsManyDigitsAsCellsIsReadWhateverItsArithmetic() {
        // 15 digits for 15 cells: the split is certain; the wrong totals are for the arithmetic rules.
        Report r = build(flat(table3("", "")).replace("10203120001200000", "111111111111111"));
        assertEquals(1.0, value(r, "review_litigation", "review", "total"));
        assertEquals(1.0, value(r, "review_litigation", "review", "upheld"));
        assertTrue(r.tableInfo("review_litigation").getInconsistentRuns().isEmpty());
    }

    @Test
    void table3RowThatCannotAddUpIsNotRead() {
        Report r = build(flat(table3("", "").replace("（一）予以公开1100002", "（一）予以公开99999999")));
        assertEquals(CellStatus.NOT_READ, status(r, A, "granted", "total"));
        assertTrue(r.tableInfo(A).getProblemSummary().contains("予以公开"));
        assertEquals(List.of("“（一）予以公开”（99999999）"), r.tableInfo(A).getInconsistentRuns());
        assertEquals(3.0, value(r, A, "new_received", "total"));
    }

    @Test
    void table3RowWithAsManyDigitsAsCellsIsReadWhateverItsArithmetic() {
        // "3000000": 自然人 3 and 总计 0 — seven digits, seven cells: read, so that FMT-T3-003 can say so.
        Report r = build(flat(table3("", "").replace("（一）予以公开1100002", "（一）予以公开1100009")));
        assertEquals(9.0, value(r, A, "granted", "total"));
        assertEquals(1.0, value(r, A, "granted", "natural_person"));
        assertTrue(r.tableInfo(A).complete(), r.tableInfo(A).getProblemSummary());
    }

    @Test
    void spaceSeparatedCellsAreTakenAsPrintedAndTooFewAreNotGuessed() {
        String t = table3("", "")
                .replace("（一）予以公开1100002", "（一）予以公开 1 1 0 0 0 0 2")
                .replace("（二）部分公开（区分处理的，只计这一情形，不计其他情形）0000000",
                        "（二）部分公开（区分处理的，只计这一情形，不计其他情形） 0 0 0 0 0 0");
        Report r = build(flat(t));
        assertEquals(2.0, value(r, A, "granted", "total"));
        assertEquals(CellStatus.NOT_READ, status(r, A, "partially_granted", "total"));
        assertTrue(r.tableInfo(A).getProblemSummary().contains("只有 6 个"), r.tableInfo(A).getProblemSummary());
        assertTrue(r.tableInfo(A).getInconsistentRuns().isEmpty());
    }

    @Test
    void titleAtTheStartOfTheFlattenedLine() {
        Report r = build(flat(table3("", "")).replace("某某区2021年度政府信息公开工作年度报告 根据",
                "某某区2021年度政府信息公开工作年度报告 来源：某某区人民政府 时间：2022-02-08 16:34 根据"));
        assertEquals("某某区2021年度政府信息公开工作年度报告", r.getTitle());
        assertEquals("某某区", r.getAgency());
        assertEquals(2021, r.getYear());
    }
}
