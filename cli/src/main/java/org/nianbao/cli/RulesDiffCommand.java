package org.nianbao.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.nianbao.engine.batch.BatchInput;
import org.nianbao.engine.batch.InputExpander;
import org.nianbao.engine.batch.ZipLimits;
import org.nianbao.engine.diff.RuleDiff;
import org.nianbao.engine.render.JsonRenderer;
import org.nianbao.engine.rules.RuleSet;
import org.nianbao.engine.rules.Severity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code nianbao rules diff}: runs the base rules and the edited rules over the same reports and lists,
 * per report and per rule, the findings added, removed and changed in severity or message.
 */
@Command(name = "diff", mixinStandardHelpOptions = true, sortOptions = false,
        header = "规则变更预览：用原规则和修改后的规则检查同一批报告，列出每份报告、每条规则新增、消失和级别或文字变化的发现。",
        description = {"发现按（文件、规则、位置）对应：同一位置两边都有但级别或提示文字不同的为“变化”，只有修改后才有的为“新增”，"
                + "只有原规则才有的为“消失”。PATH 与 check 相同：文件、文件夹（递归）或 .zip 压缩包。"},
        exitCodeListHeading = "%n退出码：%n",
        exitCodeList = {"0:没有任何变化", "1:有发现或规则发生变化", "2:用法错误，或规则无法加载"})
public final class RulesDiffCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--rules", required = true, paramLabel = "DIR",
            description = "修改后的规则目录（DRL 和 edition.yaml），例如 rules/ 的修改副本")
    Path edited;

    @Option(names = "--base", paramLabel = "DIR", description = "作为对照的原规则目录；不指定时用内置规则")
    Path base;

    @Mixin
    TextOrJsonFormat format;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "工作线程数（默认：CPU 核数）；结果与线程数无关")
    Integer jobs;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "要检查的报告：文件、文件夹或 .zip")
    List<Path> paths;

    @Override
    public Integer call() throws Exception {
        boolean json = format.json();
        int threads = jobs == null ? Runtime.getRuntime().availableProcessors() : jobs;
        if (threads < 1) {
            throw new UsageException("--jobs 必须至少为 1");
        }
        for (Path p : paths) {
            if (!Files.exists(p)) {
                throw new UsageException("文件或目录不存在：" + p);
            }
        }
        RuleSet before = base == null ? RuleSet.bundled() : directory("--base", base);
        RuleSet after = directory("--rules", edited);
        // load both now, so that a DRL error stops the run (exit 2) before any report is read
        before.engine();
        after.engine();
        RuleDiff.Result result;
        try (InputExpander expander = new InputExpander(ZipLimits.DEFAULT)) {
            List<BatchInput> inputs = expander.expand(paths);
            result = RuleDiff.run(before, after, inputs, threads);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            JsonRenderer.MAPPER.writeValue(out, result);
            out.println();
        } else {
            text(result, base == null ? "内置规则" : base.toString(), edited.toString(), out);
        }
        out.flush();
        return result.anyChange() ? ExitCode.FINDINGS : ExitCode.CLEAN;
    }

    private static RuleSet directory(String option, Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new UsageException(option + " 指定的目录不存在：" + dir);
        }
        return RuleSet.fromDirectory(dir);
    }

    static void text(RuleDiff.Result r, String baseName, String editedName, PrintWriter out) {
        out.println("规则变更预览：原规则 " + baseName + " → 修改后 " + editedName);
        out.println("检查了 " + r.files() + " 个文件" + (r.unreadable() > 0 ? "（其中 " + r.unreadable() + " 个无法读取）" : ""));
        if (!r.rules().isEmpty()) {
            out.println();
            out.println("规则的变化：");
            for (RuleDiff.RuleChange c : r.rules()) {
                out.println("  " + c.rule() + "：" + switch (c.change()) {
                    case "added" -> "新增规则（" + label(c.after()) + "）";
                    case "removed" -> "删除规则（原为" + label(c.before()) + "）";
                    default -> "级别 " + label(c.before()) + " → " + label(c.after());
                });
            }
        }
        for (RuleDiff.ReportDiff report : r.reports()) {
            if (report.changes().isEmpty()) {
                continue;
            }
            out.println();
            out.println("== " + report.file() + (report.error() == null ? "" : "（无法读取：" + report.error() + "）"));
            for (RuleDiff.Change c : report.changes()) {
                String where = c.location() == null ? "全文" : c.location().describe();
                switch (c.kind()) {
                    case ADDED -> {
                        out.println("  [新增] " + c.rule() + " [" + c.after().severityLabel() + "] " + c.after().message());
                    }
                    case REMOVED -> {
                        out.println("  [消失] " + c.rule() + " [" + c.before().severityLabel() + "] " + c.before().message());
                    }
                    default -> {
                        boolean sev = !c.before().severity().equals(c.after().severity());
                        boolean msg = !c.before().message().equals(c.after().message());
                        out.println("  [变化] " + c.rule() + (sev ? " 级别 " + c.before().severityLabel() + " → "
                                + c.after().severityLabel() : " [" + c.after().severityLabel() + "]")
                                + (msg ? "" : " " + c.after().message()));
                        if (msg) {
                            out.println("      原：" + c.before().message());
                            out.println("      新：" + c.after().message());
                        }
                    }
                }
                out.println("      位置：" + where);
            }
        }
        if (r.unreadable() > 0) {
            out.println();
            out.println("无法读取的文件：");
            for (RuleDiff.ReportDiff report : r.reports()) {
                if (report.error() != null) {
                    out.println("  " + report.file() + "：" + report.error());
                }
            }
        }
        if (!r.byRule().isEmpty()) {
            out.println();
            out.println("按规则：");
            for (RuleDiff.RuleCount c : r.byRule()) {
                out.println("  " + c.rule() + "：新增 " + c.added() + " 项，消失 " + c.removed() + " 项，变化 " + c.changed()
                        + " 项，涉及 " + c.reports() + " 份报告");
            }
        }
        out.println();
        if (!r.anyChange()) {
            out.println("合计：没有变化。");
        } else {
            var s = r.getSummary();
            out.println("合计：新增 " + s.get("added") + " 项，消失 " + s.get("removed") + " 项，变化 " + s.get("changed")
                    + " 项，涉及 " + s.get("reports") + " 份报告；规则变化 " + r.rules().size() + " 条。");
        }
    }

    private static String label(String severity) {
        return severity == null ? "" : Severity.valueOf(severity).label();
    }
}
