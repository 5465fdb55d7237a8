package org.nianbao.engine.interpret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nianbao.engine.interpret.LayoutTestSupport.build;

import org.junit.jupiter.api.Test;
import org.nianbao.engine.model.Report;

/** The edition from the tables' own structure, weighed over all the evidence; hybrids named. */
class EditionEvidenceTest {

    private static final String T2_2021 = "第二十条第（一）项信息内容本年制发件数本年废止件数现行有效件数规章000行政规范性文件000"
            + "第二十条第（五）项信息内容本年处理决定数量行政许可0"
            + "第二十条第（八）项信息内容本年收费金额（单位：万元）行政事业性收费0";
    private static final String T2_2019 = "第二十条第（一）项信息内容本年新制作数量本年新公开数量对外公开总数量规章000行政规范性文件000"
            + "第二十条第（五）项信息内容上一年项目数量本年增/减处理决定数量行政许可000"
            + "第二十条第（八）项信息内容上一年项目数量本年增/减行政事业性收费00";

    private static String report(int year, String narrative, String t2, String t3) {
        return "某某局" + year + "年度政府信息公开工作年度报告 本报告所列数据的统计期限自" + year + "年1月1日起至" + year + "年12月31日止。"
                + "一、总体情况" + year + "年，我局深化政务公开工作，取得成效。" + narrative
                + "二、主动公开政府信息情况" + t2
                + "三、收到和处理政府信息公开申请情况（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）" + t3
                + "四、政府信息公开行政复议、行政诉讼情况行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计000000000000000"
                + "五、存在的主要问题及改进情况公开不及时，将加强培训。六、其他需要报告的事项无。";
    }

    private static String t3With2019OtherRow() {
        return LayoutTestSupport.table3("", "")
                .replace("（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请0000000", "（六）其他处理0000000")
                .replace("2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请0000000", "")
                .replace("3.其他0000000", "");
    }

    @Test
    void aWordInTheNarrativeDoesNotDecideTheEdition() {
        Report r = build(report(2023, "我局严格执行政府集中采购制度。", T2_2021, LayoutTestSupport.table3("", "")));
        assertThat(r.getEdition()).isEqualTo("n2021");
        assertThat(r.isHybrid()).isFalse();
        assertThat(r.getEditionEvidence()).doesNotContain("政府集中采购");
        assertThat(r.getEditionDecision()).contains("表二按").contains("表三按");
    }

    @Test
    void table2In2019ColumnsWith2021Table3IsAHybrid() {
        Report r = build(report(2021, "", T2_2019, LayoutTestSupport.table3("", "")));
        assertThat(r.isHybrid()).isTrue();
        assertThat(r.getEdition()).isEqualTo("n2021");
        assertThat(r.tableInfo("proactive").edition()).isEqualTo("n2019");
        assertThat(r.tableInfo("applications").edition()).isEqualTo("n2021");
        assertThat(r.getHybridDescription()).contains("表二按2019").contains("本年新制作数量").contains("表三按2021");
        // 表二 is read in its own (2019) columns: 行政许可 has three cells.
        assertThat(r.cell("proactive", "licensing", "prior_items").getStatus().name()).isEqualTo("NUMBER");
        // Rows only the 2019 表二 prints are not required of a 2021 report.
        assertThat(r.tableInfo("proactive").absentRows()).doesNotContain("other_services", "procurement");
    }

    @Test
    void the2019SingleOtherHandlingRowIn2021TablesIsAHybrid() {
        Report r = build(report(2023, "", T2_2021, t3With2019OtherRow()));
        assertThat(r.isHybrid()).isTrue();
        assertThat(r.getEdition()).isEqualTo("n2021");
        assertThat(r.tableInfo("applications").edition()).isEqualTo("n2019");
        assertThat(r.getHybridDescription()).contains("表三按2019").contains("（六）其他处理");
        assertThat(r.cell("applications", "other_handling", "total").getStatus().name()).isEqualTo("NUMBER");
        assertThat(r.tableInfo("applications").absentRows()).isEmpty();
    }

    @Test
    void bothTablesIn2019FormatAre2019() {
        Report r = build(report(2022, "", T2_2019, t3With2019OtherRow()));
        assertThat(r.getEdition()).isEqualTo("n2019");
        assertThat(r.isHybrid()).isFalse();
        assertThat(r.getEditionEvidence()).contains("本年新制作数量");
    }

    @Test
    void aLegacyReportNamingOne2019WordStaysLegacy() {
        Report r = build("某某县2018年政府信息公开工作年度报告\n一、概述\n本县推进政府集中采购信息公开。\n"
                + "二、政府信息公开的收费及减免情况\n未收费。\n三、因政府信息公开申请提起行政复议、行政诉讼的情况\n无。\n");
        assertThat(r.getEdition()).isEqualTo("pre2019");
    }
}
