package org.nianbao.engine.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Canonical table, row and column keys (spec §10) with their printed Chinese labels. */
public final class TableKeys {
    private TableKeys() {
    }

    public static final String PROACTIVE = "proactive";
    public static final String APPLICATIONS = "applications";
    public static final String REVIEW_LITIGATION = "review_litigation";

    public static String tableName(String key) {
        return switch (key) {
            case PROACTIVE -> "表二（主动公开政府信息情况）";
            case APPLICATIONS -> "表三（收到和处理政府信息公开申请情况）";
            case REVIEW_LITIGATION -> "表四（政府信息公开行政复议、行政诉讼情况）";
            default -> key;
        };
    }

    /** The table's short name: 表二, 表三, 表四 (the key itself for any other). */
    public static String shortName(String key) {
        return switch (key) {
            case PROACTIVE -> "表二";
            case APPLICATIONS -> "表三";
            case REVIEW_LITIGATION -> "表四";
            default -> key;
        };
    }

    /** T3 columns in printed order. */
    public static final Map<String, String> APPLICATION_COLUMNS = ordered(
            "natural_person", "自然人",
            "commercial", "商业企业",
            "research", "科研机构",
            "social_welfare", "社会公益组织",
            "legal_service", "法律服务机构",
            "other_org", "其他",
            "total", "总计");

    /** T4 groups and outcomes. */
    public static final Map<String, String> REVIEW_GROUPS = ordered(
            "review", "行政复议",
            "litigation_direct", "行政诉讼·未经复议直接起诉",
            "litigation_after_review", "行政诉讼·复议后起诉");

    public static final Map<String, String> REVIEW_OUTCOMES = ordered(
            "upheld", "结果维持",
            "corrected", "结果纠正",
            "other", "其他结果",
            "pending", "尚未审结",
            "total", "总计");

    /** The 15 T4 cells in printed order as {@code group.outcome}. */
    public static List<String> reviewCells() {
        java.util.ArrayList<String> list = new java.util.ArrayList<>();
        for (String g : REVIEW_GROUPS.keySet()) {
            for (String o : REVIEW_OUTCOMES.keySet()) {
                list.add(g + "." + o);
            }
        }
        return list;
    }

    static Map<String, String> ordered(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(m);
    }
}
