package org.nianbao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.nianbao.engine.Checker;
import org.nianbao.engine.batch.BatchInput;
import org.nianbao.engine.batch.BatchRunner;
import org.nianbao.engine.batch.BatchSummary;
import org.nianbao.engine.batch.InputExpander;
import org.nianbao.engine.batch.ReportResult;
import org.nianbao.engine.batch.ZipLimits;
import org.nianbao.engine.extract.Readers;
import org.nianbao.engine.render.ResultRenderer;
import org.nianbao.engine.render.RunInfo;
import org.nianbao.engine.rules.RuleEngine;
import org.nianbao.engine.rules.RuleSet;
import org.nianbao.engine.rules.Severity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "check", mixinStandardHelpOptions = true,
        header = "检查年度报告，输出分级的发现。",
        description = {
            "PATH 可以是文件、目录（递归）或 .zip 压缩包（就地读取，不解压到磁盘）。",
            "每个输入文件都会出现在结果中：已检查，或说明无法读取的原因。结果按输入路径排序，与并行度无关。",
            "",
            "示例：",
            "  nianbao check 报告目录/ --format xlsx -o 检查结果.xlsx",
            "  nianbao check 报告.zip --report html=结果.html --report csv=发现.csv"},
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

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "要检查的报告文件、目录或 .zip 压缩包")
    List<Path> paths;

    @Mixin
    RuleOptions ruleOptions;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "输出格式：text（默认，中文文本）、json、xlsx（需配合 -o）、csv、html、sarif")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "把结果写入文件（原子写入），而不是标准输出")
    Path output;

    @Option(names = "--report", paramLabel = "FORMAT=FILE",
            description = "另外写一份输出，可重复，例如 --report xlsx=结果.xlsx --report html=结果.html")
    Map<String, Path> extraReports = new LinkedHashMap<>();

    @Option(names = "--fail-on", defaultValue = "error", paramLabel = "LEVEL",
            description = "达到该级别的发现时退出码为 1：error（默认）、warning、info、never")
    String failOn;

    @Option(names = "--edition", paramLabel = "PACK",
            description = "强制使用某一版本的规则包（如 n2021、n2019），不按识别结果选择")
    String edition;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N",
            description = "并行检查的线程数（默认：CPU 核数）。结果顺序与线程数无关。")
    Integer jobs;

    @Option(names = "--progress", negatable = true, paramLabel = "",
            description = "在标准错误输出上显示进度条（默认：标准错误输出是终端时显示）")
    Boolean progress;

    @Option(names = "--config", paramLabel = "FILE",
            description = "规则配置文件（nianbao.yaml：规则编号 → 级别或 off）；不指定时不读取任何配置")
    Path config;

    @Override
    public Integer call() throws IOException {
        Severity threshold = parseThreshold(failOn);
        Map<String, Path> outputs = plannedOutputs();
        int threads = jobs == null ? Runtime.getRuntime().availableProcessors() : jobs;
        if (threads < 1) {
            throw new UsageException("--jobs 必须至少为 1");
        }
        for (Path p : paths) {
            if (!Files.exists(p)) {
                throw new UsageException("文件或目录不存在：" + p);
            }
        }
        RuleSet ruleSet = ruleOptions.ruleSet();
        RuleEngine engine = ruleSet.engine();
        if (edition != null && !engine.hasPack(edition)) {
            throw new UsageException("没有名为 " + edition + " 的规则包（可选：" + String.join("、", engine.packs()) + "）");
        }
        Checker checker = new Checker(Readers.standard(), ruleSet, ConfigFiles.settings(config, engine), edition);
        try (InputExpander expander = new InputExpander(ZipLimits.DEFAULT)) {
            List<BatchInput> inputs = expander.expand(paths);
            if (expander.skipped() > 0) {
                spec.commandLine().getErr().println("提示：另有 " + expander.skipped()
                        + " 个隐藏文件或文件夹、附属说明文件（如 README.md、__MACOSX）不是报告，未检查。");
            }
            // no more workers than inputs: a one-file run stays on this thread
            return run(checker, inputs, outputs, Math.min(threads, Math.max(1, inputs.size())), threshold);
        }
    }

    /** Format → file (null = standard output), validated before any work is done. */
    private Map<String, Path> plannedOutputs() {
        Map<String, Path> outputs = new LinkedHashMap<>();
        checkFormat(format);
        if (output == null && ResultRenderer.isBinary(format)) {
            throw new UsageException(format + " 格式是二进制文件，请用 -o 指定输出文件");
        }
        outputs.put(format, output);
        for (Map.Entry<String, Path> e : extraReports.entrySet()) {
            checkFormat(e.getKey());
            if (outputs.containsKey(e.getKey())) {
                throw new UsageException("输出格式 " + e.getKey() + " 指定了不止一次");
            }
            outputs.put(e.getKey(), e.getValue());
        }
        return outputs;
    }

    private static void checkFormat(String f) {
        if (!ResultRenderer.FORMATS.contains(f)) {
            throw new UsageException("不支持的输出格式：" + f + "（可选 " + String.join("、", ResultRenderer.FORMATS) + "）");
        }
    }

    private int run(Checker checker, List<BatchInput> inputs, Map<String, Path> outputs,
                    int threads, Severity threshold) throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<OutputTarget> targets = new ArrayList<>();
        List<ResultRenderer> renderers = new ArrayList<>();
        boolean toTerminal = false;
        try {
            for (Map.Entry<String, Path> e : outputs.entrySet()) {
                OutputTarget t = e.getValue() == null ? OutputTarget.stdout(out) : OutputTarget.file(e.getValue());
                toTerminal |= e.getValue() == null;
                targets.add(t);
                renderers.add(ResultRenderer.create(e.getKey(), t.stream()));
            }
            RunInfo info = new RunInfo(new VersionProvider().getVersion()[0], checker.ruleSet());
            for (ResultRenderer r : renderers) {
                r.begin(info);
            }
            BatchSummary summary = new BatchSummary(info.rules());
            Progress bar = Progress.create(progress, err, inputs.size());
            boolean clearBeforeOutput = toTerminal;
            boolean[] flags = new boolean[2];
            new BatchRunner(checker, threads).run(inputs, (ReportResult r) -> {
                if (bar != null && clearBeforeOutput) {
                    bar.clear();
                }
                summary.add(r);
                flags[0] |= r.hasAtLeast(threshold);
                flags[1] |= !r.readable();
                for (ResultRenderer renderer : renderers) {
                    try {
                        renderer.report(r);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                if (bar != null) {
                    bar.step();
                }
            });
            if (bar != null) {
                bar.finish();
            }
            for (ResultRenderer r : renderers) {
                r.end(summary);
            }
            for (OutputTarget t : targets) {
                t.commit();
            }
            return flags[0] ? ExitCode.FINDINGS : flags[1] ? ExitCode.UNREADABLE : ExitCode.CLEAN;
        } finally {
            for (OutputTarget t : targets) {
                t.close();
            }
        }
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
}
