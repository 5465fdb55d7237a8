package org.nianbao.engine.interpret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.nianbao.engine.interpret.LayoutTestSupport.build;
import static org.nianbao.engine.interpret.LayoutTestSupport.table3;
import static org.nianbao.engine.interpret.LayoutTestSupport.value;

import org.junit.jupiter.api.Test;
import org.nianbao.engine.model.LabelTypo;
import org.nianbao.engine.model.Report;

/**
 * 表二 row labels and column headers matched by similarity with their place as the second signal,
 * and the words that locate each table taken from the vocabulary.
 */
class LabelsByPlaceTest {
    private static final String P = "proactive";

    /** A 2021 report whose 表二 is printed with tabs, one row a line. */
    private static String report(String table2) {
        return "某某县人民政府2022年政府信息公开工作年度报告\n"
                + "本报告所列数据的统计期限自2022年1月1日起至2022年12月31日止。\n"
                + "一、总体情况\n全年工作有序推进。\n"
                + "二、主动公开政府信息情况\n"
                + table2
                + "三、收到和处理政府信息公开申请情况\n"
                + table3("\t", "\n")
                + "四、政府信息公开行政复议、行政诉讼情况\n无。\n"
                + "五、存在的主要问题及改进情况\n略。\n"
                + "六、其他需要报告的事项\n无。\n";
    }

    private static final String TABLE2 = "第二十条第（一）项\n"
            + "信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n"
            + "规章\t0\t0\t0\n"
            + "行政规范性文件\t2\t1\t7\n"
            + "第二十条第（五）项\n"
            + "信息内容\t本年处理决定数量\n"
            + "行政许可\t11\n"
            + "第二十条第（六）项\n"
            + "信息内容\t本年处理决定数量\n"
            + "行政处罚\t4\n"
            + "行政强制\t1\n"
            + "第二十条第（八）项\n"
            + "信息内容\t本年收费金额（单位：万元）\n"
            + "行政事业性收费\t0\n";

    @Test
    void theCorrectTableIsReadWithoutTypos() {
        Report r = build(report(TABLE2));
        assertThat(value(r, P, "normative_documents", "in_force")).isEqualTo(7.0);
        assertThat(value(r, P, "licensing", "decisions")).isEqualTo(11.0);
        assertThat(r.getLabelTypos()).isEmpty();
        assertThat(r.tableInfo(P).problems()).isEmpty();
    }

    @Test
    void aMisspeltShortRowLabelIsMatchedAtItsPlaceAndReported() {
        // “行政处法”: one character wrong in a four-character label, standing where 行政处罚 stands.
        Report r = build(report(TABLE2.replace("行政处罚\t4", "行政处法\t4")));
        assertThat(value(r, P, "punishment", "decisions")).isEqualTo(4.0);
        assertThat(r.tableInfo(P).absentRows()).isEmpty();
        assertThat(r.getLabelTypos()).extracting(LabelTypo::where, LabelTypo::found, LabelTypo::expected)
                .containsExactly(tuple(P, "行政处法", "行政处罚"));
    }

    @Test
    void aTwoCharacterLabelNeedsItsPlace() {
        // “规张” at the place of 规章 is 规章 misspelt …
        Report r = build(report(TABLE2.replace("规章\t0", "规张\t0")));
        assertThat(value(r, P, "regulations", "issued")).isEqualTo(0.0);
        assertThat(r.getLabelTypos()).extracting(LabelTypo::found, LabelTypo::expected)
                .containsExactly(tuple("规张", "规章"));
        // … but one edit from a short label elsewhere in the table is not taken for it.
        assertThat(Vocabulary.matchProactiveRowFuzzy("规张", java.util.Set.of(), "normative_documents")).isNull();
        assertThat(Vocabulary.matchProactiveRowFuzzy("规张", java.util.Set.of(), "regulations").key())
                .isEqualTo("regulations");
    }

    @Test
    void aRowWhoseLabelIsUnrecognisableIsFoundByItsPlace() {
        // The 行政强制 row's label is garbled beyond similarity; it is the one row of （六） not found.
        Report r = build(report(TABLE2.replace("行政强制\t1", "强行制措施类\t1")));
        assertThat(value(r, P, "coercion", "decisions")).isEqualTo(1.0);
        assertThat(r.tableInfo(P).absentRows()).isEmpty();
        assertThat(r.tableInfo(P).problems()).singleElement().asString()
                .contains("行政强制").contains("强行制措施类").contains("位置");
    }

