package org.nianbao.engine.crossreport;

import org.nianbao.engine.rules.Finding;

/**
 * Cross-report fact: the same agency's report of the previous year (from the same run or the
 * archive). Its cells and sections are {@link PriorCell} and {@link PriorSection} facts, never
 * {@code Cell}/{@code Section}, so no rule mistakes them for this year's.
 *
 * @param source {@code run} (a file of this run) or {@code archive}
 */
public record PriorReport(String file, String agency, Integer year, String edition, String source) {
    public String getFile() { return file; }
    public String getAgency() { return agency; }
    public Integer getYear() { return year; }
    public String getEdition() { return edition; }
    public String getSource() { return source; }

    /** The reference a finding about this report carries. */
    public Finding.Related getRelated() {
        return new Finding.Related(file, agency, year);
    }

    /** Chinese description for messages, e.g. “2022年度报告（a.txt）”. */
    public String getDescription() {
        return (year == null ? "上一年度" : year + "年度") + "报告（" + file + (source.equals("archive") ? "，取自档案库" : "")
                + "）";
    }
}
