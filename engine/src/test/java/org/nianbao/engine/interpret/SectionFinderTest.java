package org.nianbao.engine.interpret;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.engine.interpret.SectionFinder.Heading;
import org.nianbao.engine.model.Section;

/** Section headings among a report's items, and the sections they open. */
class SectionFinderTest {

    /** Paragraphs, one per line from line 1. */
    private static List<Item> paragraphs(String... lines) {
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            items.add(Item.paragraph(lines[i], i + 1, 0));
        }
        return items;
    }

    @Test
    void numberedHeadingsAreFoundAndSubheadingsAreNot() {
        List<Item> items = paragraphs(
                "某某县人民政府2023年政府信息公开工作年度报告",
                "一、总体情况",
                "（一）主动公开情况",
                "全年主动公开信息120条。",
                "二 、主动公开政府信息情况",
                "三．收到和处理政府信息公开申请情况");
        List<Heading> headings = SectionFinder.headings(items);
        assertThat(headings).containsExactly(
                new Heading(1, "一", 1, "总体情况"),
                new Heading(4, "二", 2, "主动公开政府信息情况"),
                new Heading(5, "三", 3, "收到和处理政府信息公开申请情况"));
    }

    @Test
    void numbersMustIncrease() {
        List<Item> items = paragraphs("一、总体情况", "二、主动公开政府信息情况", "一、加强组织领导", "三、收到和处理政府信息公开申请情况",
                "十、其他需要报告的事项");
        assertThat(SectionFinder.headings(items)).extracting(Heading::number).containsExactly(1, 2, 3, 10);
        assertThat(SectionFinder.headings(items)).extracting(Heading::item).containsExactly(0, 1, 3, 4);
    }

    @Test
    void sentencesAndLongLinesAreNotHeadings() {
        List<Item> items = paragraphs(
                "一、我局高度重视政府信息公开工作。",
                "二、主动公开；依申请公开",
                "三、" + "推进政务公开标准化规范化建设工作".repeat(3),
                "四、无",
                "五、存在的主要问题及改进情况");
        assertThat(SectionFinder.headings(items)).containsExactly(new Heading(4, "五", 5, "存在的主要问题及改进情况"));
    }

    @Test
    void rowLabelsOfTable3AreNotHeadings() {
        List<Item> items = new ArrayList<>(paragraphs("二、主动公开政府信息情况"));
        // Label-only rows of 表三, printed alone (as a table row with blank cells and as paragraphs):
        // numbered like the next headings, but not headings.
        items.add(Item.row(List.of("三、本年度办理结果", "", ""), 2, 0, true, "docx"));
        items.add(Item.paragraph("三、本年度办理结果", 3, 0));
        items.add(Item.paragraph("四、结转下年度继续办理", 4, 0));
        // A row with a label and values is never a heading.
        items.add(Item.row(List.of("四、政府信息公开行政复议、行政诉讼情况", "0", "0"), 5, 0, true, "docx"));
        // A heading in a table row's only non-blank cell is one.
        items.add(Item.row(List.of("", "四、政府信息公开行政复议、行政诉讼情况", " "), 6, 0, true, "docx"));
        items.add(Item.paragraph("五、本年新收政府信息公开申请数量", 7, 0));
        assertThat(SectionFinder.headings(items)).containsExactly(
                new Heading(0, "二", 2, "主动公开政府信息情况"),
                new Heading(5, "四", 4, "政府信息公开行政复议、行政诉讼情况"));
        assertThat(SectionFinder.isTableRowLabel("本年新收政府信息公开申请数量")).isTrue();
        assertThat(SectionFinder.isTableRowLabel("上年结转政府信息公开申请数量")).isTrue();
        assertThat(SectionFinder.isTableRowLabel("本年度办理结果")).isTrue();
        assertThat(SectionFinder.isTableRowLabel("结转下年度继续办理")).isTrue();
        assertThat(SectionFinder.isTableRowLabel("收到和处理政府信息公开申请情况")).isFalse();
        assertThat(SectionFinder.isTableRowLabel("总体情况")).isFalse();
    }

    @Test
    void sectionsRunFromOneHeadingToTheNext() {
        List<Item> items = new ArrayList<>();
        items.add(Item.paragraph("某某局2023年政府信息公开工作年度报告", 1, 1));
        items.add(Item.paragraph("一、总体情况", 3, 1));
        items.add(Item.paragraph("全年主动公开信息120条。", 4, 1));
        items.add(Item.paragraph("（一）主动公开", 5, 2));
        items.add(Item.paragraph("二、推进重点工作情况", 7, 2));
        items.add(Item.paragraph("五、存在的主要问题及改进情况", 9, 0));
        items.add(Item.paragraph("人员不足。", 10, 0));
        List<Section> sections = SectionFinder.sections("a.txt", items, SectionFinder.headings(items));
        assertThat(sections).hasSize(3);

        Section first = sections.get(0);
        assertThat(first.order()).isEqualTo(1);
        assertThat(first.numeral()).isEqualTo("一");
        assertThat(first.number()).isEqualTo(1);
        assertThat(first.heading()).isEqualTo("总体情况");
        assertThat(first.kind()).isEqualTo("overview");
        assertThat(first.body()).isEqualTo("全年主动公开信息120条。\n（一）主动公开");
        assertThat(first.location().file()).isEqualTo("a.txt");
        assertThat(first.location().line()).isEqualTo(3);
        assertThat(first.location().page()).isEqualTo(1);
        assertThat(first.location().section()).isEqualTo("一");

        Section extra = sections.get(1);
        assertThat(extra.kind()).isNull();
        assertThat(extra.reason()).isEqualTo("标题中没有任何一部分的关键词");
        assertThat(extra.body()).isEmpty();

        Section last = sections.get(2);
        assertThat(last.order()).isEqualTo(3);
        assertThat(last.number()).isEqualTo(5);
        assertThat(last.kind()).isEqualTo("problems");
        assertThat(last.reason()).contains("→");
        assertThat(last.body()).isEqualTo("人员不足。");
        assertThat(last.location().page()).as("page 0 is unknown").isNull();
    }

    @Test
    void sectionKindByKeyTerms() {
        assertThat(SectionFinder.sectionKind("政府信息公开行政复议与行政诉讼情况")).isEqualTo("review_litigation");
        assertThat(SectionFinder.sectionKind("存在问题及整改计划")).isEqualTo("problems");
        assertThat(SectionFinder.sectionKind("加强组织领导")).isNull();
    }
}
