package org.nianbao.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.nianbao.engine.Checker;
import org.nianbao.engine.batch.BatchInput;
import org.nianbao.engine.batch.BatchRunner;
import org.nianbao.engine.batch.BatchSummary;
import org.nianbao.engine.batch.ReportResult;
import org.nianbao.engine.extract.Readers;
import org.nianbao.engine.render.ResultRenderer;
import org.nianbao.engine.render.RunInfo;
import org.nianbao.engine.rules.RuleEngine;
import org.nianbao.engine.rules.RuleSettings;
import org.nianbao.engine.rules.RuleSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The benchmark: generates synthetic reports (text, HTML, Word, PDF) and prints start-up, rule-base
 * build time, warm throughput for 1 and all cores per format, per-report latency and peak memory.
 * With {@code --generate DIR} it only writes the reports; with {@code --memory N} it also streams N
 * in-memory reports through the batch path to show that memory does not grow with N.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        header = "性能基准：生成合成报告，测量启动时间、吞吐量、延迟和内存。",
        description = {
            "生成 --count 份合成年度报告（文本、HTML、Word、PDF，约一半含缺陷），然后测量：",
            "单份报告冷启动耗时（启动子进程运行同一 jar，取中位数）、规则库构建时间、",
            "单线程与全部核心的吞吐量（按格式）、单份报告延迟 p50/p99、峰值内存（VmHWM）。",
            "只生成报告：nianbao bench --generate 目录 --count 10000"})
