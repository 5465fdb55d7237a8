package org.nianbao.engine.render;

import java.io.PrintWriter;
import java.util.List;
import org.nianbao.engine.CheckResult;
import org.nianbao.engine.model.Report;
import org.nianbao.engine.rules.Finding;
import org.nianbao.engine.rules.Severity;

/** Human-readable Chinese output, grouped by file, with a summary line per file and for the run. */
public final class TextRenderer {

    public static String editionName(String edition) {
        return switch (edition == null ? "" : edition) {
            case "n2021" -> "2021年版格式（国办公开办函〔2021〕30号）";
            case "n2019" -> "2019年试行格式（国办公开办函〔2019〕60号）";
            case "pre2019" -> "2019年以前的旧格式";
            default -> "未能识别格式版本";
        };
    }

    public void renderFile(CheckResult r, PrintWriter out) {
        out.println("== " + r.file());
        if (!r.readable()) {
            out.println("  [无法读取] " + r.errorMessage() + "（" + r.errorCode() + "）");
            out.println();
            return;
        }
        Report rep = r.report();
        out.println("  机关：" + (rep.getAgency() == null ? "未识别" : rep.getAgency())
                + "　年度：" + (rep.getYear() == null ? "未识别" : rep.getYear())
                + "　格式：" + editionName(rep.getEdition()));
        for (Finding f : r.findings()) {
            out.println("  [" + f.severity().label() + "] " + f.rule() + " " + f.title());
            out.println("      " + f.message());
            if (f.expected() != null || f.actual() != null) {
                out.println("      应为：" + nz(f.expected()) + "；实际：" + nz(f.actual()));
            }
            if (f.location() != null) {
                out.println("      位置：" + f.location().describe());
            }
            out.println("      依据：" + String.join("；", f.references()));
        }
        out.println("  小计：" + counts(r.count(Severity.ERROR), r.count(Severity.WARNING), r.count(Severity.INFO)));
        out.println();
    }

    public void renderSummary(List<CheckResult> results, PrintWriter out) {
        long e = 0;
        long w = 0;
        long i = 0;
        int unreadable = 0;
        for (CheckResult r : results) {
            e += r.count(Severity.ERROR);
            w += r.count(Severity.WARNING);
            i += r.count(Severity.INFO);
            if (!r.readable()) {
                unreadable++;
            }
        }
        out.println("合计：" + results.size() + " 个文件，已检查 " + (results.size() - unreadable) + " 个，无法读取 "
                + unreadable + " 个；" + counts(e, w, i));
        out.flush();
    }

    private static String counts(long e, long w, long i) {
        return "错误 " + e + " 项，警告 " + w + " 项，提示 " + i + " 项";
    }

    private static String nz(String s) {
        return s == null ? "—" : s;
    }
}
