package org.nianbao.engine.interpret;

import java.util.List;
import org.nianbao.engine.extract.TextReader;
import org.nianbao.engine.model.Cell;
import org.nianbao.engine.model.CellStatus;
import org.nianbao.engine.model.Report;
import org.nianbao.engine.source.SourceDocument;

/** Builds reports from inline text for the layout tests. */
final class LayoutTestSupport {
    private LayoutTestSupport() {
    }

    static Report build(String text) {
        return new ReportBuilder().build(new SourceDocument("t.txt", "txt", TextReader.parse(text), List.of()));
    }

    /** The value of a NUMBER cell, or null when the cell is not a number. */
    static Double value(Report r, String table, String row, String column) {
        Cell c = r.cell(table, row, column);
        return c == null || c.getStatus() != CellStatus.NUMBER ? null : c.getValue();
    }

    static CellStatus status(Report r, String table, String row, String column) {
        Cell c = r.cell(table, row, column);
        return c == null ? null : c.getStatus();
    }

    /** A 2021-edition 表三 as rows of "label<sep>v1<sep>…<sep>v7", consistent (new 3, results 3). */
    static final String[][] T3 = {
            {"一、本年新收政府信息公开申请数量", "2", "1", "0", "0", "0", "0", "3"},
            {"二、上年结转政府信息公开申请数量", "0", "0", "0", "0", "0", "0", "0"},
            {"三、本年度办理结果", null},
            {"（一）予以公开", "1", "1", "0", "0", "0", "0", "2"},
            {"（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "0", "0", "0", "0", "0", "0", "0"},
            {"（三）不予公开 1.属于国家秘密", "0", "0", "0", "0", "0", "0", "0"},
            {"2.其他法律行政法规禁止公开", "0", "0", "0", "0", "0", "0", "0"},
            {"3.危及“三安全一稳定”", "0", "0", "0", "0", "0", "0", "0"},
            {"4.保护第三方合法权益", "0", "0", "0", "0", "0", "0", "0"},
            {"5.属于三类内部事务信息", "0", "0", "0", "0", "0", "0", "0"},
            {"6.属于四类过程性信息", "0", "0", "0", "0", "0", "0", "0"},
            {"7.属于行政执法案卷", "0", "0", "0", "0", "0", "0", "0"},
            {"8.属于行政查询事项", "0", "0", "0", "0", "0", "0", "0"},
            {"（四）无法提供 1.本机关不掌握相关政府信息", "1", "0", "0", "0", "0", "0", "1"},
            {"2.没有现成信息需要另行制作", "0", "0", "0", "0", "0", "0", "0"},
            {"3.补正后申请内容仍不明确", "0", "0", "0", "0", "0", "0", "0"},
            {"（五）不予处理 1.信访举报投诉类申请", "0", "0", "0", "0", "0", "0", "0"},
            {"2.重复申请", "0", "0", "0", "0", "0", "0", "0"},
            {"3.要求提供公开出版物", "0", "0", "0", "0", "0", "0", "0"},
            {"4.无正当理由大量反复申请", "0", "0", "0", "0", "0", "0", "0"},
            {"5.要求行政机关确认或重新出具已获取信息", "0", "0", "0", "0", "0", "0", "0"},
            {"（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "0", "0", "0", "0", "0", "0", "0"},
            {"2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "0", "0", "0", "0", "0", "0", "0"},
            {"3.其他", "0", "0", "0", "0", "0", "0", "0"},
            {"（七）总计", "2", "1", "0", "0", "0", "0", "3"},
            {"四、结转下年度继续办理", "0", "0", "0", "0", "0", "0", "0"}};

    /** 表三 rendered with a row separator and a cell separator; label-only rows printed alone. */
    static String table3(String cellSep, String rowSep) {
        StringBuilder sb = new StringBuilder();
        for (String[] row : T3) {
            sb.append(row[0]);
            for (int i = 1; i < row.length; i++) {
                if (row[i] != null) {
                    sb.append(cellSep).append(row[i]);
                }
            }
            sb.append(rowSep);
        }
        return sb.toString();
    }
}
