package org.nianbao.engine.model;

import java.time.LocalDate;

/**
 * The publication deadline that applies to a report (条例第四十九条; the 2007 条例第三十一条 before
 * 2019) and whether the report's primary date is after it. Derived once per report; the deadline
 * rules match it instead of computing dates.
 *
 * @param basis    {@code department} (1月31日), {@code government} (3月31日), {@code unknown} (agency kind
 *                 unknown or township: 3月31日 is certainly late), {@code pre2019} (2007 条例: 3月31日)
 * @param due      the last day the report may carry
 * @param date     the report's primary date, or null when none was found
 * @param late     the primary date is after {@code due}
 */
public record Deadline(String basis, int reportYear, LocalDate due, ReportDate date, boolean late) {
    public String getBasis() { return basis; }
    public int getReportYear() { return reportYear; }
    public LocalDate getDue() { return due; }
    public ReportDate getDate() { return date; }
    public boolean isLate() { return late; }
    /** The year of the deadline (the year after the report year). */
    public int getDueYear() { return due.getYear(); }
}
