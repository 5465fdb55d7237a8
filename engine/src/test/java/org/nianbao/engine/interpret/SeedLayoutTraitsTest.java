package org.nianbao.engine.interpret;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.nianbao.engine.extract.TextReader;
import org.nianbao.engine.model.Cell;
import org.nianbao.engine.model.CellStatus;
import org.nianbao.engine.model.Report;
import org.nianbao.engine.model.Section;
import org.nianbao.engine.source.SourceDocument;

/** The layout traits of the two seed reports, each on a tiny inline input. */
class SeedLayoutTraitsTest {

    static Report build(String text) {
        return new ReportBuilder().build(new SourceDocument("t.txt", "txt", TextReader.parse(text), java.util.List.of()));
    }

    static final String T3_2021_TAB = String.join("\n",
            "三、收到和处理政府信息公开申请情况",
            "(本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和)\t\t申请人情况\t\t\t\t\t\t总计",
            "一、本年新收政府信息公开申请数量\t\t5\t1\t0\t0\t0\t0\t6",
            "二、上年结转政府信息公开申请数量\t\t1\t0\t0\t0\t0\t0\t1",
            "三、本年度办理结果\t(一) 予以公开\t3\t1\t0\t0\t0\t0\t4",
            "\t(二) 部分公开（区分处理的，只计这一情形，不计其他情形）\t0\t0\t0\t0\t0\t0\t0",
            "\t(三) 1. 属于国家秘密\t0\t0\t0\t0\t0\t0\t0",
            "",
            "\t不予公开\t2. 其他法律行政法规禁止公开\t0\t0\t0\t0\t0\t0\t0",
            "\t\t3. 危及“三安全一稳定”\t0\t0\t0\t0\t0\t0\t0",
            "\t\t4. 保护第三方合法权益\t0\t0\t0\t0\t0\t0\t0",
            "\t\t5. 属于三类内部事务信息\t0\t0\t0\t0\t0\t0\t0",
            "\t\t6. 属于四类过程性信息\t0\t0\t0\t0\t0\t0\t0",
            "\t\t7. 属于行政执法案卷\t0\t0\t0\t0\t0\t0\t0",
            "\t\t8. 属于行政查询事项\t0\t0\t0\t0\t0\t0\t0",
            "\t(四) 无法提供\t1. 本机关不掌握相关政府信息\t2\t0\t0\t0\t0\t0\t2",
            "\t\t2. 没有现成信息需要另行制作\t0\t0\t0\t0\t0\t0\t0",
            "\t\t3. 补正后申请内容仍不明确\t0\t0\t0\t0\t0\t0\t0",
            "\t(五) 不予处理\t1. 信访举报投诉类申请\t0\t0\t0\t0\t0\t0\t0",
            "\t\t2. 重复申请\t0\t0\t0\t0\t0\t0\t0",
            "\t\t3. 要求提供公开出版物\t0\t0\t0\t0\t0\t0\t0",
            "\t\t4. 无正当理由大量反复申请\t0\t0\t0\t0\t0\t0\t0",
            "\t\t5. 要求行政机关确认或重新出具已获取信息\t0\t0\t0\t0\t0\t0\t0",
            "\t(六) 其他处理\t1. 申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请\t0\t0\t0\t0\t0\t0\t0",
            "\t\t2. 申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请\t0\t0\t0\t0\t0\t0\t0",
            "\t\t3. 其他\t1\t\t0\t0\t0\t0\t1",
            "\t(七) 总计\t\t6\t1\t0\t0\t0\t0\t7",
            "",
            "四、结转下年度继续办理\t0\t0\t0\t0\t0\t0\t0",
            "四、政府信息公开行政复议、行政诉讼情况",
            "正文");

