package org.nianbao.engine.interpret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nianbao.engine.interpret.LayoutTestSupport.build;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.nianbao.engine.model.Part;
import org.nianbao.engine.model.Report;
import org.nianbao.engine.model.Section;

/** Part headings by number and meaning, on their own lines and run together in web-page text. */
class HeadingsTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "总体情况, overview",
            "政府信息公开工作概述, overview",
            "主动公开政府信息情况, proactive",
            "收到和处理政府信息公开申请情况, applications",
            "依申请公开政府信息情况, applications",
            "政府信息公开行政复议、行政诉讼情况, review_litigation",
            "政府信息公开行政复议与行政诉讼情况, review_litigation",
            "政府信息公开行政复议和行政诉讼情况, review_litigation",
            "政府信息公开行政法复议、行政诉讼情况, review_litigation",
            "因政府信息公开被申请行政复议及提起行政诉讼情况, review_litigation",
            "存在的主要问题及改进情况, problems",
            "存在的主要问题和改进措施, problems",
            "政府信息公开工作存在的主要问题及改进情况, problems",
            "存在问题及整改计划, problems",
            "其他需要报告的事项, other",
            "其他需报告的事项, other",
            "其它需要报告的事项, other",
            "需要说明的其他事项与附表, other",
            "信息处理费收取情况, other",
    })
    void headingTitleNamesItsPart(String title, String kind) {
        Vocabulary.PartMatch m = Vocabulary.classifyHeading(title);
        assertThat(m).as(title).isNotNull();
        assertThat(m.part().kind()).isEqualTo(kind);
        assertThat(m.reason()).contains("→").contains(m.part().title());
    }

    @Test
    void titlesWithoutAPartsKeyTermsNameNone() {
        assertThat(Vocabulary.classifyHeading("加强组织领导")).isNull();
        assertThat(Vocabulary.classifyHeading("附件")).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "四、政府信息公开行政复议与行政诉讼情况2021年我局未有行政复议。, review_litigation, 政府信息公开行政复议与行政诉讼情况",
            "六、其他需报告的事项本年度未产生政府信息公开信息处理费用。, other, 其他需报告的事项",
            "六、需要说明的其他事项与附表按照规定收费。, other, 需要说明的其他事项与附表",
            "五、存在的主要问题及改进措施全面审视一年来的工作。, problems, 存在的主要问题及改进措施",
            "五、信息处理费收取情况通知收取件数000, other, 信息处理费收取情况",
            "四．政府信息公开行政复议、行政诉讼情况 行政复议, review_litigation, 政府信息公开行政复议、行政诉讼情况",
            "四.政府信息公开行政法复议、行政诉讼情况行政复议, review_litigation, 政府信息公开行政法复议、行政诉讼情况",
            "五、存在问题与改进下一步我局将加强培训。, problems, 存在问题与改进",
            "五、存在的主要问题及整改情况一是公开不及时。, problems, 存在的主要问题及整改情况",
            "五、主要问题和改进措施一是公开不及时。, problems, 主要问题和改进措施",
    })
    void runTogetherHeadingEndsWhereItsTitleEnds(String text, String kind, String title) {
        List<Headings.Inline> h = Headings.inline("前文。" + text);
        assertThat(h).hasSize(1);
        assertThat(h.get(0).match().part().kind()).isEqualTo(kind);
        assertThat(h.get(0).title()).isEqualTo(title);
    }

    @Test
    void enumerationsAndSentencesAreNotHeadings() {
        assertThat(Headings.inline("报告包括一、总体情况，二、主动公开政府信息情况，三、收到和处理政府信息公开申请情况")).isEmpty();
        assertThat(Headings.inline("三，进一步强化举措，确保发布内容的合法合规。")).isEmpty();
        assertThat(Headings.inline("四、结转下年度继续办理0000000")).isEmpty();
    }

    /** A flattened report whose parts are renumbered: 五 = the fee part (content of 六), 六 = problems. */
    private static String renumbered(boolean withSix) {
        return "某某局2023年度政府信息公开工作年度报告 本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。"
                + "一、总体情况2023年，我局深化政务公开工作，取得成效，全面推进各项工作落实到位。"
                + "二、主动公开政府信息情况第二十条第（一）项信息内容本年制发件数本年废止件数现行有效件数规章000行政规范性文件000"
                + "三、收到和处理政府信息公开申请情况（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
                + LayoutTestSupport.table3("", "")
                + "四、政府信息公开行政复议、行政诉讼情况行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计000000000000000"
                + (withSix ? "五、信息处理费收取情况通知收取件数通知收取金额（元）实际收取金额（元）000"
                        + "六、存在的主要问题和改进情况（一）存在的主要问题：公开不及时。（二）改进措施：加强培训。"
                        : "五、存在的主要问题和改进情况（一）存在的主要问题：公开不及时。（二）改进措施：加强培训。");
    }

    @Test
    void renumberedPartsAreAllPresentByMeaning() {
        Report r = build(renumbered(true));
        assertThat(r.getSections()).extracting(Section::kind)
                .containsExactly("overview", "proactive", "applications", "review_litigation", "other", "problems");
        assertThat(r.getParts()).extracting(Part::status).containsOnly("present");
        assertThat(r.getSections().get(4).reason()).contains("处理费");
    }

    @Test
    void aPartMissingFromAWellReadReportIsMissing() {
        Report r = build(renumbered(false));
        assertThat(r.getParts()).filteredOn(p -> p.kind().equals("other")).extracting(Part::status)
                .containsExactly("missing");
    }

    @Test
    void aPartNotFoundInAPoorlyReadReportIsOnlyUnrecognised() {
        Report r = build("某某局2023年度政府信息公开工作年度报告\n一、总体情况\n正文。\n二、主动公开政府信息情况\n正文。\n");
        assertThat(r.getParts()).filteredOn(p -> p.kind().equals("other")).extracting(Part::status)
                .containsExactly("unrecognised");
    }
}
