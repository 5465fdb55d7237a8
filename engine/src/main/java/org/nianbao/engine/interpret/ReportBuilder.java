package org.nianbao.engine.interpret;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.engine.model.Location;
import org.nianbao.engine.model.Report;
import org.nianbao.engine.model.Section;
import org.nianbao.engine.source.Block;
import org.nianbao.engine.source.Paragraph;
import org.nianbao.engine.source.SourceDocument;
import org.nianbao.engine.source.TableBlock;
import org.nianbao.engine.source.TableCell;
import org.nianbao.engine.source.TableRow;

/**
 * Turns a {@link SourceDocument} into {@link Report} facts: title, agency, year, edition, sections,
 * statistics period and dates ({@link ReportDates}), and the three national tables under canonical
 * keys. Format-independent: every reader's output goes through here.
 */
public final class ReportBuilder {

    /** One paragraph or one table row, in reading order. */
    record Item(boolean tableRow, String text, List<String> cells, int line, int page, boolean gridKnown,
                String method, String unreadReason, String label, boolean inconsistent) {
        /**
         * {@code label} is the text in {@link Text#label} normal form, computed once (tables are scanned
         * often); {@code inconsistent} marks an unread row whose digits admit no split satisfying its totals.
         */
        Item(boolean tableRow, String text, List<String> cells, int line, int page, boolean gridKnown,
             String method, String unreadReason) {
            this(tableRow, text, cells, line, page, gridKnown, method, unreadReason, Text.label(text), false);
        }
    }

    private final Editions editions;

    /** A builder that knows the built-in editions and those of the bundled rule packs. */
    public ReportBuilder() {
        this(Editions.bundled());
    }

    /** A builder for the given editions (e.g. those of a {@code --rules} directory). */
    public ReportBuilder(Editions editions) {
        this.editions = editions;
    }

    private static final Pattern HEADING = Pattern.compile(
            "^\\s*([一二三四五六七八九十]{1,3})\\s*[、，,.．]\\s*(.+?)\\s*$");

    public Report build(SourceDocument doc) {
        List<Item> published = flatten(doc);
        StringBuilder publishedText = new StringBuilder();
        for (Item it : published) {
            publishedText.append(it.label());
        }
        String publishedLabel = publishedText.toString();
        List<Item> items = FlatText.expand(published, editions);
        Report r = new Report();
        r.setFile(doc.file());
        r.setFormat(doc.format());
        r.getNotes().addAll(doc.notes());
        StringBuilder full = new StringBuilder();
        for (Item it : items) {
            full.append(it.text()).append('\n');
        }
        r.setFullText(full.toString());

        List<int[]> headings = findHeadings(items);
        buildSections(r, items, headings);
        findTitleAgencyYear(r, items);
        ReportDates.findPeriod(r, items);
        if (r.getYear() == null && r.getPeriodStart() != null) {
            r.setYear(r.getPeriodStart().getYear());
            r.setYearSource("统计期限");
        }
        ReportDates.findDates(r, items);
        detectEdition(r);
        Map<String, String> regions = PublishedRegions.of(publishedLabel);
        new TableReader(r, items, headings, editions, regions, publishedLabel).readAll();
        EditionDecision.decide(r, editions);
        Parts.compute(r);
        LabelTypos.find(r, publishedLabel, regions);
        MentionExtractor.addMentions(r);
        return r;
    }

    static List<Item> flatten(SourceDocument doc) {
        List<Item> items = new ArrayList<>();
        for (Block b : doc.blocks()) {
            if (b instanceof Paragraph p) {
                if (!p.text().isBlank()) {
                    items.add(new Item(false, p.text(), List.of(p.text()), p.line(), p.page(), false, "text", null));
                }
            } else if (b instanceof TableBlock t) {
                for (TableRow row : t.rows()) {
                    List<String> cells = new ArrayList<>();
                    for (TableCell c : row.cells()) {
                        // A merged cell's text stands once; the positions it covers are not cells of
                        // their own (a value spanning three columns is one value, not one plus two blanks).
                        if (!c.covered()) {
                            cells.add(c.text());
                        }
                    }
                    items.add(new Item(true, String.join("\t", cells), cells, row.line(),
                            row.page() > 0 ? row.page() : t.page(), t.gridKnown(), t.method(), null));
                }
            }
        }
        return items;
    }

    // ---------------------------------------------------------------- sections