    @Test
    void tabTableWithMergedCellSplitsIsReadCompletely() {
        Report r = build(T3_2021_TAB);
        assertThat(r.tableInfo("applications").complete()).as(r.tableInfo("applications").problems().toString()).isTrue();
        assertThat(r.cell("applications", "new_received", "total").getValue()).isEqualTo(6.0);
        assertThat(r.cell("applications", "denied_prohibited_by_law", "natural_person").getStatus()).isEqualTo(CellStatus.NUMBER);
        assertThat(r.cell("applications", "unable_not_held", "natural_person").getValue()).isEqualTo(2.0);
        assertThat(r.cell("applications", "other_other", "total").getValue()).isEqualTo(1.0);
        assertThat(r.cell("applications", "results_total", "commercial").getValue()).isEqualTo(1.0);
        assertThat(r.cell("applications", "carried_forward", "total").getValue()).isZero();
    }

    @Test
    void blankCellIsNotZero() {
        Cell blank = build(T3_2021_TAB).cell("applications", "other_other", "commercial");
        assertThat(blank.getStatus()).isEqualTo(CellStatus.BLANK);
        assertThat(blank.getValue()).isNull();
    }

    @Test
    void tableRowLabelsThatLookLikeHeadingsAreNotSections() {
        Report r = build(T3_2021_TAB);
        assertThat(r.getSections()).extracting(Section::numeral).containsExactly("三", "四");
        assertThat(r.getSections().get(1).heading()).isEqualTo("政府信息公开行政复议、行政诉讼情况");
    }

    @Test
    void pipeTableWithPaddingCellsAnd2019SingleOtherRow() {
        String text = String.join("\n",
                "第二十条第(五)项 | |||",
                "信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |",
                "行政许可 | 173 | -37 | 32923 |",
                "三、收到和处理政府信息公开申请情况",
                "一、本年新收政府信息公开申请数量 | 2 | 0 | 0 | 0 | 0 | 0 | 2 | ||",
                "(六)其他处理 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | |",
                "(七)总计 | 2 | 0 | 0 | 0 | 0 | 0 | 2 | |");
        Report r = build(text);
        assertThat(r.getEdition()).isEqualTo("n2019");
        assertThat(r.cell("applications", "new_received", "total").getValue()).isEqualTo(2.0);
        assertThat(r.cell("applications", "other_handling", "total").getValue()).isZero();
        assertThat(r.cell("proactive", "licensing", "change").getValue()).isEqualTo(-37.0);
        assertThat(r.cell("proactive", "licensing", "decisions").getValue()).isEqualTo(32923.0);
        // Rows not in the excerpt are not guessed: they are NOT_READ and named.
        assertThat(r.cell("applications", "granted", "total").getStatus()).isEqualTo(CellStatus.NOT_READ);
        assertThat(r.tableInfo("applications").unreadRows()).contains("granted", "carried_forward");
    }

    @Test
    void coverLetterBeforeTheReportAndElevenNumberedSections() {
        String text = String.join("\n",
                "某市某局",
                "某局 关于报送2021年政府信息公开年度报告的函",
                "现将我局《2021年政府信息公开年度报告》报来，请收悉。",
                "2022年1月7日",
                "某市某局 2021 年 政府信息公开年度报告",
                "本报告中使用的统计数据期限为 2021 年 1 月 1 日至 12 月 31 日。",
                "一、总体情况", "a", "二、主动公开政府信息情况", "b", "三、推进工作情况", "c", "四、其他", "d",
                "五、依申请公开情况", "e", "六、舆情", "f", "七、制度", "g", "八、建议", "h",
                "九、政府信息公开相关举报、复议、诉讼情况", "i", "十、机制", "j",
                "十一、政府信息公开工作存在的主要问题及整改情况", "k",
                "二○二二年一月二十日");
        Report r = build(text);
        assertThat(r.getAgency()).isEqualTo("某市某局");
        assertThat(r.getAgencyKind()).isEqualTo("department");
        assertThat(r.getYear()).isEqualTo(2021);
        assertThat(r.getSections()).hasSize(11);
        assertThat(r.getSections().get(10).number()).isEqualTo(11);
        assertThat(r.getSections().get(10).kind()).isEqualTo("problems");
        assertThat(r.getSections().get(8).kind()).isEqualTo("review_litigation");
        assertThat(r.getPeriodStart()).isEqualTo(LocalDate.of(2021, 1, 1));
        assertThat(r.getPeriodEnd()).isEqualTo(LocalDate.of(2021, 12, 31));
        assertThat(r.getDates()).extracting(d -> d.date()).containsExactly(LocalDate.of(2022, 1, 7), LocalDate.of(2022, 1, 20));
        assertThat(r.getDates().get(1).primary()).isTrue();
    }

