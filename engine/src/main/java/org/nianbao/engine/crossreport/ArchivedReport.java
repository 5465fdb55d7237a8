package org.nianbao.engine.crossreport;

/** A report kept in the archive: its digest and when it was (last) checked (ISO-8601, UTC). */
public record ArchivedReport(ReportDigest digest, String checkedAt) {
}
