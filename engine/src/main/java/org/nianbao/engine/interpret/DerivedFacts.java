package org.nianbao.engine.interpret;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.engine.model.Cell;
import org.nianbao.engine.model.ContentGap;
import org.nianbao.engine.model.Deadline;
import org.nianbao.engine.model.Mention;
import org.nianbao.engine.model.MentionCheck;
import org.nianbao.engine.model.Report;
import org.nianbao.engine.model.ReportDate;
import org.nianbao.engine.model.ReportTraits;
import org.nianbao.engine.model.Section;
import org.nianbao.engine.rules.TableFigures;
import org.nianbao.engine.rules.Truncation;

/**
 * Derives, once per built report, the facts rules match instead of computing them in DRL: the
 * {@link ReportTraits} (truncation, stated year, period checks, text findings such as the
 * 信息处理费 or 考核/评议/追究 mentions), the applicable {@link Deadline}, a {@link ContentGap} for a
 * section 五 that lacks problems or measures, and a {@link MentionCheck} per narrative mention.
 * Pure function of the report; every regular expression is compiled once here.
 */
public final class DerivedFacts {
    private DerivedFacts() {
    }

    private static final Pattern STATED_YEAR =
            Pattern.compile("((?:19|20)\\d{2})年度?(?:政府信息公开|政务公开)(?:工作)?年度?报告");
    private static final Pattern NO_FEE_NOTICE =
            Pattern.compile("(未|没有|无)(发出|发送|出具|下发|送达|开具)[^。，]{0,10}收费通知");
    private static final Pattern FOLLOW_UP_FIXED =
            Pattern.compile("(问题|不足)[^。]{0,40}整改|整改[^。]{0,40}(问题|不足|落实|情况|完成)");
    private static final String GAP_PUNCTUATION = "。.，,、；;：:（）()\"“”";
    /** The text says no application was received (FMT-APP-001). */
    private static final Pattern NO_APPLICATIONS =
            Pattern.compile("(未收到|没有收到|未接到|没有接到|未受理|无(?!正当理由))[^。]{0,12}申请");
    /** The text states zero applications ("受理申请0件"). */
    private static final Pattern ZERO_APPLICATIONS =
            Pattern.compile("(受理|收到|新收|接收|申请)[^。]{0,20}?(?<![0-9.])(0|零)件");
    private static final Pattern PROBLEM_WORDS =
            Pattern.compile("问题|不足|差距|薄弱|有待|不够|欠缺|短板|不到位|滞后|不充分|不平衡|不全面|不高|不强|不及时");
    private static final Pattern MEASURE_WORDS =
            Pattern.compile("改进|下一步|下阶段|今后|将进一步|将继续|将加强|措施|整改|提升|加强|推进|完善|计划|着力|强化");
    /** The first report year for which the follow-up of last year's problems is asked for. */
    static final int FOLLOW_UP_FROM = 2022;
    private static final java.util.Map<Integer, Pattern> LAST_YEAR = new java.util.concurrent.ConcurrentHashMap<>();
    /** How far into the document the title's "XXXX年度…年度报告" is looked for. */
    static final int HEAD = 600;

    /** The derived facts of {@code r}, to be inserted next to {@link Report#facts()}. */
    public static List<Object> of(Report r) {
        List<Object> out = new ArrayList<>();
        out.add(traits(r));
        Deadline d = deadline(r);
        if (d != null) {
            out.add(d);
        }
        for (Section s : r.getSections()) {
            if ("problems".equals(s.kind())) {
                String gap = problemsGap(s.body());
                if (gap != null) {
                    out.add(new ContentGap("problems", s, gap));
                }
            }
        }
        for (Mention m : r.getMentions()) {
            boolean contradicts = TableFigures.contradicts(r, m);
            out.add(new MentionCheck(m, contradicts ? TableFigures.describe(r, m) : null, contradicts));
        }
        return out;
    }

    static ReportTraits traits(Report r) {
        ReportTraits t = new ReportTraits();
        String compact = r.getCompactText();
        Integer year = r.getYear();
        t.setPossiblyTruncated(Truncation.possiblyTruncated(r));
        Matcher m = STATED_YEAR.matcher(compact.length() > HEAD ? compact.substring(0, HEAD) : compact);
        t.setStatedYear(m.find() ? Integer.valueOf(m.group(1)) : null);
        if (r.isPeriodStated()) {
            if (r.getPeriodStart().getYear() == r.getPeriodEnd().getYear()) {
                t.setPeriodYear(r.getPeriodStart().getYear());
            }
            if (year != null) {
                t.setPeriodCoversYear(r.getPeriodStart().equals(LocalDate.of(year, 1, 1))
                        && r.getPeriodEnd().equals(LocalDate.of(year, 12, 31)));
            }
        }
        if (year != null) {
            LocalDate end = r.isPeriodStated() ? r.getPeriodEnd() : LocalDate.of(year, 12, 31);
            t.setPeriodEnd(end);
            ReportDate primary = primaryDate(r);
            t.setDatedBeforePeriodEnd(primary != null && !primary.date().isAfter(end));
            if (year >= FOLLOW_UP_FROM) {
                t.setFollowUpStated(followUpStated(compact, year));
            }
        }
        t.setMissingOversight(missingOversight(compact));
        t.setFeeMentioned(compact.contains("处理费"));
        Matcher fee = NO_FEE_NOTICE.matcher(compact);
        t.setNoFeeNoticeClaim(compact.contains("收费通知") && fee.find() ? fee.group() : null);
        Cell newReceived = r.cell("applications", "new_received", "total");
        if (newReceived != null && newReceived.isNumber() && newReceived.getValue() == 0) {
            t.setNoApplicationsStated(NO_APPLICATIONS.matcher(compact).find() || ZERO_APPLICATIONS.matcher(compact).find());
        }
        t.setAgencyMismatch(r.getAgency() != null && r.getSignatureAgency() != null
                && !sameAgency(r.getAgency(), r.getSignatureAgency()));
        return t;
    }

