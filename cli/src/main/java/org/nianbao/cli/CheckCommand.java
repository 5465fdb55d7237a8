package org.nianbao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.nianbao.engine.CheckResult;
import org.nianbao.engine.Checker;
import org.nianbao.engine.extract.Readers;
import org.nianbao.engine.render.JsonRenderer;
import org.nianbao.engine.render.TextRenderer;
import org.nianbao.engine.rules.RuleEngine;
import org.nianbao.engine.rules.RuleSettings;
import org.nianbao.engine.rules.Severity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "check", mixinStandardHelpOptions = true,
        header = "检查年度报告，输出分级的发现。",
        description = {"PATH 可以是文件或目录（递归）。每个输入文件都会出现在结果中：已检查，或说明无法读取的原因。"},
        exitCodeListHeading = "%n退出码：%n",
        exitCodeList = {
            "0:没有达到 --fail-on 级别的发现，所有文件均已读取",
            "1:存在达到 --fail-on 级别的发现",
            "2:用法错误，或规则无法加载",
            "3:有文件无法读取（且没有达到 --fail-on 级别的发现）",
            "4:内部错误"})
public final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "要检查的报告文件或目录")
    List<Path> paths;

    @Mixin
    RuleOptions ruleOptions;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "输出格式：text（默认，中文文本）或 json")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "把结果写入文件（原子写入），而不是标准输出")
    Path output;

    @Option(names = "--fail-on", defaultValue = "error", paramLabel = "LEVEL",
            description = "达到该级别的发现时退出码为 1：error（默认）、warning、info、never")
    String failOn;

    @Option(names = "--edition", paramLabel = "PACK",
            description = "强制使用某一版本的规则包（如 n2021、n2019），不按识别结果选择")
    String edition;

    @Option(names = "--config", paramLabel = "FILE",
            description = "规则配置文件（nianbao.yaml：规则编号 → 级别或 off）；不指定时不读取任何配置")
    Path config;

    @Override
    public Integer call() {
        Severity threshold = parseThreshold(failOn);
        if (!format.equals("text") && !format.equals("json")) {
            throw new UsageException("不支持的输出格式：" + format + "（可选 text、json）");
        }
        List<Inputs.Input> inputs = Inputs.expand(paths);
        RuleEngine engine = ruleOptions.load();
        if (edition != null && !engine.hasPack(edition)) {
            throw new UsageException("没有名为 " + edition + " 的规则包（可选：" + String.join("、", engine.packs()) + "）");
        }
        Checker checker = new Checker(Readers.standard(), engine, ConfigFiles.settings(config, engine), edition);
        List<CheckResult> results = new ArrayList<>();
        StringWriter buffer = new StringWriter();
        PrintWriter textOut = output == null && format.equals("text") ? spec.commandLine().getOut()
                : new PrintWriter(buffer);
        TextRenderer text = new TextRenderer();
        for (Inputs.Input in : inputs) {
            CheckResult r = checker.check(in.path(), in.name());
            results.add(r);
            if (format.equals("text")) {
                text.renderFile(r, textOut);
                textOut.flush();
            }
        }
        if (format.equals("text")) {
            text.renderSummary(results, textOut);
        } else {
            new JsonRenderer().render(results, output == null ? spec.commandLine().getOut() : buffer);
        }
        if (output != null) {
            writeAtomically(output, buffer.toString());
        }
        return exitCode(results, threshold);
    }

    static Severity parseThreshold(String failOn) {
        if (failOn.equalsIgnoreCase("never")) {
            return null;
        }
        Severity s = Severity.parse(failOn);
        if (s == null) {
            throw new UsageException("--fail-on 的值无效：" + failOn + "（可选 error、warning、info、never）");
        }
        return s;
    }

    static int exitCode(List<CheckResult> results, Severity threshold) {
        boolean findings = threshold != null && results.stream().anyMatch(r -> r.hasAtLeast(threshold));
        if (findings) {
            return ExitCode.FINDINGS;
        }
        return results.stream().allMatch(CheckResult::readable) ? ExitCode.CLEAN : ExitCode.UNREADABLE;
    }

    /** Writes via a temporary file in the same directory and a rename: no truncated output on interruption. */
    static void writeAtomically(Path target, String content) {
        try {
            Path abs = target.toAbsolutePath();
            Path dir = abs.getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "." + abs.getFileName(), ".tmp");
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                w.write(content);
            }
            try {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
