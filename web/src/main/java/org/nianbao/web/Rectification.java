package org.nianbao.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.nianbao.engine.rules.Finding;

/**
 * The 整改清单: every finding of the chosen reports with the auditor's decision (确认 / 驳回 / 待审核),
 * note and time, as xlsx, csv (UTF-8 with BOM) or a printable html page. Dismissed findings stay
 * in the list, marked 驳回.
 */
final class Rectification {
    static final List<String> HEADER = List.of("文件", "机关", "年度", "规则", "级别", "问题", "说明", "位置", "发现", "应为",
            "依据", "审核结论", "审核备注", "审核时间", "发现编号");

    private Rectification() {
    }

    /** The rows: one per finding (a report without findings or unreadable gets one explanatory row). */
    static List<List<String>> rows(List<Job.Entry> entries, Function<String, Map<String, Review>> reviews) {
        List<List<String>> rows = new ArrayList<>();
        for (Job.Entry e : entries) {
            String agency = e.row().agency() == null ? "" : e.row().agency();
            String year = e.row().year() == null ? "" : String.valueOf(e.row().year());
            if (!e.row().readable()) {
                rows.add(List.of(e.file(), "", "", "", "", "无法读取", e.row().errorMessage(), "", "", "", "", "", "", "", ""));
                continue;
            }
            if (e.row().findings().isEmpty()) {
                rows.add(List.of(e.file(), agency, year, "", "", "未发现问题", "", "", "", "", "", "", "", "", ""));
                continue;
            }
            Map<String, Review> rv = e.contentHash() == null ? Map.of() : reviews.apply(e.contentHash());
            for (Finding f : e.row().findings()) {
                String key = FindingKeys.of(f);
                Review r = rv.get(key);
                rows.add(List.of(e.file(), agency, year, f.rule(), f.severity().label(), nz(f.title()), nz(f.message()),
                        f.location() == null ? "全文" : f.location().describe(), nz(f.actual()), nz(f.expected()),
                        String.join("；", f.references()), r == null ? "待审核" : r.label(),
                        r == null ? "" : nz(r.note()), r == null ? "" : ReportPage.TIME.format(r.decidedAt()), key));
            }
        }
        return rows;
    }

    static void xlsx(List<List<String>> rows, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sh = wb.createSheet("整改清单");
            CellStyle bold = wb.createCellStyle();
            Font f = wb.createFont();
            f.setBold(true);
            bold.setFont(f);
            Row h = sh.createRow(0);
            for (int i = 0; i < HEADER.size(); i++) {
                org.apache.poi.ss.usermodel.Cell c = h.createCell(i);
                c.setCellValue(HEADER.get(i));
                c.setCellStyle(bold);
            }
            int r = 1;
            for (List<String> row : rows) {
                Row x = sh.createRow(r++);
                for (int i = 0; i < row.size(); i++) {
                    x.createCell(i).setCellValue(row.get(i));
                }
            }
            int[] widths = {30, 24, 8, 14, 8, 28, 60, 36, 20, 20, 40, 10, 30, 18, 22};
            for (int i = 0; i < widths.length; i++) {
                sh.setColumnWidth(i, widths[i] * 256);
            }
            sh.createFreezePane(0, 1);
            sh.setAutoFilter(new CellRangeAddress(0, Math.max(0, rows.size()), 0, HEADER.size() - 1));
            wb.write(out);
        }
    }

    static void csv(List<List<String>> rows, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write('\uFEFF');
        line(w, HEADER);
        for (List<String> row : rows) {
            line(w, row);
        }
        w.flush();
    }

    private static void line(Writer w, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            w.write(field(cells.get(i)));
        }
        w.write("\r\n");
    }

    /** RFC 4180 quoting; a text starting like a spreadsheet formula is prefixed with ' so it stays text. */
    static String field(String s) {
        if (s == null) {
            return "";
        }
        String v = s;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0 && !v.matches("[-+]?\\d+(\\.\\d+)?")) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    static Document html(List<List<String>> rows) {
        Document d = Html.page("整改清单", "audit");
        Element main = Html.main(d);
        Html.text(main, "h1", "整改清单");
        Html.text(main, "p", "审核结论为“确认”的发现需要整改；“驳回”的发现经审核不需整改，仍列出备查；“待审核”尚未作出结论。")
                .addClass("note");
        Element t = Html.el(main, "table", "rectification");
        Element hr = t.appendElement("thead").appendElement("tr");
        for (String h : HEADER) {
            Html.text(hr, "th", h);
        }
        Element body = t.appendElement("tbody");
        for (List<String> row : rows) {
            Element tr = body.appendElement("tr").attr("data-review", row.get(11));
            for (String c : row) {
                Html.text(tr, "td", c);
            }
        }
        return d;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
