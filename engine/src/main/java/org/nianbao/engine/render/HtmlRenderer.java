package org.nianbao.engine.render;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.nianbao.engine.batch.BatchSummary;
import org.nianbao.engine.batch.ReportResult;
import org.nianbao.engine.rules.Finding;
import org.nianbao.engine.rules.RuleInfo;
import org.nianbao.engine.rules.Severity;

/**
 * One self-contained HTML page (no external assets, printable): run totals, a table of every
 * input, per-agency and per-rule summaries, each report's findings, and the description of every
 * rule that fired. Every text taken from a report or a rule is HTML-escaped. The per-report part is
 * spooled to a temporary file while the run goes, so that the summary can come first without
 * keeping findings in memory.
 */
public final class HtmlRenderer implements ResultRenderer {
    private static final String CSS = """
            body{font-family:"Noto Sans CJK SC","Microsoft YaHei","PingFang SC",sans-serif;margin:2em;color:#222;
            line-height:1.5}
            h1{font-size:1.6em}h2{font-size:1.3em;border-bottom:2px solid #ccc;margin-top:2em}
            h3{font-size:1.05em;margin-bottom:.3em;word-break:break-all}
            table{border-collapse:collapse;width:100%;margin:.5em 0;font-size:.9em}
            th,td{border:1px solid #bbb;padding:.25em .5em;text-align:left;vertical-align:top}
            th{background:#eee}td.n{text-align:right}
            .sev-ERROR{color:#b00020;font-weight:bold}.sev-WARNING{color:#a05a00;font-weight:bold}
            .sev-INFO{color:#185a9d}.unreadable{color:#b00020}
            .finding{margin:.4em 0 .8em 1em}.meta{color:#555;font-size:.9em}
            section.report{page-break-inside:avoid}
            @media print{body{margin:0}h2{page-break-before:always}h2.first{page-break-before:avoid}
            a{color:inherit;text-decoration:none}}
            """;

    private final Writer out;
    private Path spool;
    private Writer body;
    private RunInfo run;
    private int index;

    public HtmlRenderer(OutputStream out) {
        this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    }

    @Override
    public synchronized void begin(RunInfo run) throws IOException {
        this.run = run;
        spool = Files.createTempFile("nianbao-html", ".part");
        spool.toFile().deleteOnExit();
        body = Files.newBufferedWriter(spool, StandardCharsets.UTF_8);
    }

    @Override
    public synchronized void report(ReportResult r) throws IOException {
        index++;
        Writer w = body;
        w.write("<section class=\"report\" id=\"r" + index + "\"><h3>" + esc(r.file()) + "</h3>\n");
        if (!r.readable()) {
            w.write("<p class=\"unreadable\">无法读取：" + esc(r.errorMessage()) + "（" + esc(r.errorCode()) + "）</p>");
        } else {
            w.write("<p class=\"meta\">机关：" + esc(orUnknown(r.agency())) + "　年度："
                    + (r.year() == null ? "未识别" : r.year()) + "　格式：" + esc(Labels.edition(run, r.edition()))
                    + "　错误 " + r.count(Severity.ERROR) + " 项，警告 " + r.count(Severity.WARNING) + " 项，提示 "
                    + r.count(Severity.INFO) + " 项</p>\n");
            if (r.findings().isEmpty()) {
                w.write("<p>未发现问题。</p>");
            }
            for (Finding f : r.findings()) {
                w.write("<div class=\"finding\"><span class=\"sev-" + f.severity().name() + "\">["
                        + f.severity().label() + "]</span> <a href=\"#rule-" + esc(f.rule()) + "\">" + esc(f.rule())
                        + "</a> " + esc(f.title()) + "<br>" + esc(f.message()));
                if (f.expected() != null || f.actual() != null) {
                    w.write("<br><span class=\"meta\">应为：" + esc(Labels.orDash(f.expected())) + "；实际："
                            + esc(Labels.orDash(f.actual())) + "</span>");
                }
                if (!f.suspects().isEmpty()) {
                    w.write("<br><span class=\"meta\">可能填错：" + esc(Labels.suspects(f)) + "</span>");
                }
                if (f.related() != null) {
                    w.write("<br><span class=\"meta\">相关报告：" + esc(Labels.related(f)) + "</span>");
                }
                w.write("<br><span class=\"meta\">位置：" + esc(Labels.location(f)) + "；依据："
                        + esc(Labels.references(f.references())) + "</span></div>\n");
            }
        }
        w.write("</section>\n");
    }

