package org.nianbao.engine.interpret;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.engine.interpret.SectionFinder.Heading;
import org.nianbao.engine.model.Report;

/**
 * What the opening of a report says about it: its title, the agency it is the report of and the year
 * it covers. The title is looked for before the first section heading (a "标题:" line, or a short line
 * naming 政府信息公开 and a year, or ending in 政府信息公开工作年度报告); the agency and year come from
 * the title, else from the preamble ("本报告由某某县人民政府办公室编制", "2023年度政府信息公开…").
 *
 * @param title      the title, compacted, or null
 * @param year       the year the report covers, or null
 * @param yearSource where the year was read ({@code 标题}, {@code 报告正文开头}), or null
 * @param agency     the agency, or null
 */
record TitleAndAgency(String title, Integer year, String yearSource, String agency) {

    private static final Pattern YEAR_IN_TITLE = Pattern.compile("((?:19|20)\\d{2})\\s*年");
    private static final Pattern PREAMBLE_YEAR = Pattern.compile("((?:19|20)\\d{2})年度?(?:政府信息公开|政务公开)");
    private static final Pattern PREAMBLE_AGENCY = Pattern.compile(
            "由([^，。,；、（）()《》]{2,30}?)(?:编制|负责编制|根据|依据|按照)");
    /** "某某县人民政府办公室" compiling the report of "某某县人民政府": the office part is dropped. */
    private static final Pattern GOVERNMENT_OFFICE = Pattern.compile(
            "^(.{1,20}?(?:人民政府|街道办事处))(?:党政办公室|办公室|办公厅|政务公开办公室|政府信息公开工作领导小组办公室"
                    + "|信息公开工作领导小组办公室|政务服务管理办公室|政务公开领导小组办公室)$");

    /** Reads the title, agency and year from the items before (and at) the first heading. */
    static TitleAndAgency find(List<Item> items, List<Heading> headings) {
        int firstHeading = firstHeadingIndex(items, headings);
        String title = title(items, firstHeading);
        Integer year = null;
        String yearSource = null;
        String agency = null;
        if (title != null) {
            Matcher y = YEAR_IN_TITLE.matcher(title);
            if (y.find()) {
                year = Integer.parseInt(y.group(1));
                yearSource = "标题";
                String before = title.substring(0, y.start()).strip();
                String after = title.substring(y.end());
                if (after.startsWith("度")) {
                    after = after.substring(1);
                }
                String named = before;
                if (named.isEmpty()) {
                    int k = after.indexOf("政府信息公开");
                    named = k > 0 ? after.substring(0, k) : "";
                }
                named = named.replaceAll("^[《“\"]+", "");
                if (!named.isEmpty()) {
                    agency = named;
                }
            }
        }
        String preamble = preambleText(items, firstHeading);
        if (agency == null) {
            agency = compilerAgency(preamble);
        }
        if (year == null) {
            Matcher m = PREAMBLE_YEAR.matcher(preamble);
            if (m.find()) {
                year = Integer.parseInt(m.group(1));
                yearSource = "报告正文开头";
            }
        }
        return new TitleAndAgency(title, year, yearSource, agency);
    }

    /** Sets the title, year, agency, the agency's kind and whether it may make 规章. */
    void applyTo(Report r) {
        if (title != null) {
            r.setTitle(title);
        }
        if (year != null) {
            r.setYear(year);
            r.setYearSource(yearSource);
        }
        if (agency != null) {
            r.setAgency(agency);
        }
        r.setAgencyKind(agencyKind(r.getAgency()));
        r.setRegulationMaking(regulationMaking(r.getAgency()));
    }

