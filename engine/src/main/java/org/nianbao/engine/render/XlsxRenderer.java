package org.nianbao.engine.render;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.nianbao.engine.batch.BatchSummary;
import org.nianbao.engine.batch.ReportResult;
import org.nianbao.engine.rules.Finding;
import org.nianbao.engine.rules.RuleInfo;
import org.nianbao.engine.rules.Severity;

/**
 * The spreadsheet to forward: sheets 概况 (run totals), 报告 (one row per input, checked or
 * unreadable), 发现 (one row per finding), 规则 (every rule with how many reports fail it) and
 * 机关 (per agency). Written with POI's streaming SXSSF: rows go to temporary files as they come,
 * so memory does not grow with the number of reports. Chinese headers, frozen header row,
 * auto-filters, fixed column widths.
 */
public final class XlsxRenderer implements ResultRenderer {
    private RunInfo run;
    /** Rows per sheet Excel accepts, header included; findings beyond it continue on 发现2, 发现3 … */
    static final int MAX_ROWS = 1_048_576;

    static final List<String> REPORT_HEADER = List.of("文件", "状态", "机关", "年度", "格式版本", "错误", "警告", "提示",
            "无法读取的原因");
    static final List<String> FINDING_HEADER = List.of("文件", "机关", "年度", "规则", "级别", "标题", "说明", "位置",
            "行号", "应为", "实际", "依据", "可能填错的单元格", "相关报告");
    static final List<String> RULE_HEADER = List.of("规则", "级别", "标题", "不通过的报告数", "发现数", "依据", "说明");
    static final List<String> AGENCY_HEADER = List.of("机关", "报告数", "有错误的报告数", "错误", "警告", "提示");

    private final OutputStream out;
    private SXSSFWorkbook wb;
    private CellStyle headerStyle;
    private SXSSFSheet overview;
    private SXSSFSheet reports;
    private SXSSFSheet findings;
    private SXSSFSheet rules;
    private SXSSFSheet agencies;
    private int reportRow;
    private int findingRow;
    private int findingSheets = 1;
    private List<RuleInfo> catalog;
    /** Set by {@link #discard()}: the workbook is gone, later writes fail instead of making new files. */
    private boolean discarded;

    public XlsxRenderer(OutputStream out) {
        this.out = out;
    }

    // begin, report, end and discard are synchronized: an interrupted run's shutdown hook calls discard()
    // while the main thread may be writing, and SXSSF's temporary sheet files must not be disposed of
    // half-way through a write (a failing dispose would leave the other sheets' files behind), nor
    // created again after it.
    @Override
    public synchronized void begin(RunInfo run) {
        requireLive();
        this.run = run;
        catalog = run.rules();
        wb = new SXSSFWorkbook(200);
        wb.setCompressTempFiles(true);
        Font bold = wb.createFont();
        bold.setBold(true);
        headerStyle = wb.createCellStyle();
        headerStyle.setFont(bold);
        headerStyle.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        headerStyle.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        overview = wb.createSheet("概况");
        reports = sheet("报告", REPORT_HEADER, new int[] {50, 10, 30, 8, 24, 8, 8, 8, 50});
        findings = sheet("发现", FINDING_HEADER, new int[] {50, 30, 8, 14, 8, 30, 70, 30, 8, 24, 24, 60, 40, 50});
        rules = sheet("规则", RULE_HEADER, new int[] {14, 8, 36, 16, 10, 70, 70});
        agencies = sheet("机关", AGENCY_HEADER, new int[] {36, 10, 16, 10, 10, 10});
        reportRow = 1;
        findingRow = 1;
    }

    /** Deletes SXSSF's temporary sheet files (poi-sxssf-sheet-xml*.gz) of an unfinished workbook. */
    @Override
    public synchronized void discard() {
        discarded = true;
        SXSSFWorkbook w = wb;
        if (w != null) {
            w.dispose();
        }
    }

    private void requireLive() {
        if (discarded) {
            throw new IllegalStateException("xlsx output discarded (interrupted run)");
        }
    }

    private SXSSFSheet sheet(String name, List<String> header, int[] widths) {
        SXSSFSheet s = wb.createSheet(name);
        Row r = s.createRow(0);
        for (int i = 0; i < header.size(); i++) {
            Cell c = r.createCell(i);
            c.setCellValue(header.get(i));
            c.setCellStyle(headerStyle);
            s.setColumnWidth(i, Math.min(255, widths[i]) * 256);
        }
        s.createFreezePane(0, 1);
        return s;
    }

