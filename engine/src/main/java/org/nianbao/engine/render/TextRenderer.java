package org.nianbao.engine.render;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.nianbao.engine.batch.BatchSummary;
import org.nianbao.engine.batch.ReportResult;
import org.nianbao.engine.rules.Finding;
import org.nianbao.engine.rules.RuleSet;
import org.nianbao.engine.rules.Severity;

/**
 * Human-readable Chinese output, grouped by file, written as each file is done; then a summary
 * per report (every input: checked with counts, or unreadable with the reason), per agency and per
 * rule, and a closing total line.
 */
public final class TextRenderer implements ResultRenderer {
    private final PrintWriter out;
    private RunInfo run;

    public TextRenderer(PrintWriter out) {
        this.out = out;
    }

    public TextRenderer(OutputStream out) {
        this(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), false));
    }

    @Override
    public void begin(RunInfo run) {
        this.run = run;
    }

    @Override
    public void report(ReportResult r) {
        renderFile(r, out);
        out.flush();
    }

    @Override
    public void end(BatchSummary s) {
        if (s.files() > 1) {
            renderTables(s, out);
        }
        out.println(totalLine(s.files(), s.unreadable(), s.total(Severity.ERROR), s.total(Severity.WARNING),
                s.total(Severity.INFO)));
        out.flush();
    }

    public void renderFile(ReportResult r, PrintWriter out) {
        out.println("== " + r.file());
        if (!r.readable()) {
            out.println("  [无法读取] " + r.errorMessage() + "（" + r.errorCode() + "）");
            out.println();
            return;
        }
        out.println("  机关：" + (r.agency() == null ? "未识别" : r.agency())
                + "　年度：" + (r.year() == null ? "未识别" : r.year())
                + "　格式：" + RuleSet.editionName(run == null ? null : run.editions(), r.edition()));
        for (Finding f : r.findings()) {
            out.println("  [" + f.severity().label() + "] " + f.rule() + " " + f.title());
            out.println("      " + f.message());
            if (f.expected() != null || f.actual() != null) {
                out.println("      应为：" + nz(f.expected()) + "；实际：" + nz(f.actual()));
            }
            if (f.location() != null) {
                out.println("      位置：" + f.location().describe());
            }
            if (f.related() != null) {
                out.println("      相关报告：" + Labels.related(f));
            }
            if (!f.suspects().isEmpty()) {
                out.println("      可能填错：" + Labels.suspects(f));
            }
            out.println("      依据：" + String.join("；", f.references()));
        }
        out.println("  小计：" + counts(r.count(Severity.ERROR), r.count(Severity.WARNING), r.count(Severity.INFO)));
        out.println();
    }

    private static void renderTables(BatchSummary s, PrintWriter out) {
        out.println("======== 汇总 ========");
        out.println();
        out.println("按报告（" + s.files() + " 个文件）：");
        for (BatchSummary.Row row : s.rows()) {
            if (row.readable()) {
                out.println("  [已检查] " + row.file() + "　" + (row.agency() == null ? "未识别机关" : row.agency())
                        + "　" + (row.year() == null ? "年度未识别" : row.year() + "年度") + "　"
                        + counts(row.errors(), row.warnings(), row.infos()));
            } else {
                out.println("  [无法读取] " + row.file() + "　" + row.errorMessage() + "（" + row.errorCode() + "）");
            }
        }
        out.println();
        out.println("按机关（" + s.agencies().size() + " 个）：");
        for (BatchSummary.AgencyStat a : s.agencies()) {
            out.println("  " + a.agency() + "：报告 " + a.reports() + " 份，有错误的 " + a.reportsWithErrors() + " 份；"
                    + counts(a.count(Severity.ERROR), a.count(Severity.WARNING), a.count(Severity.INFO)));
        }
        out.println();
        List<BatchSummary.RuleStat> failed = s.failedRules();
        out.println("按规则（" + failed.size() + " 条规则有发现，按涉及报告数排列）：");
        for (BatchSummary.RuleStat r : failed) {
            out.println("  " + r.id() + " [" + (r.severity() == null ? "—" : r.severity().label()) + "] "
                    + nz(r.title()) + "：" + r.reports() + " 份报告，" + r.findings() + " 项");
        }
        if (!s.unreadableByCode().isEmpty()) {
            out.println();
            out.println("无法读取的原因：");
            for (Map.Entry<String, Integer> e : s.unreadableByCode().entrySet()) {
                out.println("  " + e.getKey() + "：" + e.getValue() + " 个文件");
            }
        }
        out.println();
    }

    private static String totalLine(int files, int unreadable, long e, long w, long i) {
        return "合计：" + files + " 个文件，已检查 " + (files - unreadable) + " 个，无法读取 " + unreadable + " 个；"
                + counts(e, w, i);
    }

    private static String counts(long e, long w, long i) {
        return "错误 " + e + " 项，警告 " + w + " 项，提示 " + i + " 项";
    }

    private static String nz(String s) {
        return s == null ? "—" : s;
    }
}