    /** Heading items as {itemIndex, number}; numbers strictly increase. */
    static List<int[]> findHeadings(List<Item> items) {
        List<int[]> result = new ArrayList<>();
        int last = 0;
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            String text = it.tableRow() ? singleCellText(it) : it.text();
            if (text == null) {
                continue;
            }
            Matcher m = HEADING.matcher(text);
            if (!m.matches()) {
                continue;
            }
            String title = m.group(2);
            String compact = Text.compact(title);
            if (compact.length() > 40 || compact.length() < 2 || compact.contains("。") || compact.contains("；")
                    || isTableRowLabel(compact)) {
                continue;
            }
            int n = ChineseNumerals.headingNumber(m.group(1));
            if (n <= last) {
                continue;
            }
            last = n;
            result.add(new int[] {i, n});
        }
        return result;
    }

    private static String singleCellText(Item it) {
        String only = null;
        for (String c : it.cells()) {
            if (!c.isBlank()) {
                if (only != null) {
                    return null;
                }
                only = c;
            }
        }
        return only;
    }

    /** Rows of 表三 that look like headings: 一、本年新收…, 二、上年结转…, 三、本年度办理结果, 四、结转下年度…. */
    static boolean isTableRowLabel(String compact) {
        String key = Vocabulary.matchApplicationRow(Text.label(compact), java.util.Set.of());
        return compact.startsWith("本年度办理") || key != null
                && java.util.List.of("new_received", "carried_over", "carried_forward").contains(key)
                && Vocabulary.classifyHeading(compact) == null;
    }

    /** The national-format part a heading names by its key terms ({@link Vocabulary#classifyHeading}), or null. */
    public static String sectionKind(String heading) {
        Vocabulary.PartMatch m = Vocabulary.classifyHeading(heading);
        return m == null ? null : m.part().kind();
    }

    private static void buildSections(Report r, List<Item> items, List<int[]> headings) {
        for (int h = 0; h < headings.size(); h++) {
            int start = headings.get(h)[0];
            int end = h + 1 < headings.size() ? headings.get(h + 1)[0] : items.size();
            Item head = items.get(start);
            String text = head.tableRow() ? singleCellText(head) : head.text();
            Matcher m = HEADING.matcher(text);
            m.matches();
            StringBuilder body = new StringBuilder();
            for (int i = start + 1; i < end; i++) {
                body.append(items.get(i).text()).append('\n');
            }
            String numeral = m.group(1);
            Location loc = new Location(r.getFile(), head.line(), head.page() > 0 ? head.page() : null, numeral,
                    null, null, null, null, null);
            Vocabulary.PartMatch part = Vocabulary.classifyHeading(m.group(2));
            r.getSections().add(new Section(h + 1, numeral, headings.get(h)[1], m.group(2).strip(),
                    part == null ? null : part.part().kind(),
                    part == null ? "标题中没有任何一部分的关键词" : part.reason(), body.toString().strip(), loc));
        }
    }

    // ---------------------------------------------------------------- title, agency, year

    private static final Pattern YEAR_IN_TITLE = Pattern.compile("((?:19|20)\\d{2})\\s*年");
    private static final Pattern PREAMBLE_YEAR = Pattern.compile("((?:19|20)\\d{2})年度?(?:政府信息公开|政务公开)");
    private static final Pattern PREAMBLE_AGENCY = Pattern.compile(
            "由([^，。,；、（）()《》]{2,30}?)(?:编制|负责编制|根据|依据|按照)");
    /** "某某县人民政府办公室" compiling the report of "某某县人民政府": the office part is dropped. */
    private static final Pattern GOVERNMENT_OFFICE = Pattern.compile(
            "^(.{1,20}?(?:人民政府|街道办事处))(?:党政办公室|办公室|办公厅|政务公开办公室|政府信息公开工作领导小组办公室"
                    + "|信息公开工作领导小组办公室|政务服务管理办公室|政务公开领导小组办公室)$");

    private static void findTitleAgencyYear(Report r, List<Item> items) {
        String title = null;
        int firstHeading = firstHeadingIndex(r, items);
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
        if (title != null) {
            String c = Text.compact(title);
            // A long one-line page (flattened web text) starts with the title: cut at the first 报告.
            int cut = c.indexOf("报告");
            if (cut > 0 && cut + 2 < c.length()) {
                c = c.substring(0, cut + 2);
            }
            r.setTitle(c);
            Matcher y = YEAR_IN_TITLE.matcher(c);
            if (y.find()) {
                r.setYear(Integer.parseInt(y.group(1)));
                r.setYearSource("标题");
                String before = c.substring(0, y.start()).strip();
                String after = c.substring(y.end());
                if (after.startsWith("度")) {
                    after = after.substring(1);
                }
                String agency = before;
                if (agency.isEmpty()) {
                    int k = after.indexOf("政府信息公开");
                    agency = k > 0 ? after.substring(0, k) : "";
                }
                agency = agency.replaceAll("^[《“\"]+", "");
                if (!agency.isEmpty()) {
                    r.setAgency(agency);
                }
            }
        }
        String preamble = preambleText(items, firstHeading);
        if (r.getAgency() == null) {
            Matcher m = PREAMBLE_AGENCY.matcher(preamble);
            if (m.find()) {
                String a = m.group(1).replaceFirst("^本报告", "");
                Matcher g = GOVERNMENT_OFFICE.matcher(a);
                r.setAgency(g.matches() ? g.group(1) : a);
            }
        }
        if (r.getYear() == null) {
            Matcher m = PREAMBLE_YEAR.matcher(preamble);
            if (m.find()) {
                r.setYear(Integer.parseInt(m.group(1)));
                r.setYearSource("报告正文开头");
            }
        }
        r.setAgencyKind(agencyKind(r.getAgency()));
        r.setRegulationMaking(regulationMaking(r.getAgency()));
    }

    private static int firstHeadingIndex(Report r, List<Item> items) {
        if (r.getSections().isEmpty()) {
            return Math.min(items.size(), 30);
        }
        int line = r.getSections().get(0).location().line();
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
    public static String agencyKind(String agency) {
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
    public static boolean regulationMaking(String agency) {
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

    // ---------------------------------------------------------------- edition

    private void detectEdition(Report r) {
        Editions.Detection d = editions.detect(Text.label(r.getFullText()), r.getYear());
        r.setEdition(d.edition());
        r.setEditionEvidence(d.evidence());
    }
}
