package org.nianbao.engine;

import org.nianbao.engine.model.Report;
import org.nianbao.engine.model.Section;
import org.nianbao.engine.model.TableInfo;

/**
 * Decides, conservatively, whether a read document is a 政府信息公开工作年度报告 at all. Checking a
 * text that is none (a one-line note, a news article, a stray file) against the national format would
 * only produce noise; such an input is listed under {@link #CODE} instead. A document counts as a
 * report on any one piece of evidence: the words of the title (年度报告, 年报, 信息公开), one of the
 * national part headings, or one of the national tables. Truncated excerpts of real reports keep at
 * least one of them.
 */
public final class ReportEvidence {
    /** Reason code of a document that is not an annual report. */
    public static final String CODE = "not-report";

    private static final String[] WORDS = {"年度报告", "年报", "信息公开", "政务公开", "依申请公开", "主动公开"};

    private ReportEvidence() {
    }

    /** Null when the report shows evidence of being an annual report, else the Chinese reason why not. */
    public static String notAReport(Report r) {
        String text = r.getFullText() == null ? "" : r.getFullText();
        String title = r.getTitle() == null ? "" : r.getTitle();
        for (String w : WORDS) {
            if (text.contains(w) || title.contains(w)) {
                return null;
            }
        }
        for (Section s : r.getSections()) {
            if (s.kind() != null) {
                return null;
            }
        }
        for (TableInfo t : r.getTableInfos()) {
            if (t.present()) {
                return null;
            }
        }
        if (!r.getCells().isEmpty()) {
            return null;
        }
        return "不是政府信息公开工作年度报告：没有年度报告的标题用语（年度报告、信息公开），"
                + "也没有国家格式的章节标题或统计表格，未按年度报告检查";
    }
}
