package org.nianbao.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.nianbao.engine.rules.RuleEngine;
import org.nianbao.engine.rules.RuleInfo;
import org.nianbao.engine.rules.RuleSet;
import org.nianbao.engine.rules.cases.CaseFormatException;
import org.nianbao.engine.rules.cases.CaseLoader;
import org.nianbao.engine.rules.cases.CaseResult;
import org.nianbao.engine.rules.cases.CaseRunner;
import org.nianbao.engine.rules.cases.RuleCase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code nianbao rules test}: runs the YAML rule test cases and prints pass/fail per case. */
@Command(name = "test", mixinStandardHelpOptions = true,
        header = "运行规则测试用例（cases/<规则编号>.yaml），逐条输出通过/失败；有失败时退出码为 1。",
        description = {"用例目录：--cases 指定；否则为 --rules 目录下的 cases/；都未指定时为当前目录下的 rules/cases/。",
            "同时检查覆盖：每条规则至少要有一个“应报告”和一个“不应报告”的用例。"})
public final class RulesTestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    RuleOptions ruleOptions;

    @Option(names = "--cases", paramLabel = "DIR", description = "用例目录（默认见上）")
    Path casesDir;

    @Option(names = "--rule", paramLabel = "ID", description = "只运行该规则的用例（覆盖检查随之跳过）")
    String onlyRule;

    @Option(names = {"-v", "--verbose"}, description = "失败时列出该用例的全部发现")
    boolean verbose;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "20",
            description = "每个用例的规则运行时限（秒，默认 20；0 为不限）；超时的用例判为失败，并指出仍在运行的规则")
    double timeoutSeconds;

    @Override
    public Integer call() {
        Path dir = casesDir != null ? casesDir
                : ruleOptions.rulesDir != null ? ruleOptions.rulesDir.resolve("cases") : Path.of("rules", "cases");
        if (!Files.isDirectory(dir)) {
            throw new UsageException("找不到用例目录 " + dir + "（用 --cases DIR 指定）");
        }
        RuleSet ruleSet = ruleOptions.ruleSet().withTimeLimit(CheckSettingsOptions.timeLimit(timeoutSeconds));
        RuleEngine engine = ruleSet.engine();
        List<RuleCase> cases;
        try {
            cases = CaseLoader.loadDirectory(dir);
        } catch (CaseFormatException e) {
            throw new UsageException(e.getMessage());
        }
        if (onlyRule != null) {
            cases = cases.stream().filter(c -> c.rule().equals(onlyRule)).toList();
        }
        PrintWriter out = spec.commandLine().getOut();
        CaseRunner runner = new CaseRunner(ruleSet);
        int passed = 0;
        int failed = 0;
        for (RuleCase c : cases) {
            CaseResult r;
            try {
                r = runner.run(c);
            } catch (RuntimeException e) {
                r = new CaseResult(c, List.of("运行用例时出错：" + e.getClass().getSimpleName()
                        + (e.getMessage() == null ? "" : "：" + e.getMessage())), List.of());
            }
            if (r.passed()) {
                passed++;
                out.println("通过  " + c.rule() + "  " + c.name());
            } else {
                failed++;
                out.println("失败  " + c.rule() + "  " + c.name() + "（" + c.caseFile().getFileName() + "）");
                for (String f : r.failures()) {
                    out.println("        " + f);
                }
                if (verbose) {
                    r.findings().forEach(f -> out.println("        · " + f.rule() + " " + f.message()));
                }
            }
            out.flush();
        }
        List<String> coverage = List.of();
        if (onlyRule == null) {
            List<RuleInfo> rules = engine.rules();
            coverage = CaseRunner.coverageProblems(rules, cases);
            for (String p : coverage) {
                out.println("覆盖不足  " + p);
            }
        }
        out.println("共 " + cases.size() + " 个用例：通过 " + passed + " 个，失败 " + failed + " 个"
                + (coverage.isEmpty() ? "" : "；覆盖不足 " + coverage.size() + " 处"));
        out.flush();
        return failed == 0 && coverage.isEmpty() ? ExitCode.CLEAN : ExitCode.FINDINGS;
    }
}
