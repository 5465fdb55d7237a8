package org.nianbao.engine.interpret;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nianbao.engine.model.Report;

/** Title, agency and year from a report's opening: the title line first, then the preamble. */
class TitleAndAgencyTest {

    private static TitleAndAgency read(String... lines) {
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            items.add(Item.paragraph(lines[i], i + 1, 0));
        }
        return TitleAndAgency.find(items, SectionFinder.headings(items));
    }

    @Test
    void agencyBeforeTheYearInTheTitle() {
        TitleAndAgency t = read("某某市人民政府2023年政府信息公开工作年度报告", "一、总体情况", "略。");
        assertThat(t).isEqualTo(new TitleAndAgency("某某市人民政府2023年政府信息公开工作年度报告", 2023, "标题",
                "某某市人民政府"));
    }

    @Test
    void agencyAfterTheYearInTheTitle() {
        TitleAndAgency t = read("2022年度某某市财政局政府信息公开工作年度报告", "一、总体情况");
        assertThat(t.agency()).isEqualTo("某某市财政局");
        assertThat(t.year()).isEqualTo(2022);
        assertThat(t.yearSource()).isEqualTo("标题");
    }

    @Test
    void crawlerTitleLineAndQuotes() {
        TitleAndAgency t = read("标题：《某某区人民政府2021年政府信息公开工作年度报告》", "发布时间：2022-01-20", "一、总体情况");
        assertThat(t.title()).isEqualTo("《某某区人民政府2021年政府信息公开工作年度报告");
        assertThat(t.agency()).isEqualTo("某某区人民政府");
        assertThat(t.year()).isEqualTo(2021);
    }

    @Test
    void titleWrappedBeforeItsLastWord() {
        TitleAndAgency t = read("某某县人民政府2020年政府信息公开工作年度", "报告", "一、总体情况");
        assertThat(t.title()).isEqualTo("某某县人民政府2020年政府信息公开工作年度报告");
        assertThat(t.agency()).isEqualTo("某某县人民政府");
    }

    @Test
    void aTitleAfterTheFirstHeadingIsNotTheTitle() {
        TitleAndAgency t = read("为贯彻落实《条例》，", "现将有关情况报告如下。", "（略）", "一、总体情况",
                "某某局2023年政府信息公开工作年度报告");
        assertThat(t.title()).isNull();
        assertThat(t.agency()).isNull();
        assertThat(t.year()).isNull();
    }

    @Test
    void titleWithoutAgencyTakesTheCompilerFromThePreamble() {
        TitleAndAgency t = read("2023年政府信息公开工作年度报告",
                "本报告由某某县人民政府办公室根据《中华人民共和国政府信息公开条例》要求编制。", "一、总体情况");
        assertThat(t.year()).isEqualTo(2023);
        assertThat(t.yearSource()).isEqualTo("标题");
        assertThat(t.agency()).as("a government's office compiles the government's report").isEqualTo("某某县人民政府");
    }

    @Test
    void withoutTitleAgencyAndYearComeFromThePreamble() {
        TitleAndAgency t = read("根据《条例》要求，由某某街道办事处党政办公室编制2022年度政府信息公开工作年度报告。",
                "一、总体情况");
        assertThat(t.title()).isNull();
        assertThat(t.agency()).isEqualTo("某某街道办事处");
        assertThat(t.year()).isEqualTo(2022);
        assertThat(t.yearSource()).isEqualTo("报告正文开头");
    }

    @Test
    void aTitleAgencyIsKeptOverThePreamble() {
        TitleAndAgency t = read("某某市教育局2023年政府信息公开工作年度报告", "本报告由某某市人民政府办公室编制。", "一、总体情况");
        assertThat(t.agency()).isEqualTo("某某市教育局");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "本报告由某某县人民政府办公室编制, 某某县人民政府",
            "由某某市人民政府办公厅负责编制, 某某市人民政府",
            "由某某镇人民政府党政办公室根据要求, 某某镇人民政府",
            "由某某县人民政府政府信息公开工作领导小组办公室编制, 某某县人民政府",
            "由某某市财政局办公室编制, 某某市财政局办公室",
            "由某某市交通运输局编制, 某某市交通运输局",
    })
    void compilerAgency(String preamble, String agency) {
        assertThat(TitleAndAgency.compilerAgency(preamble)).isEqualTo(agency);
    }

    @Test
    void noCompilerNamed() {
        assertThat(TitleAndAgency.compilerAgency("现将本机关2023年度政府信息公开工作情况报告如下。")).isNull();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "某某县人民政府办公室, true",
            "某某市人民政府, true",
            "平潭综合实验区管委会, true",
            "某某街道办事处, true",
            "某某综合实验区, false",
            "我局高度重视，全面推进, false",
            "某某县人民政府（盖章）, false",
            "局, false",
    })
    void signatureLinesNameAnAgency(String line, boolean agency) {
        assertThat(TitleAndAgency.looksLikeAgency(line)).isEqualTo(agency);
    }

    @Test
    void appliedToAReportWithTheAgencysKindAndPower() {
        Report r = new Report();
        new TitleAndAgency("某某市人民政府2023年政府信息公开工作年度报告", 2023, "标题", "某某市人民政府").applyTo(r);
        assertThat(r.getTitle()).isEqualTo("某某市人民政府2023年政府信息公开工作年度报告");
        assertThat(r.getYear()).isEqualTo(2023);
        assertThat(r.getYearSource()).isEqualTo("标题");
        assertThat(r.getAgency()).isEqualTo("某某市人民政府");
        assertThat(r.getAgencyKind()).isEqualTo("government");
        assertThat(r.isRegulationMaking()).isTrue();

        Report none = new Report();
        new TitleAndAgency(null, null, null, null).applyTo(none);
        assertThat(none.getTitle()).isNull();
        assertThat(none.getYear()).isNull();
        assertThat(none.getYearSource()).isNull();
        assertThat(none.getAgencyKind()).isEqualTo("unknown");
        assertThat(none.isRegulationMaking()).isFalse();

        Report township = new Report();
        new TitleAndAgency(null, null, null, "某某镇人民政府").applyTo(township);
        assertThat(township.getAgencyKind()).isEqualTo("township");
        assertThat(township.isRegulationMaking()).isFalse();
    }
}
