package org.nianbao.engine.render;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.nianbao.engine.batch.BatchSummary;
import org.nianbao.engine.batch.ReportResult;
import org.nianbao.engine.rules.Finding;

/**
 * The findings sheet as CSV: UTF-8 with a byte-order mark (so Excel opens Chinese text correctly),
 * RFC 4180 (CRLF line ends; fields quoted when they hold a comma, quote or line break; quotes doubled).
 * One row per finding; a file without findings gets one row saying so, and an unreadable file one row
 * with the reason, so every input appears.
 */
public final class CsvRenderer implements ResultRenderer {
    private RunInfo run;
    public static final List<String> HEADER = List.of("文件", "状态", "机关", "年度", "格式版本", "规则", "级别", "标题",
            "说明", "位置", "行号", "应为", "实际", "依据", "可能填错的单元格", "相关报告");

    private final Writer out;

    public CsvRenderer(OutputStream out) {
        this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    }

    @Override
    public void begin(RunInfo run) throws IOException {
        this.run = run;
        out.write('\uFEFF');
        row(HEADER);
    }

    @Override
    public void report(ReportResult r) throws IOException {
        if (!r.readable()) {
            row(list(r.file(), Labels.UNREADABLE, "", "", "", "", "", "", r.errorMessage() + "（" + r.errorCode() + "）",
                    "", "", "", "", "", "", ""));
            return;
        }
        String year = r.year() == null ? "" : r.year().toString();
        String edition = Labels.edition(run, r.edition());
        if (r.findings().isEmpty()) {
            row(list(r.file(), Labels.CHECKED, nz(r.agency()), year, edition, "", "", "", "未发现问题", "", "", "", "",
                    "", "", ""));
        }
        for (Finding f : r.findings()) {
            Integer line = Labels.line(f);
            row(list(r.file(), Labels.CHECKED, nz(r.agency()), year, edition, f.rule(), f.severity().label(),
                    nz(f.title()), nz(f.message()), Labels.location(f), line == null ? "" : line.toString(),
                    nz(f.expected()), nz(f.actual()), Labels.references(f.references()), Labels.suspects(f), Labels.related(f)));
        }
    }

    @Override
    public void end(BatchSummary summary) throws IOException {
        out.flush();
    }

    private static List<String> list(String... cells) {
        return new ArrayList<>(List.of(cells));
    }

    private void row(List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(field(cells.get(i)));
        }
        out.write("\r\n");
    }

    /** RFC 4180 quoting; a leading =, +, @ is neutralised so spreadsheets do not run it as a formula. */
    static String field(String s) {
        if (s == null) {
            return "";
        }
        if (!s.isEmpty() && "=+@".indexOf(s.charAt(0)) >= 0) {
            s = "'" + s;
        }
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
