package org.nianbao.engine.interpret;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.engine.model.Location;
import org.nianbao.engine.model.Mention;
import org.nianbao.engine.model.Report;
import org.nianbao.engine.model.Section;

/**
 * Finds numbers the narrative states about applications and 行政复议/行政诉讼 ("共受理政府信息公开申请 70 件",
 * "予以公开及部分公开258件", "行政复议7件") and adds them to the report as {@link Mention} facts. Only unambiguous
 * phrasings are taken: the number must follow the keyword closely, the clause must not speak of a part
 * (其中, 本级, 分别, 各) or a comparison (较, 同比, 增, 减), and application totals must sit in a sentence about
 * 公开申请. Kinds (compared with the tables by rule FMT-TXT-001):
 * {@code app.new} (收到/新收: this year's new applications), {@code app.received} (受理: new, or with those
 * carried over), {@code app.carried_over}, {@code app.completed}, {@code app.carried_forward},
 * {@code app.granted}, {@code app.partially_granted}, {@code app.granted_or_partial}, {@code app.denied},
 * {@code app.unable}, {@code app.not_processed}, {@code app.other}, {@code review.total}, {@code litigation.total}.
 */
public final class MentionExtractor {
    private static final String NUM = "(\\d{1,7}|[零〇一二两三四五六七八九十百千万]{1,8})";
    private static final String GAP = "[^，,。；;：:0-9０-９]{0,%d}?";
    /** Units of a count of applications: 件, and as agencies also write it, 条 or 份. */
    private static final String COUNT = "(?:件|条|份)";
    private static final Pattern PART = Pattern.compile("其中|本级|分别|各类|各级|各部门|部门|乡镇|街道|累计|历年");
    /** A sentence that splits figures by level or unit: its numbers may be partial, none is compared. */
    private static final Pattern MIXED_SCOPE = Pattern.compile("本级|市级|区级|县级|各级|各部门|各单位|乡镇|街道|下属");
    private static final Pattern COMPARE = Pattern.compile("较|比|同比|增|减|上升|下降|同期");
    /** Other channels whose counts are not 政府信息公开申请 (复议 requests, hotline calls, petitions). */
    private static final Pattern OTHER_CHANNEL = Pattern.compile("复议|诉讼|咨询|热线|信访|投诉|举报|留言|来电|来信|电话");
    /** Another period named before the number ("去年收到…", "2020年收到…"). */
    private static final Pattern OTHER_PERIOD = Pattern.compile("去年|上年度?(?!结转)|上一年度?(?!结转)|前年|同期");
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})年");

    private record Kind(String kind, Pattern pattern, boolean needsApplicationSentence) {
    }

    private static Kind kind(String kind, String regex, boolean sentence) {
        return new Kind(kind, Pattern.compile(regex), sentence);
    }

    private static final List<Kind> KINDS = List.of(
            kind("app.new", "(?:新收|收到|接收|接到)" + GAP.formatted(16) + NUM + COUNT, true),
            kind("app.received", "受理" + GAP.formatted(16) + NUM + COUNT, true),
            kind("app.carried_over", "上一?年度?结转" + GAP.formatted(8) + NUM + COUNT, true),
            kind("app.completed", "办结" + GAP.formatted(12) + NUM + COUNT, true),
            kind("app.carried_forward", "结转(?:至|到)?下一?年度?" + GAP.formatted(8) + NUM + COUNT, true),
            kind("app.granted_or_partial", "予以公开(?:及|和|、|与)部分公开" + GAP.formatted(3) + NUM + "件", false),
            kind("app.granted", "予以公开(?![及和、与])" + GAP.formatted(3) + NUM + "件", false),
            kind("app.partially_granted", "(?<![及和、与])部分公开" + GAP.formatted(3) + NUM + "件", false),
            kind("app.denied", "不予公开" + GAP.formatted(3) + NUM + "件", false),
            kind("app.unable", "无法提供" + GAP.formatted(3) + NUM + "件", false),
            kind("app.not_processed", "不予处理" + GAP.formatted(3) + NUM + "件", false),
            kind("app.other", "其他处理" + GAP.formatted(3) + NUM + "件", false),
            kind("review.total", "行政复议" + GAP.formatted(6) + NUM + "(?:件|起)", false),
            kind("litigation.total", "(?:行政)?诉讼" + GAP.formatted(6) + NUM + "(?:件|起)", false));

    private MentionExtractor() {
    }

    /** Adds the mentions found in the narrative sections of the report. */
    public static void addMentions(Report r) {
        List<Section> scanned = new ArrayList<>();
        for (Section s : r.getSections()) {
            if (s.kind() == null || s.kind().equals("overview") || s.kind().equals("applications")
                    || s.kind().equals("review_litigation")) {
                scanned.add(s);
            }
        }
        for (Section s : scanned) {
            scan(r, s.getCompactBody(), s.numeral(), s.location());
        }
    }

    static void scan(Report r, String text, String section, Location where) {
        for (String sentence : text.split("。")) {
            // Every mention pattern ends in 件, 条, 份 or 起: other sentences cannot hold one.
            if (sentence.indexOf('件') < 0 && sentence.indexOf('起') < 0 && sentence.indexOf('条') < 0
                    && sentence.indexOf('份') < 0 || MIXED_SCOPE.matcher(sentence).find()) {
                continue;
            }
            boolean applicationSentence = sentence.contains("申请") && sentence.contains("公开");
            for (Kind k : KINDS) {
                if (k.needsApplicationSentence() && !applicationSentence) {
                    continue;
                }
                Matcher m = k.pattern().matcher(sentence);
                while (m.find()) {
                    String matched = m.group();
                    String clause = clauseAround(sentence, m.start(), m.end());
                    String before = clause.substring(0, clause.length() - matched.length());
                    if (PART.matcher(clause).find() || COMPARE.matcher(matched).find()
                            || OTHER_PERIOD.matcher(before).find() || otherYear(before, r.getYear())) {
                        continue;
                    }
                    if (k.kind().startsWith("app.") && OTHER_CHANNEL.matcher(matched).find()) {
                        continue;
                    }
                    boolean review = k.kind().equals("review.total");
                    boolean litigation = k.kind().equals("litigation.total");
                    if ((review || litigation) && (!sentence.contains("公开")
                            || matched.matches(".*(纠错|纠正|败诉|维持|撤销|确认违法|胜诉).*")
                            || review && matched.contains("诉讼") || litigation && matched.contains("复议"))) {
                        continue;
                    }
                    if ((k.kind().equals("app.received") || k.kind().equals("app.new")) && matched.contains("结转")) {
                        continue;
                    }
                    long v = ChineseNumerals.parse(m.group(1));
                    if (v < 0) {
                        continue;
                    }
                    r.getMentions().add(new Mention(k.kind(), v, matched, section, where));
                }
            }
        }
    }

    private static boolean otherYear(String text, Integer reportYear) {
        Matcher y = YEAR.matcher(text);
        while (y.find()) {
            if (reportYear == null || Integer.parseInt(y.group(1)) != reportYear) {
                return true;
            }
        }
        return false;
    }

    /** The clause (between ，；、 boundaries) holding a match, including the match. */
    private static String clauseAround(String sentence, int start, int end) {
        int a = start;
        while (a > 0 && "，,；;".indexOf(sentence.charAt(a - 1)) < 0) {
            a--;
        }
        return sentence.substring(a, end);
    }
}
