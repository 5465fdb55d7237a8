package org.nianbao.engine.interpret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nianbao.engine.interpret.LayoutTestSupport.build;

import org.junit.jupiter.api.Test;
import org.nianbao.engine.model.Report;

/** A title split over lines, as a PDF prints it: the agency above, the year and the title below. */
class TitleOverLinesTest {
    @Test
    void agencyOnTheLineAboveTheTitleIsTheAgency() {
        Report r = build("淮安市人民政府\n2024 年政府信息公开工作年度报告\n"
                + "报告所列统计期限自 2024年 1月 1日至 2024年 12月 31日。\n一、总体情况\n正文。\n");
        assertThat(r.getTitle()).isEqualTo("淮安市人民政府2024年政府信息公开工作年度报告");
        assertThat(r.getAgency()).isEqualTo("淮安市人民政府");
        assertThat(r.getAgencyKind()).isEqualTo("government");
        assertThat(r.getYear()).isEqualTo(2024);
    }

    @Test
    void aSentenceAboveTheTitleIsNotTheAgency() {
        Report r = build("现将有关情况报告如下。\n2024年某某局政府信息公开工作年度报告\n一、总体情况\n正文。\n");
        assertThat(r.getAgency()).isEqualTo("某某局");
    }
}
