package org.nianbao.engine.interpret;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nianbao.engine.interpret.LayoutTestSupport.build;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.engine.model.Report;
import org.nianbao.engine.model.ReportDate;
import org.nianbao.engine.model.Section;

/** Title, agency and its kind, year, statistics period and dates on small inputs. */
class MetadataTest {
    @Test
    void agencyKinds() {
        assertEquals("government", TitleAndAgency.agencyKind("南平市人民政府"));
        assertEquals("township", TitleAndAgency.agencyKind("微山县两城镇人民政府"));
        assertEquals("township", TitleAndAgency.agencyKind("某某乡人民政府"));
        assertEquals("township", TitleAndAgency.agencyKind("某某街道办事处"));
        assertEquals("department", TitleAndAgency.agencyKind("上海市人民政府办公厅"));
        assertEquals("department", TitleAndAgency.agencyKind("安康市行政审批服务局"));
        assertEquals("unknown", TitleAndAgency.agencyKind("平潭综合实验区管委会"));
        assertEquals("unknown", TitleAndAgency.agencyKind(null));
    }

    @Test
    void agencyFromCompilerSentence() {
        Report r = build("本报告由南平市人民政府信息公开工作领导小组办公室根据《条例》要求，汇总各部门情况编制而成。"
                + "本报告中所列数据的统计时限自2012年1月1日至2012年12月31日。\n一、概述\n略。\n");
        assertEquals("南平市人民政府", r.getAgency());
        assertEquals("government", r.getAgencyKind());
        assertEquals(2012, r.getYear());
        Report t = build("根据《条例》要求，由两城镇人民政府党政办公室编制。\n"
                + "本报告中所列数据的统计期限为2020年1月1日至2020年12月31日。\n一、工作基本情况\n略。\n");
        assertEquals("两城镇人民政府", t.getAgency());
        assertEquals("township", t.getAgencyKind());
    }

    @Test
    void periodWrappedOverLines() {
        Report r = build("本年度报告中所列数据统计期限为 2025\n年 1 月 1 日至 12 月 31 日。本年度报告电子版可下载。\n一、总体情况\n略。\n");
        assertEquals(LocalDate.of(2025, 1, 1), r.getPeriodStart());
        assertEquals(LocalDate.of(2025, 12, 31), r.getPeriodEnd());
    }

    @Test
    void crawlerHeaderAndChineseNumeralSignature() {
        String body = "平潭县人民政府2011年政府信息公开工作年度报告 " + "本县深入推进政府信息公开。".repeat(40)
                + "一、 概述 推进工作。二、主动公开政府信息情况（一）主动公开。三、政府信息依申请公开工作情况 无。"
                + "四、政府信息公开工作存在的主要问题及改进情况目前仍有不足。 二○一二年二月二十日 附件1：统计表";
        Report r = build("标题: 平潭县人民政府2011年政府信息公开工作年度报告\n发布时间: 2012-04-18 00:00\n" + body + "\n");
        assertEquals("平潭县人民政府", r.getAgency());
        assertEquals(2011, r.getYear());
        List<ReportDate> dates = r.getDates();
        assertTrue(dates.stream().anyMatch(d -> d.kind().equals("published") && d.primary()
                && d.date().equals(LocalDate.of(2012, 4, 18))), dates.toString());
        assertTrue(dates.stream().anyMatch(d -> d.kind().equals("signed")
                && d.date().equals(LocalDate.of(2012, 2, 20))), dates.toString());
        assertEquals(List.of("一", "二", "三", "四"), r.getSections().stream().map(Section::numeral).toList());
    }

    @Test
    void enumerationOfSectionNamesIsNotSplit() {
        String line = "本报告包括一、总体情况，二、主动公开政府信息情况，三、收到和处理政府信息公开申请情况，"
                + "四、政府信息公开行政复议、行政诉讼情况，五、存在的主要问题及改进情况，六、其他需要报告的事项。"
                + "本报告所列数据的统计期限自2021年1月1日起至2021年12月31日止。".repeat(8);
        Report r = build(line + "\n一、总体情况\n略。\n二、主动公开政府信息情况\n略。\n");
        assertEquals(List.of("一", "二"), r.getSections().stream().map(Section::numeral).toList());
        assertEquals(2, r.getSections().get(0).location().line());
    }
}
