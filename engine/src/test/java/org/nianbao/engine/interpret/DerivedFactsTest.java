package org.nianbao.engine.interpret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nianbao.engine.interpret.LayoutTestSupport.build;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.engine.model.ContentGap;
import org.nianbao.engine.model.Deadline;
import org.nianbao.engine.model.Report;
import org.nianbao.engine.model.ReportTraits;

/** The facts derived once per report for the rules (deadline, period, text findings, section 五). */
class DerivedFactsTest {
    private static final String BODY = "一、总体情况\n本机关认真落实条例。\n五、存在的主要问题及改进情况\n";

    private static <T> List<T> of(Report r, Class<T> type) {
        return DerivedFacts.of(r).stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Test
    void deadlineDependsOnYearAndAgencyKind() {
        Report dept = build("某市财政局2021年政府信息公开工作年度报告\n" + BODY + "某市财政局\n2022年3月10日\n");
        Deadline d = of(dept, Deadline.class).get(0);
        assertThat(d.basis()).isEqualTo("department");
        assertThat(d.due()).isEqualTo(LocalDate.of(2022, 1, 31));
        assertThat(d.late()).isTrue();
        Report gov = build("某县人民政府2021年政府信息公开工作年度报告\n" + BODY + "某县人民政府\n2022年3月10日\n");
        Deadline g = of(gov, Deadline.class).get(0);
        assertThat(g.basis()).isEqualTo("government");
        assertThat(g.due()).isEqualTo(LocalDate.of(2022, 3, 31));
        assertThat(g.late()).isFalse();
        Report old = build("某县人民政府2011年政府信息公开工作年度报告\n" + BODY + "某县人民政府\n2012年4月18日\n");
        assertThat(of(old, Deadline.class).get(0)).extracting(Deadline::basis, Deadline::late).containsExactly("pre2019", true);
        Report noYear = build("政府信息公开工作年度报告\n" + BODY);
        assertThat(of(noYear, Deadline.class)).isEmpty();
    }

    @Test
    void traitsFromTheText() {
        Report r = build("某市财政局2022年政府信息公开工作年度报告\n本报告中所列数据的统计期限为2022年1月1日至2022年11月30日。\n"
                + BODY + "存在问题：人员不足。下一步将加强培训。\n六、其他需要报告的事项\n本年度未收取信息处理费，未发出收费通知。\n"
                + "某市财政局办公室\n2023年1月10日\n");
        ReportTraits t = of(r, ReportTraits.class).get(0);
        assertThat(t.getStatedYear()).isEqualTo(2022);
        assertThat(t.getPeriodYear()).isEqualTo(2022);
        assertThat(t.getPeriodCoversYear()).isFalse();
        assertThat(t.getPeriodEnd()).isEqualTo(LocalDate.of(2022, 11, 30));
        assertThat(t.isDatedBeforePeriodEnd()).isFalse();
        assertThat(t.isFeeMentioned()).isTrue();
        assertThat(t.getNoFeeNoticeClaim()).isEqualTo("未发出收费通知");
        assertThat(t.getFollowUpStated()).isFalse();
        assertThat(t.getMissingOversight()).isEqualTo("工作考核、社会评议、责任追究");
        assertThat(t.isAgencyMismatch()).isFalse();
        assertThat(t.isPossiblyTruncated()).isFalse();
    }

    @Test
    void followUpOfLastYearsProblemsIsFoundAndNotAskedBefore2022() {
        assertThat(DerivedFacts.followUpStated("针对2021年度报告中提出的问题，已全部整改完成", 2022)).isTrue();
        assertThat(DerivedFacts.followUpStated("上年度存在的不足已逐项改进", 2022)).isTrue();
        assertThat(DerivedFacts.followUpStated("下一步将加强培训", 2022)).isFalse();
        Report r = build("某市财政局2021年政府信息公开工作年度报告\n" + BODY);
        assertThat(of(r, ReportTraits.class).get(0).getFollowUpStated()).isNull();
    }

    @Test
    void sectionFiveWithoutProblemsOrMeasuresIsAGap() {
        assertThat(DerivedFacts.problemsGap("无。")).startsWith("只有");
        assertThat(DerivedFacts.problemsGap("本年度我局政府信息公开工作取得了较好的成效，得到群众认可。"))
                .isEqualTo("既没有写存在的问题，也没有写改进措施");
        assertThat(DerivedFacts.problemsGap("存在的问题是公开内容不够全面。下一步将加强培训，完善制度。")).isNull();
        Report r = build("某市财政局2021年政府信息公开工作年度报告\n" + BODY + "无。\n");
        assertThat(of(r, ContentGap.class)).singleElement().extracting(ContentGap::topic).isEqualTo("problems");
    }

    @Test
    void agenciesAreTheSameWhenOneNameStartsTheOther() {
        assertThat(DerivedFacts.sameAgency("某县人民政府", "某县人民政府办公室")).isTrue();
        assertThat(DerivedFacts.sameAgency("某 县财政局", "某县财政局")).isTrue();
        assertThat(DerivedFacts.sameAgency("某县财政局", "某县教育局")).isFalse();
    }

    @Test
    void noApplicationsStatedOnlyWhenTheTableSaysZero() throws Exception {
        java.nio.file.Path seed = java.nio.file.Path.of("..", "corpus", "seeds", "000_20a0191baea80f94.txt");
        String text = java.nio.file.Files.readString(seed);
        assertThat(text).contains("2021 年度我局共受理 0 件依申请公开。");
        ReportTraits stated = of(build(text), ReportTraits.class).get(0);
        assertThat(stated.getNoApplicationsStated()).isTrue();
        ReportTraits silent = of(build(text.replace("2021 年度我局共受理 0 件依申请公开。", "")), ReportTraits.class).get(0);
        assertThat(silent.getNoApplicationsStated()).isFalse();
        Report other = build("某市财政局2021年政府信息公开工作年度报告\n" + BODY);
        assertThat(of(other, ReportTraits.class).get(0).getNoApplicationsStated()).isNull();
    }
}
