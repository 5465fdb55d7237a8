package org.nianbao.engine.interpret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nianbao.engine.interpret.LayoutTestSupport.build;

import org.junit.jupiter.api.Test;
import org.nianbao.engine.model.Report;
import org.nianbao.engine.model.TableInfo;
import org.nianbao.engine.model.TableKeys;

/**
 * A text that ends inside 表二 or 表四 (表三: {@link TextLayoutsTest}): the report is marked truncated
 * at its last line, the table says so, and the tables never reached are cut off, not absent.
 */
class TableEndsInsideTest {
    private static final String OPENING = "某某市人民政府2023年政府信息公开工作年度报告\n一、总体情况\n略。\n";

    @Test
    void endsInsideTable2() {
        Report r = build(OPENING + "二、主动公开政府信息情况\n第二十条第（一）项\n"
                + "信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n规章\t0\t0\t5\n行政规范性文件\t2\t1\t30\n");
        assertThat(r.isTruncated()).isTrue();
        assertThat(r.getTruncatedTable()).isEqualTo(TableKeys.PROACTIVE);
        assertThat(r.getTruncatedLine()).isEqualTo(8);
        TableInfo t2 = r.tableInfo(TableKeys.PROACTIVE);
        assertThat(t2.truncated()).isTrue();
        assertThat(t2.problems()).containsExactly("文本在表二中途结束（第 8 行之后没有内容），表的其余各行缺失");
        assertThat(t2.absentRows()).as("rows after the end are missing, not deleted").isEmpty();
        for (String later : new String[] {TableKeys.APPLICATIONS, TableKeys.REVIEW_LITIGATION}) {
            TableInfo t = r.tableInfo(later);
            assertThat(t.present()).isFalse();
            assertThat(t.truncated()).isTrue();
            assertThat(t.problems()).containsExactly("文本在表二（主动公开政府信息情况）中途结束，未包含该表");
            assertThat(t.location().table()).isEqualTo(later);
            assertThat(t.location().line()).isNull();
        }
    }

    @Test
    void endsInsideTable4BeforeItsDataRow() {
        Report r = build(OPENING + "四、政府信息公开行政复议、行政诉讼情况\n行政复议\t行政诉讼\n结果维持\t结果纠正\t其他结果\t尚未审结\t总计\n");
        assertThat(r.isTruncated()).isTrue();
        assertThat(r.getTruncatedTable()).isEqualTo(TableKeys.REVIEW_LITIGATION);
        assertThat(r.getTruncatedLine()).isEqualTo(6);
        TableInfo t4 = r.tableInfo(TableKeys.REVIEW_LITIGATION);
        assertThat(t4.truncated()).isTrue();
        assertThat(t4.problems()).containsExactly("未找到表四的数据行", "文本在表四中途结束（第 6 行之后没有内容）");
        assertThat(r.tableInfo(TableKeys.APPLICATIONS).truncated()).as("表三 comes before: absent, not cut off").isFalse();
        assertThat(r.tableInfo(TableKeys.APPLICATIONS).problems()).containsExactly("未找到该表");
    }

    @Test
    void aCompleteTable2IsNotTruncated() {
        Report r = build(OPENING + "二、主动公开政府信息情况\n第二十条第（一）项\n"
                + "信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n规章\t0\t0\t5\n行政规范性文件\t2\t1\t30\n"
                + "三、收到和处理政府信息公开申请情况\n略。\n");
        assertThat(r.isTruncated()).isFalse();
        assertThat(r.tableInfo(TableKeys.PROACTIVE).truncated()).isFalse();
    }
}