    @Override
    public synchronized void report(ReportResult r) {
        requireLive();
        Row row = reports.createRow(reportRow++);
        int c = 0;
        text(row, c++, r.file());
        text(row, c++, Labels.status(r.readable()));
        text(row, c++, r.agency());
        number(row, c++, r.year());
        text(row, c++, r.readable() ? Labels.edition(run, r.edition()) : null);
        if (r.readable()) {
            number(row, c++, r.count(Severity.ERROR));
            number(row, c++, r.count(Severity.WARNING));
            number(row, c++, r.count(Severity.INFO));
        } else {
            c += 3;
            text(row, c, r.errorMessage() + "（" + r.errorCode() + "）");
        }
        for (Finding f : r.findings()) {
            if (findingRow >= MAX_ROWS) {
                finishFindingSheet();
                findingSheets++;
                findings = sheet("发现" + findingSheets, FINDING_HEADER,
                        new int[] {50, 30, 8, 14, 8, 30, 70, 30, 8, 24, 24, 60, 40, 50});
                findingRow = 1;
            }
            Row fr = findings.createRow(findingRow++);
            int k = 0;
            text(fr, k++, r.file());
            text(fr, k++, r.agency());
            number(fr, k++, r.year());
            text(fr, k++, f.rule());
            text(fr, k++, f.severity().label());
            text(fr, k++, f.title());
            text(fr, k++, f.message());
            text(fr, k++, Labels.location(f));
            number(fr, k++, Labels.line(f));
            text(fr, k++, f.expected());
            text(fr, k++, f.actual());
            text(fr, k++, Labels.references(f.references()));
            if (!f.suspects().isEmpty()) {
                text(fr, k, Labels.suspects(f));
            }
            k++;
            text(fr, k, f.related() == null ? null : Labels.related(f));
        }
    }

    private void finishFindingSheet() {
        filter(findings, findingRow, FINDING_HEADER.size());
    }

    @Override
    public synchronized void end(BatchSummary s) throws IOException {
        requireLive();
        try {
            filter(reports, reportRow, REPORT_HEADER.size());
            finishFindingSheet();
            java.util.Map<String, RuleInfo> byId = new java.util.HashMap<>();
            for (RuleInfo ri : catalog) {
                byId.put(ri.id(), ri);
            }
            int n = 1;
            for (BatchSummary.RuleStat r : s.rules()) {
                RuleInfo info = byId.get(r.id());
                Row row = rules.createRow(n++);
                text(row, 0, r.id());
                text(row, 1, r.severity() == null ? null : r.severity().label());
                text(row, 2, r.title());
                number(row, 3, r.reports());
                number(row, 4, r.findings());
                text(row, 5, info == null ? null : Labels.references(info.references()));
                text(row, 6, info == null ? null : info.description());
            }
            filter(rules, n, RULE_HEADER.size());
            n = 1;
            for (BatchSummary.AgencyStat a : s.agencies()) {
                Row row = agencies.createRow(n++);
                text(row, 0, a.agency());
                number(row, 1, a.reports());
                number(row, 2, a.reportsWithErrors());
                number(row, 3, a.count(Severity.ERROR));
                number(row, 4, a.count(Severity.WARNING));
                number(row, 5, a.count(Severity.INFO));
            }
            filter(agencies, n, AGENCY_HEADER.size());
            AgencyYears ay = AgencyYears.of(s);
            if (ay != null) {
                List<String> header = new java.util.ArrayList<>(List.of("机关"));
                ay.years.forEach(y -> header.add(y + "年度"));
                int[] widths = new int[header.size()];
                java.util.Arrays.fill(widths, 30);
                widths[0] = 36;
                SXSSFSheet history = sheet("机关历年", header, widths);
                n = 1;
                for (AgencyYears.Line l : ay.lines) {
                    Row row = history.createRow(n++);
                    text(row, 0, l.agency());
                    for (int y = 0; y < ay.years.size(); y++) {
                        String c = AgencyYears.cell(l.byYear().get(ay.years.get(y)));
                        text(row, y + 1, c.isEmpty() ? "（无报告）" : c);
                    }
                }
                filter(history, n, header.size());
            }
            Object[][] lines = {
                {"文件总数", s.files()}, {"已检查", s.checked()}, {"无法读取", s.unreadable()},
                {"错误（项）", s.total(Severity.ERROR)}, {"警告（项）", s.total(Severity.WARNING)},
                {"提示（项）", s.total(Severity.INFO)}, {"有发现的规则数", s.failedRules().size()},
                {"机关数", s.agencies().size()}};
            overview.setColumnWidth(0, 20 * 256);
            overview.setColumnWidth(1, 14 * 256);
            Row h = overview.createRow(0);
            text(h, 0, "项目").setCellStyle(headerStyle);
            text(h, 1, "数量").setCellStyle(headerStyle);
            for (int i = 0; i < lines.length; i++) {
                Row row = overview.createRow(i + 1);
                text(row, 0, (String) lines[i][0]);
                row.createCell(1).setCellValue(((Number) lines[i][1]).doubleValue());
            }
            int i = lines.length + 2;
            for (var e : s.unreadableByCode().entrySet()) {
                Row row = overview.createRow(i++);
                text(row, 0, "无法读取：" + e.getKey());
                row.createCell(1).setCellValue(e.getValue());
            }
            wb.write(out);
            out.flush();
        } finally {
            wb.close();
            wb.dispose();
        }
    }

    private static void filter(SXSSFSheet s, int rows, int cols) {
        s.setAutoFilter(new CellRangeAddress(0, Math.max(0, rows - 1), 0, cols - 1));
    }

    private static Cell text(Row row, int col, String value) {
        Cell c = row.createCell(col);
        if (value != null) {
            c.setCellValue(value.length() > 32_000 ? value.substring(0, 32_000) + "……" : value);
        }
        return c;
    }

    private static void number(Row row, int col, Number value) {
        if (value != null) {
            row.createCell(col).setCellValue(value.doubleValue());
        }
    }
}
