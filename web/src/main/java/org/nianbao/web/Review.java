package org.nianbao.web;

import java.time.Instant;

/**
 * An auditor's decision on one finding of one report: {@code confirmed} (确认) or {@code dismissed}
 * (驳回), with a note. Keyed by the report's content hash and the finding's {@link FindingKeys key}.
 */
public record Review(String findingKey, String decision, String note, Instant decidedAt) {
    public static final String CONFIRMED = "confirmed";
    public static final String DISMISSED = "dismissed";

    public boolean dismissed() {
        return DISMISSED.equals(decision);
    }

    /** 确认 / 驳回 for pages and exports. */
    public String label() {
        return label(decision);
    }

    public static String label(String decision) {
        if (CONFIRMED.equals(decision)) {
            return "确认";
        }
        if (DISMISSED.equals(decision)) {
            return "驳回";
        }
        return "待审核";
    }

    /** True for the two decisions an auditor can record. */
    public static boolean valid(String decision) {
        return CONFIRMED.equals(decision) || DISMISSED.equals(decision);
    }
}
