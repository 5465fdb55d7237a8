package org.nianbao.engine.model;

import java.time.LocalDate;

/**
 * What the interpreter derives once from a built report so that rules match facts instead of
 * re-running text searches and date arithmetic in DRL. One per report; see
 * {@code org.nianbao.engine.interpret.DerivedFacts}.
 */
public final class ReportTraits {
    private boolean possiblyTruncated;
    private Integer statedYear;
    private Integer periodYear;
    private Boolean periodCoversYear;
    private LocalDate periodEnd;
    private boolean datedBeforePeriodEnd;
    private String missingOversight;
    private Boolean followUpStated;
    private boolean feeMentioned;
    private String noFeeNoticeClaim;
    private boolean agencyMismatch;
    private Boolean noApplicationsStated;

    /** The document may be cut off inside a table ({@link Report#isTruncated()}, or it ends on an incomplete table's row). */
    public boolean isPossiblyTruncated() { return possiblyTruncated; }
    public void setPossiblyTruncated(boolean b) { this.possiblyTruncated = b; }

    /** The year of the first "XXXX年（度）政府信息公开工作年度报告" near the top of the document, or null. */
    public Integer getStatedYear() { return statedYear; }
    public void setStatedYear(Integer y) { this.statedYear = y; }

    /** The statistics period's year when it starts and ends in the same year, else null. */
    public Integer getPeriodYear() { return periodYear; }
    public void setPeriodYear(Integer y) { this.periodYear = y; }

    /** Whether the stated period is 1 January to 31 December of the report year (null: no period or no year). */
    public Boolean getPeriodCoversYear() { return periodCoversYear; }
    public void setPeriodCoversYear(Boolean b) { this.periodCoversYear = b; }

    /** The stated period's end, or 31 December of the report year when none is stated (null without a year). */
    public LocalDate getPeriodEnd() { return periodEnd; }
    public void setPeriodEnd(LocalDate d) { this.periodEnd = d; }

    /** The primary date is on or before {@link #getPeriodEnd()}. */
    public boolean isDatedBeforePeriodEnd() { return datedBeforePeriodEnd; }
    public void setDatedBeforePeriodEnd(boolean b) { this.datedBeforePeriodEnd = b; }

    /** Which of 工作考核、社会评议、责任追究 the text never mentions ("、"-joined), or null when all are there. */
    public String getMissingOversight() { return missingOversight; }
    public void setMissingOversight(String s) { this.missingOversight = s; }

    /**
     * The text reports on how last year's problems were followed up (整改 / 改进 of 上年度 problems);
     * null for reports before 2022 or without a year (the format asks for it from the 2022 reports on).
     */
    public Boolean getFollowUpStated() { return followUpStated; }
    public void setFollowUpStated(Boolean b) { this.followUpStated = b; }

    /** The text mentions the 信息处理费. */
    public boolean isFeeMentioned() { return feeMentioned; }
    public void setFeeMentioned(boolean b) { this.feeMentioned = b; }

    /** A phrase claiming no 收费通知 was issued ("未发出收费通知"), or null. */
    public String getNoFeeNoticeClaim() { return noFeeNoticeClaim; }
    public void setNoFeeNoticeClaim(String s) { this.noFeeNoticeClaim = s; }

    /** Title agency and signature agency are both known and neither is a prefix of the other. */
    public boolean isAgencyMismatch() { return agencyMismatch; }
    public void setAgencyMismatch(boolean b) { this.agencyMismatch = b; }

    /**
     * When 表三 本年新收 总计 is 0: whether the text says so ("本年度未收到政府信息公开申请", "受理申请0件");
     * null otherwise. For FMT-APP-001, which can match this instead of searching the text itself.
     */
    public Boolean getNoApplicationsStated() { return noApplicationsStated; }
    public void setNoApplicationsStated(Boolean b) { this.noApplicationsStated = b; }
}
