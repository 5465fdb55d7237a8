package org.nianbao.engine.interpret;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.engine.model.Location;
import org.nianbao.engine.model.Report;
import org.nianbao.engine.model.ReportDate;

/**
 * The report's dates: the statistics period it states, and its publication and signature dates (the
 * signature line also names the signing agency). One part of {@link ReportBuilder}'s work.
 */
final class ReportDates {
    private ReportDates() {
    }

    private static final Pattern PERIOD = Pattern.compile(
            "统计[^。；]{0,16}?((?:19|20)\\d{2})年(\\d{1,2})月(\\d{1,2})日起?(?:至|到|—|－|-|～|~)"
                    + "(?:((?:19|20)\\d{2})年)?(\\d{1,2})月(\\d{1,2})日止?");

    static void findPeriod(Report r, List<Item> items) {
        for (Item it : items) {
            if (it.tableRow()) {
                continue;
            }
            Matcher m = PERIOD.matcher(Text.halfWidth(Text.compact(it.text())));
            if (!m.find()) {
                continue;
            }
            setPeriod(r, m, it.line(), it.page());
            return;
        }
        // The sentence may be wrapped over several lines (text extracted from PDF).
        StringBuilder sb = new StringBuilder();
        List<Joined> joined = new ArrayList<>();
        for (Item it : items) {
            if (!it.tableRow()) {
                joined.add(new Joined(sb.length(), it.line(), it.page()));
                sb.append(Text.halfWidth(Text.compact(it.text())));
            }
        }
        Matcher m = PERIOD.matcher(sb);
        if (m.find()) {
            int line = 0;
            int page = 0;
            for (Joined j : joined) {
                if (j.offset() <= m.start()) {
                    line = j.line();
                    page = j.page();
                }
            }
            setPeriod(r, m, line, page);
        }
    }

    /** Where a paragraph starts in the paragraphs joined together, and its source line and page. */
    private record Joined(int offset, int line, int page) {
    }

    private static void setPeriod(Report r, Matcher m, int line, int page) {
        r.setPeriodText(m.group());
        Location loc = Location.ofLine(r.getFile(), line);
        r.setPeriodLocation(page > 0 ? loc.withPage(page) : loc);
        try {
            int y1 = Integer.parseInt(m.group(1));
            int y2 = m.group(4) != null ? Integer.parseInt(m.group(4)) : y1;
            r.setPeriodStart(LocalDate.of(y1, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
            r.setPeriodEnd(LocalDate.of(y2, Integer.parseInt(m.group(5)), Integer.parseInt(m.group(6))));
        } catch (DateTimeException e) {
            r.getNotes().add("统计期限中的日期无效：" + m.group());
        }
    }

    private static final String CN_DIGIT = "[0-9〇○零一二三四五六七八九OＯ]";
    private static final String CN_SMALL = "(?:\\d{1,2}|[一二三四五六七八九十]{1,3})";
    static final Pattern DATE_LINE = Pattern.compile(
            "^(.{0,40}?)\\s*(" + CN_DIGIT + "{4})\\s*年\\s*(" + CN_SMALL + ")\\s*月\\s*(" + CN_SMALL + ")\\s*日$");
    /** A signature date inside a flattened line: "…常规化。 二○一二年二月二十日 附件1：…". */
    private static final Pattern INLINE_SIGNED = Pattern.compile(
            "[。！]\\s*(" + CN_DIGIT + "{4})\\s*年\\s*(" + CN_SMALL + ")\\s*月\\s*(" + CN_SMALL + ")\\s*日(?=\\s|附件|$)");
    private static final Pattern PUBLISHED = Pattern.compile(
            "(?:发布时间|发布日期|公开日期|发文日期)\\s*[:：]\\s*((?:19|20)\\d{2})\\s*[-年./]\\s*(\\d{1,2})\\s*[-月./]\\s*(\\d{1,2})");

    static void findDates(Report r, List<Item> items) {
        List<ReportDate> published = new ArrayList<>();
        List<ReportDate> signed = new ArrayList<>();
        String previous = null;
        for (Item it : items) {
            if (it.tableRow()) {
                previous = null;
                continue;
            }
            String before = previous;
            previous = it.text().strip();
            if (previous.indexOf('日') < 0 && !previous.contains("时间")) {
                continue; // every date pattern below needs 日 (…日 / 发布日期) or 时间 (发布时间)
            }
            String t = Text.halfWidth(previous);
            Location loc = Location.ofLine(r.getFile(), it.line());
            if (it.page() > 0) {
                loc = loc.withPage(it.page());
            }
            Matcher p = PUBLISHED.matcher(t);
            if (p.find()) {
                LocalDate d = date(p.group(1), p.group(2), p.group(3));
                if (d != null) {
                    published.add(new ReportDate("published", d, p.group(), false, loc));
                }
                continue;
            }
            Matcher m = DATE_LINE.matcher(t);
            if (!m.matches()) {
                Matcher in = INLINE_SIGNED.matcher(t);
                while (in.find()) {
                    LocalDate d = date(in.group(1), in.group(2), in.group(3));
                    if (d != null) {
                        signed.add(new ReportDate("signed", d, in.group().substring(1).strip(), false, loc));
                    }
                }
                continue;
            }
            if (m.matches()) {
                String prefix = m.group(1);
                if (prefix.contains("。") || prefix.contains("，") || prefix.contains(",") || prefix.contains("统计")) {
                    continue;
                }
                LocalDate d = date(m.group(2), m.group(3), m.group(4));
                if (d != null) {
                    signed.add(new ReportDate("signed", d, t, false, loc));
                    String signer = !prefix.isBlank() ? prefix.strip() : before;
                    if (signer != null && TitleAndAgency.looksLikeAgency(signer)) {
                        r.setSignature(Text.compact(signer), loc);
                    }
                }
            }
        }
        ReportDate primary = !published.isEmpty() ? published.get(0)
                : !signed.isEmpty() ? signed.get(signed.size() - 1) : null;
        for (ReportDate d : published) {
            r.getDates().add(d == primary ? new ReportDate(d.kind(), d.date(), d.raw(), true, d.location()) : d);
        }
        for (ReportDate d : signed) {
            r.getDates().add(d == primary ? new ReportDate(d.kind(), d.date(), d.raw(), true, d.location()) : d);
        }
    }

    static LocalDate date(String y, String m, String d) {
        long year = ChineseNumerals.parse(y);
        long month = ChineseNumerals.parse(m);
        long day = ChineseNumerals.parse(d);
        if (year < 1990 || year > 2100 || month < 1 || month > 12 || day < 1 || day > 31) {
            return null;
        }
        try {
            return LocalDate.of((int) year, (int) month, (int) day);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