    @Test
    void aMisspeltColumnHeaderIsMatchedAndReported() {
        // “本年制法件数” names no column by its words; it is one edit from 本年制发件数, first in its place.
        Report r = build(report(TABLE2.replace("信息内容\t本年制发件数", "信息内容\t本年制法件数")));
        assertThat(value(r, P, "normative_documents", "issued")).isEqualTo(2.0);
        assertThat(r.getLabelTypos()).extracting(LabelTypo::where, LabelTypo::found, LabelTypo::expected)
                .containsExactly(tuple(P, "本年制法件数", "本年制发件数"));
    }

    @Test
    void theWordsThatLocateTablesComeFromTheVocabulary() {
        assertThat(Vocabulary.locator(P).start()).contains("第二十条第");
        assertThat(Vocabulary.locator("applications").start()).contains("勾稽关系", "钩稽关系");
        assertThat(Vocabulary.locator("applications").end()).contains("结转下年度");
        // A variant listed in the vocabulary (the misspelt 钩稽关系) locates 表三 in the published text.
        String text = Text.label("二、主动公开 第二十条第（一）项 规章 0 0 0 三、收到和处理（本列数据的钩稽关系为：…）"
                + "一、本年新收政府信息公开申请数量 四、结转下年度继续办理 0 四、行政复议");
        assertThat(PublishedRegions.of(text).get("applications")).startsWith("钩稽关系");
        assertThat(PublishedRegions.of(text).get(P)).startsWith("第二十条第").doesNotContain("钩稽关系");
    }

    private static final String T3_HEADER = "申请人情况\t自然人\t法人或其他组织\t\t\t\t\t总计\n"
            + "\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t\n";
    private static final String T4 = "四、政府信息公开行政复议、行政诉讼情况\n"
            + "行政复议\t\t\t\t\t行政诉讼\n"
            + "结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t\t\t\t\t复议后起诉\n"
            + "\t\t\t\t\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\n"
            + "1\t0\t0\t0\t1\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\n";

    private static String withHeaders(String t3Header, String t4) {
        return report(TABLE2).replace("三、收到和处理政府信息公开申请情况\n", "三、收到和处理政府信息公开申请情况\n" + t3Header)
                .replace("四、政府信息公开行政复议、行政诉讼情况\n无。\n", t4);
    }

    @Test
    void correctColumnHeadersOfTables3And4AreNoTypos() {
        Report r = build(withHeaders(T3_HEADER, T4));
        assertThat(r.getLabelTypos()).isEmpty();
        assertThat(value(r, "review_litigation", "review", "upheld")).isEqualTo(1.0);
    }

    @Test
    void aMisspeltTable3ColumnHeaderIsFoundAtItsPlace() {
        Report r = build(withHeaders(T3_HEADER.replace("社会公益组织", "社会公益组识"), T4));
        assertThat(r.getLabelTypos()).extracting(LabelTypo::where, LabelTypo::found, LabelTypo::expected)
                .containsExactly(tuple("applications", "社会公益组识", "社会公益组织"));
        assertThat(value(r, "applications", "new_received", "total")).isEqualTo(3.0);
    }

    @Test
    void aMisspeltTable4ColumnHeaderIsFoundAtItsPlaceEvenWhenTheWordIsRightElsewhere() {
        // “结果纠证” in the 行政复议 group; the two 行政诉讼 groups print 结果纠正 correctly.
        Report r = build(withHeaders(T3_HEADER, T4.replaceFirst("结果纠正", "结果纠证")));
        assertThat(r.getLabelTypos()).extracting(LabelTypo::where, LabelTypo::found, LabelTypo::expected)
                .containsExactly(tuple("review_litigation", "结果纠证", "结果纠正"));
    }

    @Test
    void table3HeaderWordsAgreeWithTheCanonicalColumns() {
        assertThat(Vocabulary.COLUMN_HEADERS.get("applications"))
                .containsSubsequence(org.nianbao.engine.model.TableKeys.APPLICATION_COLUMNS.values());
    }

    @Test
    void aHeaderReadInterleavedIsNoEvidenceOfATypo() {
        // Merged header cells read column by column (“…尚未审结维持纠正…” holds 结维持, one edit from 结果维持).
        String interleaved = "四、政府信息公开行政复议、行政诉讼情况\n"
                + "行政复议\t行政诉讼\n"
                + "结果\t结果\t其他\t尚未\t总计\t未经复议直接起诉\t复议后起诉\n"
                + "维持\t纠正\t结果\t审结\t维持\t纠正\t结果\t审结\n"
                + "1\t0\t0\t0\t1\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\n";
        assertThat(build(withHeaders(T3_HEADER, interleaved)).getLabelTypos()).isEmpty();
    }
}