public final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--count", defaultValue = "400", paramLabel = "N", description = "合成报告份数（默认 400）")
    int count;

    @Option(names = "--generate", paramLabel = "DIR", description = "只把合成报告写入该目录，不做测量")
    Path generateDir;

    @Option(names = "--formats", defaultValue = "txt,html,docx,pdf", split = ",", paramLabel = "FMT",
            description = "生成的格式（默认 txt,html,docx,pdf）")
    List<String> formats;

    @Option(names = "--cold-runs", defaultValue = "5", paramLabel = "N", description = "冷启动测量次数（默认 5，取中位数；0 跳过）")
    int coldRuns;

    @Option(names = "--memory", defaultValue = "0", paramLabel = "N",
            description = "另外在内存中流式检查 N 份合成报告（不写磁盘），比较 1,000 份与 N 份时的内存")
    int memoryCount;

    @Option(names = "--similarity", defaultValue = "0", paramLabel = "N",
            description = "只测内容雷同比对：N 份同一年度的合成报告两两比对（MinHash/LSH）所需时间，其中约 2%% 是抄袭件")
    int similarityCount;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "SEED", description = "随机种子（相同种子生成相同报告）")
    long seed;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "20",
            description = "每份报告的规则检查时限（秒，默认 20，与 check 相同；0 为不限，规则在调用线程上直接运行）")
    double timeoutSeconds;

    @Option(names = "--keep", description = "保留生成的临时目录")
    boolean keep;

    @Option(names = "--web", description = "只测量网页服务：在本机回环地址启动 nianbao serve，按 --web-concurrency 的并发数同时上传一份典型报告，"
            + "报告每次上传的延迟中位数和 p95")
    boolean web;

    @Option(names = "--web-concurrency", defaultValue = "20,100", split = ",", paramLabel = "N",
            description = "网页测量的并发上传数（默认 20,100）")
    List<Integer> webConcurrency;

    @Option(names = "--web-rounds", defaultValue = "5", paramLabel = "N", description = "每个并发数重复的轮数（默认 5）")
    int webRounds;

    /** Each throughput figure is the median of this many runs (the machine is shared; single runs are noisy). */
    private static final int REPEATS = 3;

    private PrintWriter out;

    @Override
    public Integer call() throws Exception {
        out = spec.commandLine().getOut();
        for (String f : formats) {
            if (!SyntheticReports.FORMATS.contains(f)) {
                throw new UsageException("不支持的格式：" + f + "（可选 " + String.join("、", SyntheticReports.FORMATS) + "）");
            }
        }
        if (count < 1) {
            throw new UsageException("--count 必须至少为 1");
        }
        if (web) {
            return WebBench.run(out, webConcurrency, webRounds, seed);
        }
        if (similarityCount > 0) {
            similarity(similarityCount);
            out.flush();
            return ExitCode.CLEAN;
        }
        if (generateDir != null) {
            Map<String, List<Path>> made = generate(generateDir, count);
            out.println("已生成 " + made.values().stream().mapToInt(List::size).sum() + " 份报告到 " + generateDir + "：" + made
                    .entrySet().stream().map(e -> e.getKey() + " " + e.getValue().size()).toList());
            return ExitCode.CLEAN;
        }
        Path dir = Files.createTempDirectory("nianbao-bench");
        try {
            long t0 = System.nanoTime();
            Map<String, List<Path>> files = generate(dir, count);
            out.printf("生成 %d 份合成报告：%.1f 秒（%s）%n", count, secs(System.nanoTime() - t0), dir);
            out.printf("机器：%d 个 CPU 核心，Java %s；同一机器上的其他负载会使数字有 ±15%% 以上的波动。%n%n",
                    Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
            out.flush();
            coldStart(files);
            RuleEngine engine = kieBaseBuild().withTimeLimit(CheckSettingsOptions.timeLimit(timeoutSeconds));
            warm(engine, files);
            if (memoryCount > 0) {
                memory(engine);
            }
            out.printf("%n本进程峰值 RSS（VmHWM）：%s%n", mib(vmHwmKb()));
        } finally {
            if (keep) {
                out.println("保留了生成的报告：" + dir);
            } else {
                deleteTree(dir);
            }
        }
        out.flush();
        return ExitCode.CLEAN;
    }

    // ------------------------------------------------------------------ generation

    private Map<String, List<Path>> generate(Path dir, int n) throws IOException {
        Files.createDirectories(dir);
        Path font = SyntheticReports.findCjkFont();
        List<String> usable = new ArrayList<>(formats);
        if (font == null && usable.remove("pdf")) {
            spec.commandLine().getErr().println("提示：系统中没有中文 TrueType 字体（如 fonts-wqy-microhei），不生成 PDF。");
            if (usable.isEmpty()) {
                throw new UsageException("没有可生成的格式");
            }
        }
        Map<String, List<Path>> byFormat = new LinkedHashMap<>();
        usable.forEach(f -> byFormat.put(f, new ArrayList<>()));
        int width = String.valueOf(n - 1).length();
        for (int i = 0; i < n; i++) {
            String f = SyntheticReports.formatOf(i, usable);
            Path sub = dir.resolve(String.format("%03d", i / 1000));
            Files.createDirectories(sub);
            Path p = sub.resolve(String.format("report-%0" + width + "d.%s", i, f));
            Files.write(p, SyntheticReports.render(SyntheticReports.doc(seed, i), f, font));
            byFormat.get(f).add(p);
        }
        return byFormat;
    }

    // ------------------------------------------------------------------ cold start

    private void coldStart(Map<String, List<Path>> files) throws Exception {
        Path jar = ownJar();
        if (coldRuns <= 0 || jar == null) {
            out.println("冷启动：跳过（" + (jar == null ? "不是从 jar 运行" : "--cold-runs 0") + "）");
            return;
        }
        Path one = files.getOrDefault("txt", files.values().iterator().next()).get(0);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // the launcher's options for one-shot runs
        List<String> base = List.of(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:-UsePerfData",
                "-XX:CompileThresholdScaling=4");
        List<String> tail = List.of("-jar", jar.toString(), "check", one.toString(), "--no-progress", "--fail-on",
                "never");
        // The launcher's archive: made once from a training run (the hidden train-cache command) over
        // the reports of every format, not from whichever command ran first.
        List<String> training = new ArrayList<>(List.of("-jar", jar.toString(), "train-cache",
                one.getParent().getParent().toString()));
        if (Files.isDirectory(Path.of("corpus"))) {
            training.add(Path.of("corpus").toAbsolutePath().toString());
        }
        out.println("冷启动：nianbao check 单份报告（子进程，" + coldRuns + " 次取中位数；墙钟时间与子进程峰值 RSS）");
        out.println("  加载方式                                  墙钟中位数   最快    CPU 中位数   峰值 RSS");
        coldRow("预编译规则模型", concat(base, tail));
        Path jsa = Files.createTempFile("nianbao-bench", ".jsa");
        Files.delete(jsa);
        runChild(concat(base, List.of("-XX:ArchiveClassesAtExit=" + jsa, "-Xlog:cds=off", "-Xlog:cds+dynamic=off"),
                training));
        if (Files.exists(jsa)) {
            coldRow("预编译规则模型 + AppCDS（训练运行）", concat(base, List.of("-XX:SharedArchiveFile=" + jsa, "-Xlog:cds=off",
                    "-Xlog:cds+dynamic=off"), tail));
            Files.deleteIfExists(jsa);
        }
        if (Runtime.version().feature() >= 25) {
            Path aot = Files.createTempFile("nianbao-bench", ".aot");
            Files.delete(aot);
            // as the launcher does for a text report: the "text" cache, trained without the Word/PDF readers
            List<String> textTraining = new ArrayList<>(training);
            textTraining.addAll(List.of("--formats", "txt,html,htm"));
            runChild(concat(base, List.of("-XX:AOTCacheOutput=" + aot, "-Xlog:aot=off", "-Xlog:cds=off"), textTraining));
            if (Files.exists(aot)) {
                coldRow("预编译规则模型 + AOT 缓存（JDK " + Runtime.version().feature() + "，文本训练运行）",
                        concat(base, List.of("-XX:AOTCache=" + aot, "-Xlog:aot=off", "-Xlog:cds=off"), tail));
                Files.deleteIfExists(aot);
            }
        }
        out.println();
        out.flush();
    }

    private void coldRow(String label, List<String> cmd) throws Exception {
        double[] wall = new double[coldRuns];
        double[] cpu = new double[coldRuns];
        long rss = 0;
        for (int i = 0; i < coldRuns; i++) {
            long[] r = runChild(cmd);
            wall[i] = r[0] / 1e9;
            cpu[i] = r[2] / 1e9;
            rss = Math.max(rss, r[1]);
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        out.printf("  %-36s %8.3f 秒 %6.3f 秒 %10s %10s%n", label, wall[coldRuns / 2], wall[0],
                cpu[coldRuns / 2] > 0 ? String.format("%.3f 秒", cpu[coldRuns / 2]) : "—", rss > 0 ? mib(rss) : "—");
        out.flush();
    }

    /** Runs a child JVM; returns {wall nanos, peak RSS in KB (0 when unknown)}. */
    private static long[] runChild(List<String> cmd) throws Exception {
        Path timeBin = Path.of("/usr/bin/time");
        Path report = Files.createTempFile("nianbao-bench", ".time");
        List<String> full = new ArrayList<>();
        boolean timed = Files.isExecutable(timeBin);
        if (timed) {
            full.addAll(List.of(timeBin.toString(), "-f", "%M %U %S", "-o", report.toString()));
        }
        full.addAll(cmd);
        ProcessBuilder pb = new ProcessBuilder(full).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        long t0 = System.nanoTime();
        Process p = pb.start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("child JVM did not finish: " + cmd);
        }
        long wall = System.nanoTime() - t0;
        long rss = 0;
        long cpu = 0;
        if (timed) {
            String s = Files.readString(report).strip();
            String[] last = s.substring(s.lastIndexOf('\n') + 1).strip().split("\\s+");
            if (last.length == 3 && last[0].matches("\\d+")) {
                rss = Long.parseLong(last[0]);
                cpu = (long) ((Double.parseDouble(last[1]) + Double.parseDouble(last[2])) * 1e9);
            }
        }
        Files.deleteIfExists(report);
        return new long[] {wall, rss, cpu};
    }

    private static Path ownJar() {
        try {
            Path p = Path.of(BenchCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return p.toString().endsWith(".jar") ? p : null;
        } catch (Exception e) {
            return null;
        }
    }

    // ------------------------------------------------------------------ rule base

    private RuleEngine kieBaseBuild() {
        long t0 = System.nanoTime();
        RuleEngine engine = RuleEngine.bundled();
        long load = System.nanoTime() - t0;
        engine.buildAll();
        long model = System.nanoTime() - t0;
        t0 = System.nanoTime();
        RuleEngine.compile(RuleSource.fromClasspath(RuleEngine.class.getClassLoader()));
        long drl = System.nanoTime() - t0;
        out.println("规则库构建（" + engine.rules().size() + " 条规则，" + (engine.packs().size() + 1) + " 个 KieBase，本进程内首次）：");
        out.printf("  %-36s %8.3f 秒（其中加载模型与规则元数据 %.3f 秒）%n", RuleEngine.hasPrebuiltModel()
                ? "预编译可执行模型，构建全部 KieBase" : "DRL 编译（内置规则，无预编译模型）", secs(model), secs(load));
        out.printf("  %-36s %8.3f 秒%n%n", "DRL 运行时编译（--rules DIR 的方式）", secs(drl));
        out.flush();
        return engine;
    }

    // ------------------------------------------------------------------ warm throughput

    private void warm(RuleEngine engine, Map<String, List<Path>> files) {
        Checker checker = new Checker(Readers.standard(), engine, RuleSettings.DEFAULTS, null);
        int cores = Runtime.getRuntime().availableProcessors();
        List<BatchInput> all = new ArrayList<>();
        files.values().forEach(l -> l.forEach(p -> all.add(BatchInput.file(p, p.toString()))));
        all.sort(Comparator.comparing(BatchInput::name));
        // warm-up: JIT and caches, twice over everything
        new BatchRunner(checker, cores).run(all, r -> { });
        new BatchRunner(checker, 1).run(all, r -> { });
        out.println("热态吞吐量（同一进程、共享一个规则库；每份报告含读取、解析和规则检查；" + REPEATS + " 次取中位数）：");
        out.printf("  %-6s %6s %8s %12s %12s %10s %10s %12s%n", "格式", "份数", "可读", "1 线程 份/秒",
                cores + " 线程 份/秒", "p50 毫秒", "p99 毫秒", "CPU 毫秒/份");
        Map<String, List<BatchInput>> groups = new LinkedHashMap<>();
        files.forEach((f, l) -> groups.put(f, l.stream().map(p -> BatchInput.file(p, p.toString())).toList()));
        groups.put("全部", all);
        for (Map.Entry<String, List<BatchInput>> g : groups.entrySet()) {
            List<Long> latencies = new ArrayList<>();
            int[] readable = new int[1];
            double[] one = new double[REPEATS];
            double[] many = new double[REPEATS];
            double cpuMs = Double.MAX_VALUE;
            for (int rep = 0; rep < REPEATS; rep++) {
                boolean first = rep == 0;
                long cpu0 = processCpuNanos();
                long t0 = System.nanoTime();
                new BatchRunner(checker, 1).run(g.getValue(), r -> {
                    if (first) {
                        latencies.add(r.elapsedNanos());
                        readable[0] += r.readable() ? 1 : 0;
                    }
                });
                one[rep] = g.getValue().size() / secs(System.nanoTime() - t0);
                cpuMs = Math.min(cpuMs, (processCpuNanos() - cpu0) / 1e6 / g.getValue().size());
                t0 = System.nanoTime();
                new BatchRunner(checker, cores).run(g.getValue(), r -> { });
                many[rep] = g.getValue().size() / secs(System.nanoTime() - t0);
            }
            Arrays.sort(one);
            Arrays.sort(many);
            latencies.sort(null);
            out.printf("  %-6s %6d %8d %12.0f %12.0f %10.2f %10.2f %12.2f%n", g.getKey(), g.getValue().size(),
                    readable[0], one[REPEATS / 2], many[REPEATS / 2], pct(latencies, 50), pct(latencies, 99), cpuMs);
            out.flush();
        }
        // without a time limit the rules run on the calling thread, so its CPU time covers all three stages
        stages(new Checker(Readers.standard(), engine.withTimeLimit(null), RuleSettings.DEFAULTS, null), files);
        out.println("  （不可读的文件也计入份数：在读取器就绪之前，HTML/Word/PDF 可能被报告为“不支持的格式”。");
        out.println("   CPU 毫秒/份 为单线程运行时整个进程的 CPU 时间（含 GC、JIT）除以份数，取最小值，受其他负载的影响比墙钟小；");
        out.println("   延迟 p50/p99 取自第一次单线程运行。）");
    }

    /** Thread CPU per report and stage (read, interpret, rules), one thread, best of REPEATS passes per format. */
    private void stages(Checker checker, Map<String, List<Path>> files) {
        java.lang.management.ThreadMXBean tb = java.lang.management.ManagementFactory.getThreadMXBean();
        out.println("  每份报告各阶段的线程 CPU 时间（单线程，" + REPEATS + " 遍取最小值；毫秒）：");
        out.printf("  %-6s %10s %10s %10s %10s%n", "格式", "读取", "解析", "规则", "合计");
        for (Map.Entry<String, List<Path>> e : files.entrySet()) {
            double best = Double.MAX_VALUE;
            double[] bestStages = new double[3];
            for (int rep = 0; rep < REPEATS; rep++) {
                long[] t = new long[3];
                int n = 0;
                for (Path p : e.getValue()) {
                    try {
                        byte[] bytes = Files.readAllBytes(p);
                        long a = tb.getCurrentThreadCpuTime();
                        org.nianbao.engine.source.SourceDocument doc = Readers.standard().read(p, bytes);
                        long b = tb.getCurrentThreadCpuTime();
                        org.nianbao.engine.model.Report r = checker.interpret(doc, p.toString());
                        long c = tb.getCurrentThreadCpuTime();
                        checker.run(r);
                        long d = tb.getCurrentThreadCpuTime();
                        t[0] += b - a;
                        t[1] += c - b;
                        t[2] += d - c;
                        n++;
                    } catch (IOException | org.nianbao.engine.source.UnreadableInputException ex) {
                        // unreadable inputs are not part of the per-stage split
                    }
                }
                if (n > 0 && (t[0] + t[1] + t[2]) / 1e6 / n < best) {
                    best = (t[0] + t[1] + t[2]) / 1e6 / n;
                    for (int k = 0; k < 3; k++) {
                        bestStages[k] = t[k] / 1e6 / n;
                    }
                }
            }
            if (best < Double.MAX_VALUE) {
                out.printf("  %-6s %10.3f %10.3f %10.3f %10.3f%n", e.getKey(), bestStages[0], bestStages[1], bestStages[2], best);
            }
        }
    }

    private static double pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i))) / 1e6;
    }

    // ------------------------------------------------------------------ memory

    /** Streams synthetic text reports from memory through the batch path with JSON output to nowhere. */
    private void memory(RuleEngine engine) throws IOException {
        Checker checker = new Checker(Readers.standard(), engine, RuleSettings.DEFAULTS, null);
        int cores = Runtime.getRuntime().availableProcessors();
        List<BatchInput> inputs = new ArrayList<>(memoryCount);
        for (int i = 0; i < memoryCount; i++) {
            int k = i;
            inputs.add(BatchInput.inMemory(String.format("mem/%07d.txt", i), () -> SyntheticReports
                    .text(SyntheticReports.doc(seed, k)).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        }
        RunInfo info = new RunInfo("bench", engine.rules());
        ResultRenderer json = ResultRenderer.create("json", OutputStream.nullOutputStream());
        json.begin(info);
        BatchSummary summary = new BatchSummary(engine.rules());
        int[] done = new int[1];
        List<String> lines = new ArrayList<>();
        long t0 = System.nanoTime();
        new BatchRunner(checker, cores).run(inputs, (ReportResult r) -> {
            summary.add(r);
            try {
                json.report(r);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            done[0]++;
            if (done[0] == 1000 || done[0] == 10_000 || done[0] == memoryCount) {
                lines.add(memoryLine(done[0], System.nanoTime() - t0));
            }
        });
        json.end(summary);
        out.printf("%n内存（在内存中生成并流式检查 %d 份报告，%d 线程，JSON 输出丢弃）：%n", memoryCount, cores);
        out.printf("  %10s %10s %14s %14s %12s%n", "已检查", "耗时 秒", "GC 后堆占用", "当前 RSS", "峰值 RSS");
        lines.forEach(out::println);
        out.flush();
    }

    private static String memoryLine(int n, long nanos) {
        System.gc();
        Runtime rt = Runtime.getRuntime();
        long used = rt.totalMemory() - rt.freeMemory();
        return String.format("  %10d %10.1f %14s %14s %12s", n, secs(nanos), mib(used / 1024),
                mib(procStatusKb("VmRSS")), mib(vmHwmKb()));
    }

    // ------------------------------------------------------------------ helpers

    private static long processCpuNanos() {
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }

    static long vmHwmKb() {
        return procStatusKb("VmHWM");
    }

    private static long procStatusKb(String key) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith(key + ":")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        return 0;
    }

    private static String mib(long kb) {
        return kb <= 0 ? "—" : String.format("%.0f MB", kb / 1024.0);
    }

    private static double secs(long nanos) {
        return nanos / 1e9;
    }

    @SafeVarargs
    private static List<String> concat(List<String>... parts) {
        List<String> l = new ArrayList<>();
        for (List<String> p : parts) {
            l.addAll(p);
        }
        return l;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /**
     * 内容雷同 at scale: {@code n} synthetic digests of one year (the national template's preamble, plus each
     * agency's own text; about 2 % copy another agency's text with a sentence changed), compared all against
     * all by the cross-report phase (boilerplate learning, MinHash/LSH candidates, exact comparison of the
     * candidates, the cross rules on each match). Reading and interpreting the reports is not included.
     */
    private void similarity(int n) {
        java.util.Random rnd = new java.util.Random(seed);
        String template = "根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和国务院办公厅政府信息与政务公开办公室"
                + "关于年度报告格式的要求，编制本年度政府信息公开工作年度报告。全文包括总体情况、主动公开政府信息情况、"
                + "收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、存在的主要问题及改进情况、"
                + "其他需要报告的事项。本报告中所列数据的统计期限为2024年1月1日至2024年12月31日。";
        String shared = "坚持以公开为常态、不公开为例外，进一步完善信息发布审核机制，严格落实保密审查制度，"
                + "持续优化政府网站政务公开专栏，规范信息公开目录和公开指南。";
        List<org.nianbao.engine.crossreport.ReportDigest> digests = new ArrayList<>(n);
        int copies = 0;
        java.util.Set<Integer> copied = new java.util.TreeSet<>();
        for (int i = 0; i < n; i++) {
            String agency = "第" + i + "号合成机关";
            String overview;
            String problems;
            if (i > 10 && rnd.nextInt(50) == 0) {
                org.nianbao.engine.crossreport.ReportDigest src = digests.get(rnd.nextInt(i));
                overview = src.sections().get(1).body().replace(src.agency(), agency) + ownProse(rnd, 1);
                problems = src.sections().get(2).body();
                copies++;
                copied.add(i);
            } else {
                overview = shared + ownProse(rnd, 10 + rnd.nextInt(10));
                problems = ownProse(rnd, 3 + rnd.nextInt(4));
            }
            digests.add(new org.nianbao.engine.crossreport.ReportDigest("synthetic/" + i + ".txt", "text", agency, agency,
                    2024, "n2021", Integer.toHexString(i), List.of(), List.of(), List.of(
                    new org.nianbao.engine.crossreport.ReportDigest.SectionText("preamble", null, null, template, null),
                    new org.nianbao.engine.crossreport.ReportDigest.SectionText("overview", "一", "一、总体情况", overview, 10),
                    new org.nianbao.engine.crossreport.ReportDigest.SectionText("problems", "五", "五、存在的主要问题及改进情况",
                            problems, 80))));
        }
        RuleEngine engine = RuleEngine.bundled();
        org.nianbao.engine.crossreport.CrossReport cross = new org.nianbao.engine.crossreport.CrossReport(engine,
                RuleSettings.DEFAULTS, org.nianbao.engine.crossreport.SimilarityOptions.DEFAULTS);
        cross.analyse(digests.subList(0, Math.min(200, n)), List.of()); // warm-up
        out.printf("内容雷同比对：%d 份同一年度的合成报告（其中 %d 份抄袭其他机关），两两比对；机器 %d 个 CPU 核心。%n", n, copies,
                Runtime.getRuntime().availableProcessors());
        double[] times = new double[REPEATS];
        long found = 0;
        long copiesFound = 0;
        for (int r = 0; r < REPEATS; r++) {
            long t0 = System.nanoTime();
            List<List<org.nianbao.engine.rules.Finding>> f = cross.analyse(digests, List.of());
            times[r] = secs(System.nanoTime() - t0);
            found = 0;
            copiesFound = 0;
            for (int i = 0; i < f.size(); i++) {
                if (f.get(i).stream().anyMatch(x -> x.rule().equals("CRS-SIM-003"))) {
                    found++;
                    copiesFound += copied.contains(i) ? 1 : 0;
                }
            }
        }
        Arrays.sort(times);
        out.printf("  用时：中位数 %.2f 秒（最快 %.2f 秒，%d 次）；报告雷同的 %d 份，其中抄袭件 %d / %d 份（其余为被抄袭件）%n",
                times[REPEATS / 2], times[0], REPEATS, found, copiesFound, copies);
        out.printf("  本进程峰值 RSS（VmHWM）：%s%n", mib(vmHwmKb()));
    }

    /** Random text from common characters: as unlike another agency's as real prose written independently. */
    private static String ownProse(java.util.Random rnd, int sentences) {
        String chars = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经"
                + "十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正"
                + "心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级"
                + "少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处府研队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联";
        StringBuilder sb = new StringBuilder();
        for (int s = 0; s < sentences; s++) {
            int len = 18 + rnd.nextInt(20);
            for (int c = 0; c < len; c++) {
                sb.append(chars.charAt(rnd.nextInt(chars.length())));
            }
            sb.append('。');
        }
        return sb.toString();
    }
}
