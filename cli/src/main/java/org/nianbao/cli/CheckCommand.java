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
import org.nianbao.engine.archive.Archive;
import org.nianbao.engine.archive.ArchiveException;
import org.nianbao.engine.crossreport.AgencyNames;
import org.nianbao.engine.crossreport.CrossPhase;
import org.nianbao.engine.crossreport.SimilarityOptions;
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
import org.nianbao.engine.rules.RuleSettings;
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
            "3:有文件无法读取或未检查（不是年度报告、规则超时等；且没有达到 --fail-on 级别的发现）",
            "4:内部错误"})
public final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "要检查的报告文件、目录或 .zip 压缩包")
    List<Path> paths;

    @Mixin
    RuleOptions ruleOptions;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "输出格式：text（默认，中文文本）、json、xlsx（需配合 -o）、csv、html、sarif。"
                    + "未指定时，-o 的文件按扩展名（.json、.xlsx、.csv、.html、.sarif）确定格式")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "把结果写入文件（原子写入），而不是标准输出；所在文件夹须已存在，不能是已有文件夹或输入文件")
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

    @Mixin
    CheckSettingsOptions settingsOptions;

    @Option(names = "--archive", paramLabel = "FILE",
            description = "档案库（SQLite 数据库文件，不存在时新建）：本次检查的每份报告都存入档案库；"
                    + "与档案库中往年（及同年其他机关）的报告做跨年度核对和内容雷同比对")
    Path archive;

    @Option(names = "--cross", negatable = true, defaultValue = "true", fallbackValue = "true", paramLabel = "",
            description = "跨报告检查（上年结转、现行有效件数衔接、内容雷同等；默认开启）。"
                    + "开启时所有文件检查完后才输出结果；--no-cross 关闭并逐个输出")
    boolean cross = true;

    @Override
    public Integer call() throws IOException {
        Severity threshold = parseThreshold(failOn);
        Map<String, Path> outputs = plannedOutputs();
        int threads = jobs == null ? Runtime.getRuntime().availableProcessors() : jobs;
        if (threads < 1) {
            throw new UsageException("--jobs 必须至少为 1");
        }
        java.time.Duration limit = settingsOptions.timeLimit();
        for (Path p : paths) {
            if (!Files.exists(p) && !Files.isSymbolicLink(p)) {
                throw new UsageException("文件或目录不存在：" + p);
            }
        }
        RuleSet ruleSet = ruleOptions.ruleSet().withTimeLimit(limit);
        if (edition == null) {
            ruleSet.warmUp();
        }
        RuleEngine engine = ruleSet.engine();
        if (edition != null && !engine.hasPack(edition)) {
            throw new UsageException("没有名为 " + edition + " 的规则包（可选：" + String.join("、", engine.packs()) + "）");
        }
        RuleSettings settings = settingsOptions.ruleSettings(engine);
        Checker checker = new Checker(Readers.standard(), ruleSet, settings, edition);
        CrossPhase crossPhase = null;
        Archive opened = null;
        if ((cross && engine.hasCrossPack()) || archive != null) {
            SimilarityOptions similarity = settingsOptions.similarity();
            AgencyNames names = settingsOptions.agencyNames();
            opened = ArchiveFiles.open(archive, false);
            crossPhase = new CrossPhase(engine, settings, similarity, names, opened, cross);
        }
        try (Archive closing = opened; InputExpander expander = new InputExpander(ZipLimits.DEFAULT)) {
            List<BatchInput> inputs = expander.expand(paths);
            refuseOutputsOverInputs(outputs, inputs);
            if (expander.skipped() > 0) {
                spec.commandLine().getErr().println("提示：另有 " + expander.skipped()
                        + " 个隐藏文件或文件夹、附属说明文件（如 README.md、__MACOSX）不是报告，未检查。");
            }
            // no more workers than inputs: a one-file run stays on this thread
            return run(checker, crossPhase, inputs, outputs, Math.min(threads, Math.max(1, inputs.size())),
                    threshold);
        }
    }

    /** Format → file (null = standard output), validated before any work is done. */
    private Map<String, Path> plannedOutputs() {
        Map<String, Path> outputs = new LinkedHashMap<>();
        String main = format;
        if (main == null) {
            String byExtension = output == null ? null : formatOfExtension(output);
            main = byExtension == null ? "text" : byExtension;
        }
        checkFormat(main);
        if (output == null && ResultRenderer.isBinary(main)) {
            throw new UsageException(main + " 格式是二进制文件，请用 -o 指定输出文件");
        }
        if (output != null) {
            checkExtension(main, output, "-o");
            checkTarget(output, "-o");
        }
        outputs.put(main, output);
        java.util.Set<Path> files = new java.util.HashSet<>();
        if (output != null) {
            files.add(output.toAbsolutePath().normalize());
        }
        for (Map.Entry<String, Path> e : extraReports.entrySet()) {
            checkFormat(e.getKey());
            if (outputs.containsKey(e.getKey())) {
                throw new UsageException("输出格式 " + e.getKey() + " 指定了不止一次");
            }
            checkExtension(e.getKey(), e.getValue(), "--report");
            checkTarget(e.getValue(), "--report");
            if (!files.add(e.getValue().toAbsolutePath().normalize())) {
                throw new UsageException("输出文件 " + e.getValue() + " 指定了不止一次（每种输出格式需要各自的文件）");
            }
            outputs.put(e.getKey(), e.getValue());
        }
        return outputs;
    }

    /** The format a file name's extension stands for, or null when it names none. */
    static String formatOfExtension(Path file) {
        String n = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (n.endsWith(".sarif") || n.endsWith(".sarif.json")) {
            return "sarif";
        }
        for (String[] e : new String[][] {{".json", "json"}, {".xlsx", "xlsx"}, {".csv", "csv"}, {".html", "html"},
                {".htm", "html"}, {".txt", "text"}}) {
            if (n.endsWith(e[0])) {
                return e[1];
            }
        }
        return null;
    }

    /** A file whose extension names another format than the one written to it is refused. */
    private static void checkExtension(String format, Path file, String option) {
        String byExtension = formatOfExtension(file);
        if (byExtension == null || byExtension.equals(format)
                || format.equals("sarif") && byExtension.equals("json")) {
            return;
        }
        throw new UsageException(option + " 的输出文件 " + file + " 的扩展名表示 " + byExtension + " 格式，但要写入的是 "
                + format + " 格式；请" + (option.equals("-o") ? "改用 --format " + byExtension + "，或" : "")
                + "换一个扩展名与格式相符的文件名");
    }

    /**
     * An output file must be a new or existing regular file in an existing folder: never an existing
     * folder (it would be replaced), a device or pipe (renaming over /dev/null replaces it), and its
     * folder is not created silently.
     */
    private static void checkTarget(Path file, String option) {
        if (Files.isDirectory(file)) {
            throw new UsageException(option + " 指定的输出路径 " + file + " 是一个已存在的文件夹；请指定文件名，例如 "
                    + file.resolve("检查结果" + ".json"));
        }
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            return; // a device or pipe (/dev/null, /dev/stdout): written directly, never replaced
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent == null || !Files.exists(parent)) {
            throw new UsageException(option + " 的输出文件夹不存在：" + (parent == null ? file : parent) + "（请先创建该文件夹）");
        }
        if (!Files.isDirectory(parent)) {
            throw new UsageException(option + " 的输出路径无效：" + parent + " 不是文件夹");
        }
    }

    /** Writing the results over one of the reports being checked would destroy it: refused. */
    private static void refuseOutputsOverInputs(Map<String, Path> outputs, List<BatchInput> inputs) {
        for (Path out : outputs.values()) {
            if (out == null || !Files.exists(out)) {
                continue;
            }
            String name = out.getFileName().toString();
            for (BatchInput in : inputs) {
                String source = in.name();
                int bang = source.indexOf("!/");
                Path p = Path.of(bang < 0 ? source : source.substring(0, bang));
                if (p.getFileName() != null && p.getFileName().toString().equals(name) && sameFile(p, out)) {
                    throw new UsageException("输出文件 " + out + " 是要检查的输入文件之一，写入结果会覆盖它；请另选输出文件名");
                }
            }
        }
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    private static void checkFormat(String f) {
        if (!ResultRenderer.FORMATS.contains(f)) {
            throw new UsageException("不支持的输出格式：" + f + "（可选 " + String.join("、", ResultRenderer.FORMATS) + "）");
        }
    }

    private int run(Checker checker, CrossPhase crossPhase, List<BatchInput> inputs,
                    Map<String, Path> outputs, int threads, Severity threshold) throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<OutputTarget> targets = new java.util.concurrent.CopyOnWriteArrayList<>();
        List<ResultRenderer> renderers = new java.util.concurrent.CopyOnWriteArrayList<>();
        boolean toTerminal = false;
        Runnable abandon = () -> {
            // on the way out the batch may still be rendering on the main thread: one renderer or target that
            // fails to let go must not keep the others' temporary files
            for (ResultRenderer r : renderers) {
                try {
                    r.discard();
                } catch (RuntimeException | Error e) {
                    // best effort; the targets below are still closed
                }
            }
            for (OutputTarget t : targets) {
                try {
                    t.close();
                } catch (RuntimeException | Error e) {
                    // best effort; the other targets are still closed
                }
            }
        };
        Cleanup.register(abandon);
        try {
            for (Map.Entry<String, Path> e : outputs.entrySet()) {
                OutputTarget t = e.getValue() == null ? OutputTarget.stdout(out) : openFile(e.getValue());
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
            java.util.function.Consumer<ReportResult> emit = (ReportResult r) -> {
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
            };
            if (crossPhase == null) {
                new BatchRunner(checker, threads).run(inputs, (ReportResult r) -> {
                    emit.accept(r);
                    if (bar != null) {
                        bar.step();
                    }
                });
            } else {
                // cross-report checks need every report first: keep the compact results and digests, then render
                List<ReportResult> results = new ArrayList<>();
                List<CrossPhase.Digested> digests = new ArrayList<>();
                CrossPhase phase = crossPhase;
                new BatchRunner(checker, threads).run(inputs, phase::digest, (ReportResult r, CrossPhase.Digested d) -> {
                    results.add(r);
                    digests.add(d);
                    if (bar != null) {
                        bar.step();
                    }
                });
                if (bar != null) {
                    bar.clear();
                }
                List<ReportResult> completed;
                try {
                    completed = phase.complete(results, digests);
                } catch (ArchiveException e) {
                    throw new UsageException(e.getMessage());
                }
                completed.forEach(emit);
            }
            if (bar != null) {
                bar.finish();
            }
            for (ResultRenderer r : renderers) {
                r.end(summary);
            }
            for (int i = 0; i < targets.size(); i++) {
                commit(targets.get(i), new ArrayList<>(outputs.values()).get(i));
            }
            return flags[0] ? ExitCode.FINDINGS : flags[1] ? ExitCode.UNREADABLE : ExitCode.CLEAN;
        } catch (UncheckedIOException e) {
            throw new UsageException("写入输出时出错（" + org.nianbao.engine.extract.IoReasons.chinese(e.getCause())
                    + "），未生成输出文件");
        } catch (IOException e) {
            throw new UsageException("写入输出时出错（" + org.nianbao.engine.extract.IoReasons.chinese(e) + "），未生成输出文件");
        } finally {
            for (OutputTarget t : targets) {
                t.close();
            }
            Cleanup.unregister(abandon);
        }
    }

    /** Opens a file output; a folder that refuses the file is a usage error with a Chinese reason. */
    private static OutputTarget openFile(Path file) {
        try {
            return OutputTarget.file(file);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new UsageException("无法写入输出文件 " + file + "（该位置不允许创建文件）");
        } catch (IOException e) {
            throw new UsageException("无法写入输出文件 " + file + "（" + org.nianbao.engine.extract.IoReasons.chinese(e) + "）");
        }
    }

    private static void commit(OutputTarget t, Path file) {
        try {
            t.commit();
        } catch (IOException e) {
            throw new UsageException("无法写入输出文件 " + file + "（" + org.nianbao.engine.extract.IoReasons.chinese(e) + "）");
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