    /** The deadline of 第四十九条 (or of the 2007 条例 before 2019) for the report's year and agency kind. */
    static Deadline deadline(Report r) {
        Integer y = r.getYear();
        if (y == null) {
            return null;
        }
        String basis;
        LocalDate due;
        if (y < 2019) {
            basis = "pre2019";
            due = LocalDate.of(y + 1, 3, 31);
        } else {
            switch (r.getAgencyKind()) {
                case "department" -> {
                    basis = "department";
                    due = LocalDate.of(y + 1, 1, 31);
                }
                case "government" -> {
                    basis = "government";
                    due = LocalDate.of(y + 1, 3, 31);
                }
                default -> {
                    basis = "unknown";
                    due = LocalDate.of(y + 1, 3, 31);
                }
            }
        }
        ReportDate d = primaryDate(r);
        return new Deadline(basis, y, due, d, d != null && d.date().isAfter(due));
    }

    private static ReportDate primaryDate(Report r) {
        for (ReportDate d : r.getDates()) {
            if (d.primary()) {
                return d;
            }
        }
        return null;
    }

    /** Why a section-五 body does not name problems and measures, or null when it does. */
    static String problemsGap(String body) {
        String b = body == null ? "" : withoutPunctuation(body);
        if (b.length() < 15) {
            return "只有“" + (body == null ? "" : body.strip()) + "”";
        }
        boolean problems = PROBLEM_WORDS.matcher(b).find();
        boolean measures = MEASURE_WORDS.matcher(b).find();
        if (!problems && !measures) {
            return "既没有写存在的问题，也没有写改进措施";
        }
        if (!problems) {
            return "没有写存在的具体问题";
        }
        if (!measures) {
            return "没有写改进措施";
        }
        return null;
    }

    /**
     * The report says how last year's problems were followed up (FMT-SEC-004). Every alternative stays
     * inside one sentence and names 整改, 问题 or 不足, so only such sentences are searched.
     */
    static boolean followUpStated(String compact, int year) {
        Matcher fixed = FOLLOW_UP_FIXED.matcher(compact);
        Matcher lastYear = LAST_YEAR.computeIfAbsent(year, y -> Pattern.compile(
                "(上一?年度?|去年|" + (y - 1) + "年度?)[^。]{0,40}(问题|不足)[^。]{0,60}(改进|解决|落实|完成|整改)"))
                .matcher(compact);
        int start = 0;
        while (start < compact.length()) {
            int end = compact.indexOf('。', start);
            if (end < 0) {
                end = compact.length();
            }
            if (containsIn(compact, start, end, "整改") || containsIn(compact, start, end, "问题")
                    || containsIn(compact, start, end, "不足")) {
                if (fixed.region(start, end).find() || lastYear.region(start, end).find()) {
                    return true;
                }
            }
            start = end + 1;
        }
        return false;
    }

    private static boolean containsIn(String s, int from, int to, String word) {
        int at = s.indexOf(word, from);
        return at >= 0 && at + word.length() <= to;
    }

    static String missingOversight(String text) {
        List<String> missing = new ArrayList<>();
        if (!text.contains("考核")) {
            missing.add("工作考核");
        }
        if (!text.contains("评议")) {
            missing.add("社会评议");
        }
        if (!text.contains("追究") && !text.contains("问责")) {
            missing.add("责任追究");
        }
        return missing.isEmpty() ? null : String.join("、", missing);
    }

    /** One name is the other, or starts with it (an office signing for its government, a 管委会 for its area). */
    static boolean sameAgency(String a, String b) {
        String x = withoutSpace(a);
        String y = withoutSpace(b);
        return x.startsWith(y) || y.startsWith(x);
    }

    /** The text without white space ({@code \s}) and the punctuation of {@link #GAP_PUNCTUATION}. */
    private static String withoutPunctuation(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isSpace(c) && GAP_PUNCTUATION.indexOf(c) < 0) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** The text without the white space of {@code \s} (space, tab, line breaks, form feed, vertical tab). */
    private static String withoutSpace(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isSpace(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