    @Test
    void headingVariantsMapToNationalSections() {
        assertThat(SectionFinder.sectionKind("存在问题及改进措施")).isEqualTo("problems");
        assertThat(SectionFinder.sectionKind("因政府信息公开申请行政复议、提起行政诉讼的情况")).isEqualTo("review_litigation");
        assertThat(SectionFinder.sectionKind("依申请公开工作详细情况")).isEqualTo("applications");
        assertThat(SectionFinder.sectionKind("其它需要报告事项")).isEqualTo("other");
        assertThat(SectionFinder.sectionKind("工作基本情况")).isEqualTo("overview");
        assertThat(SectionFinder.sectionKind("推进政务公开重点工作情况")).isNull();
    }

    @Test
    void agencyKinds() {
        assertThat(TitleAndAgency.agencyKind("平潭县人民政府")).isEqualTo("government");
        assertThat(TitleAndAgency.agencyKind("两城镇人民政府")).isEqualTo("township");
        assertThat(TitleAndAgency.agencyKind("上海市人民政府办公厅")).isEqualTo("department");
        assertThat(TitleAndAgency.agencyKind("平潭综合实验区")).isEqualTo("unknown");
        assertThat(TitleAndAgency.agencyKind(null)).isEqualTo("unknown");
    }

    @Test
    void pre2019Fingerprint() {
        Report r = build("某县2012年政府信息公开工作年度报告\n一、概述\n二、政府信息公开的收费及减免情况\n指标名称 | 本年度 | 历年累计 |\n");
        assertThat(r.getEdition()).isEqualTo("pre2019");
        assertThat(r.getEditionEvidence()).contains("收费及减免", "历年累计");
    }

    @Test
    void valueCellSpanningColumnsIsOneValue() {
        java.util.List<org.nianbao.engine.source.TableRow> rows = java.util.List.of(
                new org.nianbao.engine.source.TableRow(java.util.List.of(
                        org.nianbao.engine.source.TableCell.of("第二十条第（五）项"),
                        org.nianbao.engine.source.TableCell.coveredCell(),
                        org.nianbao.engine.source.TableCell.coveredCell(),
                        org.nianbao.engine.source.TableCell.coveredCell()), 1),
                new org.nianbao.engine.source.TableRow(java.util.List.of(
                        org.nianbao.engine.source.TableCell.of("信息内容"),
                        org.nianbao.engine.source.TableCell.of("本年处理决定数量"),
                        org.nianbao.engine.source.TableCell.coveredCell(),
                        org.nianbao.engine.source.TableCell.coveredCell()), 2),
                new org.nianbao.engine.source.TableRow(java.util.List.of(
                        org.nianbao.engine.source.TableCell.of("行政许可"),
                        org.nianbao.engine.source.TableCell.of("12459"),
                        org.nianbao.engine.source.TableCell.coveredCell(),
                        org.nianbao.engine.source.TableCell.coveredCell()), 3));
        java.util.List<org.nianbao.engine.source.Block> blocks = new java.util.ArrayList<>();
        blocks.add(new org.nianbao.engine.source.Paragraph("二、主动公开政府信息情况", 0));
        blocks.add(new org.nianbao.engine.source.TableBlock(rows, 1, 0, true, "html-table"));
        blocks.add(new org.nianbao.engine.source.Paragraph("本年制发件数 现行有效件数", 4));
        Report r = new ReportBuilder().build(new SourceDocument("t.html", "html", blocks, java.util.List.of()));
        assertThat(r.cell("proactive", "licensing", "decisions").getValue()).isEqualTo(12459.0);
    }
}