    /** The title line, compacted and cut after its first 报告; null when the opening has none. */
    private static String title(List<Item> items, int firstHeading) {
        String title = null;
        int limit = Math.min(items.size(), Math.max(firstHeading, 0) + 1);
        for (int i = 0; i < Math.min(limit, 40); i++) {
            Item it = items.get(i);
            if (it.tableRow()) {
                continue;
            }
            String t = it.text().strip();
            if (t.startsWith("标题:") || t.startsWith("标题：")) {
                title = t.substring(3).strip();
                break;
            }
            String c = Text.compact(t);
            if (c.contains("关于") || c.length() > 80 || c.contains("。") || c.contains("《") || c.startsWith("现将")
                    || c.contains("请收悉")) {
                continue;
            }
            if (c.contains("政府信息公开") && YEAR_IN_TITLE.matcher(c).find()) {
                if (!c.endsWith("报告") && !c.endsWith("年报") && i + 1 < items.size() && !items.get(i + 1).tableRow()) {
                    String next = Text.compact(items.get(i + 1).text());
                    if (next.length() < 20 && next.endsWith("报告")) {
                        c = c + next;
                    }
                }
                if (c.contains("报告") || c.contains("年报")) {
                    // A title split over lines (a PDF): the agency on the line above, the year and
                    // "政府信息公开工作年度报告" on this one.
                    Matcher y = YEAR_IN_TITLE.matcher(c);
                    if (y.find() && y.start() == 0 && i > 0 && !items.get(i - 1).tableRow()
                            && looksLikeAgency(items.get(i - 1).text())) {
                        c = Text.compact(items.get(i - 1).text()) + c;
                    }
                    title = c;
                    break;
                }
            }
            if (c.equals("政府信息公开工作年度报告") || c.endsWith("政府信息公开工作年度报告") && c.length() < 50) {
                title = c;
                break;
            }
        }
        if (title == null) {
            return null;
        }
        String c = Text.compact(title);
        // A long one-line page (flattened web text) starts with the title: cut at the first 报告.
        int cut = c.indexOf("报告");
        if (cut > 0 && cut + 2 < c.length()) {
            c = c.substring(0, cut + 2);
        }
        return c;
    }

    /**
     * The agency named as the report's compiler in the preamble ("由某某局编制"); a government's
     * office compiling its government's report stands for the government. Null when none is named.
     */
    static String compilerAgency(String preamble) {
        Matcher m = PREAMBLE_AGENCY.matcher(preamble);
        if (!m.find()) {
            return null;
        }
        String a = m.group(1).replaceFirst("^本报告", "");
        Matcher g = GOVERNMENT_OFFICE.matcher(a);
        return g.matches() ? g.group(1) : a;
    }

    /** Index of the first item on the first heading's line; without headings, the first 30 items are the opening. */
    private static int firstHeadingIndex(List<Item> items, List<Heading> headings) {
        if (headings.isEmpty()) {
            return Math.min(items.size(), 30);
        }
        int line = items.get(headings.get(0).item()).line();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).line() == line) {
                return i;
            }
        }
        return 0;
    }

    private static String preambleText(List<Item> items, int firstHeading) {
        StringBuilder sb = new StringBuilder();
        int end = Math.max(firstHeading, Math.min(items.size(), 3));
        for (int i = 0; i < end && i < items.size(); i++) {
            sb.append(Text.compact(items.get(i).text()));
        }
        return sb.toString();
    }

    /** government, township, department or unknown, from the agency name. */
    static String agencyKind(String agency) {
        if (agency == null || agency.isBlank()) {
            return "unknown";
        }
        String a = agency.strip();
        if (a.endsWith("人民政府")) {
            String place = a.substring(0, a.length() - 4);
            return place.endsWith("镇") || place.endsWith("乡") || place.endsWith("街道") ? "township" : "government";
        }
        if (a.endsWith("街道办事处")) {
            return "township";
        }
        if (a.endsWith("管委会") || a.endsWith("管理委员会") || a.endsWith("实验区") || a.endsWith("新区")) {
            return "unknown";
        }
        String[] departmentEnds = {"局", "厅", "委", "委员会", "办", "办公室", "中心", "院", "署", "所", "处", "队", "站",
                "部", "会", "馆", "行", "社"};
        for (String e : departmentEnds) {
            if (a.endsWith(e)) {
                return "department";
            }
        }
        return "unknown";
    }

    /**
     * True when the agency may make 规章 (立法法第九十三条): the government of a province, an
     * autonomous region, a municipality or a city with districts. A county-level city cannot be told
     * from its name, so every "…市人民政府" that is not a county, district or township counts, which
     * keeps the 错误 for a deleted 规章 row where information may really be lost.
     */
    static boolean regulationMaking(String agency) {
        if (agency == null) {
            return false;
        }
        String a = Text.compact(agency);
        if (!a.endsWith("人民政府")) {
            return false;
        }
        String place = a.substring(0, a.length() - 4);
        return place.endsWith("省") || place.endsWith("自治区") || place.endsWith("市");
    }

    /** A short line naming an agency (a signature above a date), not a sentence. */
    static boolean looksLikeAgency(String line) {
        String c = Text.compact(line);
        if (c.length() < 4 || c.length() > 30 || c.matches(".*[。，,：:；;（）()“”《》].*")) {
            return false;
        }
        return !"unknown".equals(agencyKind(c)) || c.endsWith("管委会") || c.endsWith("管理委员会");
    }
}
