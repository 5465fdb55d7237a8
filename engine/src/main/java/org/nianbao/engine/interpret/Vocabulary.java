package org.nianbao.engine.interpret;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.nianbao.engine.model.TableKeys;

/**
 * The national tables' printed labels and how the interpreter recognises them (spec §2.2–2.4, §3.1).
 * Labels are matched in {@link Text#label} normal form, by their distinctive words, because real
 * reports split, abbreviate and merge the official labels.
 */
public final class Vocabulary {
    private Vocabulary() {
    }

    /** A table row: canonical key, official label, and a test on the row's normalised label text. */
    public record RowDef(String key, String label, Predicate<String> matches) {
    }

    private static Predicate<String> any(String... words) {
        return s -> {
            for (String w : words) {
                if (s.contains(w)) {
                    return true;
                }
            }
            return false;
        };
    }

    private static Predicate<String> regex(String re) {
        Pattern p = Pattern.compile(re);
        return s -> p.matcher(s).find();
    }

    /** 表三 rows in printed order; 2021 has the three （六） sub-rows, 2019 the single other_handling row. */
    public static final List<RowDef> APPLICATION_ROWS = List.of(
            new RowDef("new_received", "一、本年新收政府信息公开申请数量", any("本年新收")),
            new RowDef("carried_over", "二、上年结转政府信息公开申请数量", any("上年结转")),
            new RowDef("granted", "（一）予以公开", any("予以公开")),
            new RowDef("partially_granted", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", any("部分公开")),
            new RowDef("denied_state_secret", "（三）不予公开 1.属于国家秘密", any("国家秘密")),
            new RowDef("denied_prohibited_by_law", "2.其他法律行政法规禁止公开", any("禁止公开")),
            new RowDef("denied_three_safety_one_stability", "3.危及“三安全一稳定”", any("三安全", "一稳定")),
            new RowDef("denied_third_party_rights", "4.保护第三方合法权益", any("第三方")),
            new RowDef("denied_internal_affairs", "5.属于三类内部事务信息", any("内部事务")),
            new RowDef("denied_process_info", "6.属于四类过程性信息", any("过程性信息")),
            new RowDef("denied_enforcement_file", "7.属于行政执法案卷", any("执法案卷")),
            new RowDef("denied_administrative_query", "8.属于行政查询事项", any("行政查询")),
            new RowDef("unable_not_held", "（四）无法提供 1.本机关不掌握相关政府信息", any("不掌握")),
            new RowDef("unable_needs_creation", "2.没有现成信息需要另行制作", any("另行制作", "没有现成")),
            new RowDef("unable_unclear_after_correction", "3.补正后申请内容仍不明确", any("仍不明确")),
            new RowDef("not_processed_petition", "（五）不予处理 1.信访举报投诉类申请", any("信访", "举报投诉")),
            new RowDef("not_processed_duplicate", "2.重复申请", any("重复申请")),
            new RowDef("not_processed_publication", "3.要求提供公开出版物", any("出版物")),
            new RowDef("not_processed_excessive", "4.无正当理由大量反复申请", any("大量反复")),
            new RowDef("not_processed_confirmation", "5.要求行政机关确认或重新出具已获取信息", any("重新出具", "确认或")),
            new RowDef("other_no_correction", "（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
                    any("逾期不补正", "不补正")),
            new RowDef("other_fee_unpaid", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
                    any("缴纳费用", "收费通知")),
            new RowDef("other_other", "3.其他", regex("(^|\\d\\.|\\d、)其他$")),
            new RowDef("other_handling", "（六）其他处理", regex("其他处理$")),
            new RowDef("results_total", "（七）总计", regex("(七\\)|七、|^)总计$")),
            new RowDef("carried_forward", "四、结转下年度继续办理", any("结转下年度", "下年度继续")));

    /** The first 表三 row not yet {@code taken} whose distinctive words match the normalised label, or null. */
    public static String matchApplicationRow(String label, java.util.Set<String> taken) {
        for (RowDef def : APPLICATION_ROWS) {
            if (!taken.contains(def.key()) && def.matches().test(label)) {
                return def.key();
            }
        }
        return null;
    }

    public static String applicationRowLabel(String key) {
        for (RowDef r : APPLICATION_ROWS) {
            if (r.key().equals(key)) {
                return r.label();
            }
        }
        return key;
    }

    public static final Map<String, String> APPLICATION_COLUMNS = TableKeys.APPLICATION_COLUMNS;

    /** 表二 row labels (normal form) to keys. Order matters: 行政规范性文件 before 规范性文件. */
    public static final List<RowDef> PROACTIVE_ROWS = List.of(
            new RowDef("regulations", "规章", s -> s.equals("规章")),
            new RowDef("normative_documents", "行政规范性文件", s -> s.endsWith("规范性文件")),
            new RowDef("licensing", "行政许可", s -> s.equals("行政许可")),
            new RowDef("other_services", "其他对外管理服务事项", any("对外管理服务")),
            new RowDef("punishment", "行政处罚", s -> s.equals("行政处罚")),
            new RowDef("coercion", "行政强制", s -> s.equals("行政强制")),
            new RowDef("fees", "行政事业性收费", any("事业性收费")),
            new RowDef("procurement", "政府集中采购", any("集中采购")));

    /** 表二 column header labels (normal form, distinctive words) to column keys. */
    public static final List<RowDef> PROACTIVE_COLUMNS = List.of(
            new RowDef("issued", "本年制发件数", any("制发")),
            new RowDef("repealed", "本年废止件数", any("废止")),
            new RowDef("in_force", "现行有效件数", any("现行有效")),
            new RowDef("fee_amount_wan", "本年收费金额（单位：万元）", any("收费金额")),
            new RowDef("new_made", "本年新制作数量", any("新制作")),
            new RowDef("new_published", "本年新公开数量", any("新公开")),
            new RowDef("total_published", "对外公开总数量", any("对外公开总")),
            new RowDef("prior_items", "上一年项目数量", any("上一年项目")),
            new RowDef("change", "本年增/减", any("增/减", "增减")),
            new RowDef("decisions", "本年处理决定数量", any("处理决定")),
            new RowDef("procurement_items", "采购项目数量", any("采购项目")),
            new RowDef("procurement_amount", "采购总金额", any("采购总金额")));

    public static String proactiveRowLabel(String key) {
        for (RowDef r : PROACTIVE_ROWS) {
            if (r.key().equals(key)) {
                return r.label();
            }
        }
        return key;
    }

    public static String proactiveColumnLabel(String key) {
        for (RowDef r : PROACTIVE_COLUMNS) {
            if (r.key().equals(key)) {
                return r.label();
            }
        }
        return key;
    }

    /** 第二十条第（X）项 block → the rows it holds. */
    public static final Pattern ARTICLE20_ITEM = Pattern.compile("第二十条第\\(([一二三四五六七八九十]+)\\)项");


    /**
     * A cell's position in its table's printed order (row first, then column), for listing cells
     * the way the table prints them.
     */
    public static int cellOrder(org.nianbao.engine.model.Cell c) {
        int row = indexOf(rowKeys(c.getTable()), c.getRow());
        int col = indexOf(columnKeys(c.getTable()), c.getColumn());
        return row * 100 + col;
    }

    private static List<String> rowKeys(String table) {
        return switch (table) {
            case "applications" -> APPLICATION_ROWS.stream().map(RowDef::key).toList();
            case "proactive" -> PROACTIVE_ROWS.stream().map(RowDef::key).toList();
            default -> List.copyOf(TableKeys.REVIEW_GROUPS.keySet());
        };
    }

    private static List<String> columnKeys(String table) {
        return switch (table) {
            case "applications" -> List.copyOf(TableKeys.APPLICATION_COLUMNS.keySet());
            case "proactive" -> PROACTIVE_COLUMNS.stream().map(RowDef::key).toList();
            default -> List.copyOf(TableKeys.REVIEW_OUTCOMES.keySet());
        };
    }

    private static int indexOf(List<String> keys, String key) {
        int i = keys.indexOf(key);
        return i < 0 ? 99 : i;
    }
}