    @Override
    public synchronized void end(BatchSummary s) throws IOException {
        body.close();
        try {
            out.write("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
                    + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                    + "<title>政府信息公开工作年度报告检查结果</title><style>" + CSS + "</style></head><body>\n");
            out.write("<h1>政府信息公开工作年度报告检查结果</h1>\n<p class=\"meta\">" + esc(run.toolVersion()) + "</p>\n");
            out.write("<h2 class=\"first\">概况</h2><table><tr><th>文件总数</th><th>已检查</th><th>无法读取</th>"
                    + "<th>错误</th><th>警告</th><th>提示</th></tr><tr>" + num(s.files()) + num(s.checked())
                    + num(s.unreadable()) + num(s.total(Severity.ERROR)) + num(s.total(Severity.WARNING))
                    + num(s.total(Severity.INFO)) + "</tr></table>\n");
            out.write("<h2>按报告</h2><table><tr><th>#</th><th>文件</th><th>状态</th><th>机关</th><th>年度</th>"
                    + "<th>错误</th><th>警告</th><th>提示</th></tr>\n");
            int i = 0;
            for (BatchSummary.Row row : s.rows()) {
                i++;
                out.write("<tr><td class=\"n\">" + i + "</td><td><a href=\"#r" + i + "\">" + esc(row.file())
                        + "</a></td>");
                if (row.readable()) {
                    out.write("<td>已检查</td><td>" + esc(orUnknown(row.agency())) + "</td><td>"
                            + (row.year() == null ? "—" : row.year()) + "</td>" + num(row.errors())
                            + num(row.warnings()) + num(row.infos()) + "</tr>\n");
                } else {
                    out.write("<td class=\"unreadable\">无法读取</td><td colspan=\"5\">" + esc(row.errorMessage())
                            + "</td></tr>\n");
                }
            }
            out.write("</table>\n<h2>按机关</h2><table><tr><th>机关</th><th>报告数</th><th>有错误的报告</th>"
                    + "<th>错误</th><th>警告</th><th>提示</th></tr>\n");
            for (BatchSummary.AgencyStat a : s.agencies()) {
                out.write("<tr><td>" + esc(a.agency()) + "</td>" + num(a.reports()) + num(a.reportsWithErrors())
                        + num(a.count(Severity.ERROR)) + num(a.count(Severity.WARNING)) + num(a.count(Severity.INFO))
                        + "</tr>\n");
            }
            AgencyYears ay = AgencyYears.of(s);
            if (ay != null) {
                out.write("</table>\n<h2>按机关历年</h2><table><tr><th>机关</th>");
                for (int y : ay.years) {
                    out.write("<th>" + y + "年度</th>");
                }
                out.write("</tr>\n");
                for (AgencyYears.Line l : ay.lines) {
                    out.write("<tr><td>" + esc(l.agency()) + "</td>");
                    for (int y : ay.years) {
                        String c = AgencyYears.cell(l.byYear().get(y));
                        out.write("<td>" + (c.isEmpty() ? "—" : esc(c).replace("\n", "<br>")) + "</td>");
                    }
                    out.write("</tr>\n");
                }
            }
            out.write("</table>\n<h2>按规则</h2><table><tr><th>规则</th><th>级别</th><th>标题</th>"
                    + "<th>不通过的报告数</th><th>发现数</th></tr>\n");
            List<BatchSummary.RuleStat> failed = s.failedRules();
            for (BatchSummary.RuleStat r : failed) {
                out.write("<tr><td><a href=\"#rule-" + esc(r.id()) + "\">" + esc(r.id()) + "</a></td><td>"
                        + (r.severity() == null ? "—" : r.severity().label()) + "</td><td>" + esc(r.title())
                        + "</td>" + num(r.reports()) + num(r.findings()) + "</tr>\n");
            }
            out.write("</table>\n<h2>各报告的发现</h2>\n");
            try (Reader in = Files.newBufferedReader(spool, StandardCharsets.UTF_8)) {
                in.transferTo(out);
            }
            out.write("<h2>规则说明</h2>\n");
            java.util.Set<String> fired = new java.util.HashSet<>();
            failed.forEach(r -> fired.add(r.id()));
            for (RuleInfo r : run.rules()) {
                if (!fired.contains(r.id())) {
                    continue;
                }
                out.write("<section class=\"rule\" id=\"rule-" + esc(r.id()) + "\"><h3>" + esc(r.id()) + " "
                        + esc(r.title()) + "</h3><p class=\"meta\">级别：" + (r.severity() == null ? "—"
                        : r.severity().label()) + "；依据：" + esc(Labels.references(r.references())) + "</p>");
                if (r.description() != null) {
                    out.write("<p>" + esc(r.description()) + "</p>");
                }
                if (r.fix() != null) {
                    out.write("<p>如何改正：" + esc(r.fix()) + "</p>");
                }
                out.write("</section>\n");
            }
            out.write("</body></html>\n");
            out.flush();
        } finally {
            Files.deleteIfExists(spool);
        }
    }

    /** Deletes the spooled per-report part of an unfinished page. */
    @Override
    public synchronized void discard() {
        Path p = spool;
        if (p != null) {
            try {
                if (body != null) {
                    body.close();
                }
            } catch (IOException ignored) {
                // discarding anyway
            }
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // best effort on the way out
            }
        }
    }

    private static String num(long n) {
        return "<td class=\"n\">" + n + "</td>";
    }

    private static String orUnknown(String s) {
        return s == null ? "未识别" : s;
    }

    /** Escapes text for HTML element content and quoted attribute values. */
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
