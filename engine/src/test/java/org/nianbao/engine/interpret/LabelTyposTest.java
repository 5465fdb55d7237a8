package org.nianbao.engine.interpret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nianbao.engine.interpret.LayoutTestSupport.build;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nianbao.engine.model.LabelTypo;
import org.nianbao.engine.model.Report;

/** Misspelt fixed labels: one edit away from the national text, which the report nowhere prints. */
class LabelTyposTest {

    private static String report(String t2Header, String t3Note, String heading4) {
        return "某某局2023年度政府信息公开工作年度报告 本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。"
                + "一、总体情况2023年，我局深化政务公开工作，取得成效，全面推进各项工作落实到位。"
                + "二、主动公开政府信息情况第二十条第（一）项信息内容" + t2Header + "规章000行政规范性文件000"
                + "三、收到和处理政府信息公开申请情况（本列数据的" + t3Note + "为：第一项加第二项之和，等于第三项加第四项之和）"
                + LayoutTestSupport.table3("", "")
                + "四、" + heading4 + "行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计000000000000000"
                + "五、存在的主要问题及改进情况公开不及时，将加强培训。六、其他需要报告的事项无。";
    }

    private static final String HEADER = "本年制发件数本年废止件数现行有效件数";
    private static final String HEADING4 = "政府信息公开行政复议、行政诉讼情况";

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "先行有效件数, 现行有效件数, proactive",
            "本年废止件, 本年废止件数, proactive",
            "钩稽关系, 勾稽关系, applications",
            "行政法复议, 行政复议, heading",
    })
    void misspeltLabelIsFoundWithTheRightText(String typo, String right, String where) {
        String text = switch (where) {
            case "proactive" -> report(HEADER.replace(right, typo), "勾稽关系", HEADING4);
            case "applications" -> report(HEADER, typo, HEADING4);
            default -> report(HEADER, "勾稽关系", HEADING4.replace(right, typo));
        };
        Report r = build(text);
        assertThat(r.getLabelTypos()).extracting(LabelTypo::found, LabelTypo::expected, LabelTypo::where)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(typo, right, where));
    }

    @Test
    void correctLabelsAndWordingVariantsAreNoTypos() {
        assertThat(build(report(HEADER, "勾稽关系", HEADING4)).getLabelTypos()).isEmpty();
        // Connectors and a missing word in a heading are wording, not a misspelt fixed label.
        assertThat(build(report(HEADER, "勾稽关系", "政府信息公开行政复议与行政诉讼情况")).getLabelTypos()).isEmpty();
    }

    @Test
    void aLabelPrintedRightSomewhereIsNotATypoElsewhere() {
        Report r = build(report(HEADER, "勾稽关系", HEADING4) + "附：本年废止件现行有效件数说明。");
        assertThat(r.getLabelTypos()).isEmpty();
    }

    @Test
    void oneEditRules() {
        assertThat(LabelTypos.oneEdit("行政法复议", "行政复议", false)).isTrue();
        assertThat(LabelTypos.oneEdit("行政复核", "行政复议", false)).isFalse();
        assertThat(LabelTypos.oneEdit("钩稽关系", "勾稽关系", true)).isTrue();
        // A wrong last character is the label cut short, a missing first one a wrong first character.
        assertThat(LabelTypos.oneEdit("本年废止件现", "本年废止件数", true)).isFalse();
        assertThat(LabelTypos.oneEdit("行有效件数", "现行有效件数", true)).isFalse();
        assertThat(LabelTypos.oneEdit("本年废止件", "本年废止件数", true)).isTrue();
    }

    @Test
    void aMisspeltRowLabelIsMatchedBySimilarityAndReported() {
        // “属于国家密秘” (two characters swapped): no word test matches, one edit-distance match does.
        Report r = build(report(HEADER, "勾稽关系", HEADING4).replace("1.属于国家秘密", "1.属于国家密秘"));
        assertThat(r.cell("applications", "denied_state_secret", "total").getStatus().name()).isEqualTo("NUMBER");
        assertThat(r.tableInfo("applications").absentRows()).isEmpty();
        assertThat(r.getLabelTypos()).extracting(LabelTypo::found, LabelTypo::expected)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("属于国家密秘", "属于国家秘密"));
    }

    @Test
    void fuzzyRowMatchingNeedsOneClearCandidate() {
        assertThat(Vocabulary.matchApplicationRowFuzzy("2.重复申诉", java.util.Set.of())).isNotNull();
        assertThat(Vocabulary.matchApplicationRowFuzzy("工作概况", java.util.Set.of())).isNull();
        assertThat(Vocabulary.distance("属于国家密秘", "属于国家秘密", 2)).isEqualTo(1);
        assertThat(Vocabulary.distance("予以公开", "不予公开", 1)).isEqualTo(2);
    }

    @Test
    void anUnrecognisedRowLabelIsReadByItsPlaceAndSaidSo() {
        // A tab-separated 表三 whose row 2.没有现成信息需要另行制作 is printed under an unrelated wording.
        String t3 = LayoutTestSupport.table3("\t", "\n").replace("2.没有现成信息需要另行制作", "2.资料尚待汇编整理");
        Report r = build("某某局2023年度政府信息公开工作年度报告\n一、总体情况\n正文。\n"
                + "三、收到和处理政府信息公开申请情况\n（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\n" + t3);
        assertThat(r.cell("applications", "unable_needs_creation", "total").getStatus().name()).isEqualTo("NUMBER");
        assertThat(r.tableInfo("applications").absentRows()).isEmpty();
        assertThat(r.tableInfo("applications").getProblemSummary()).contains("按其在表中的位置读取").contains("资料尚待汇编整理");
    }
}
