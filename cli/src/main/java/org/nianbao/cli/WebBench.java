package org.nianbao.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.nianbao.engine.Checker;
import org.nianbao.engine.extract.Readers;
import org.nianbao.engine.rules.RuleSet;
import org.nianbao.engine.rules.RuleSettings;
import org.nianbao.web.MemoryReviewStore;
import org.nianbao.web.WebConfig;
import org.nianbao.web.WebLoad;
import org.nianbao.web.WebServer;

/** {@code nianbao bench --web}: concurrent uploads of a typical report to a service on loopback. */
final class WebBench {
    private WebBench() {
    }

    static int run(PrintWriter out, List<Integer> levels, int rounds, long seed) throws Exception {
        for (int n : levels) {
            if (n < 1 || n > 500) {
                throw new UsageException("--web-concurrency 须在 1–500 之间");
            }
        }
        if (rounds < 1 || rounds > 50) {
            throw new UsageException("--web-rounds 须在 1–50 之间");
        }
        byte[] report = SyntheticReports.text(SyntheticReports.doc(seed, 0)).getBytes(StandardCharsets.UTF_8);
        Path temp = Files.createTempDirectory("nianbao-web-bench");
        int threads = Runtime.getRuntime().availableProcessors();
        WebConfig cfg = new WebConfig("127.0.0.1", 0, 64L * 1024 * 1024, WebConfig.DEFAULT_MAX_FILES, null, null, temp,
                threads);
        Checker checker = new Checker(Readers.standard(), RuleSet.bundled(), RuleSettings.DEFAULTS, null);
        try (WebServer server = new WebServer(cfg, checker, "bench", new MemoryReviewStore()).start()) {
            out.printf("网页服务并发上传（POST /api/check，一份 %.1f KB 的文本报告；本机回环；%d 个检查线程；每个并发数 %d 轮）%n",
                    report.length / 1024.0, threads, rounds);
            out.printf("机器：%d 个 CPU 核心，Java %s；同一机器上的其他负载会使数字有明显波动。%n",
                    threads, System.getProperty("java.version"));
            WebLoad.run(server.port(), "warmup.txt", report, Math.min(10, levels.get(0)), 3); // JIT warm-up, not reported
            for (int n : levels) {
                WebLoad.Result r = WebLoad.run(server.port(), "report.txt", report, n, rounds);
                out.printf("并发 %3d：%4d 次上传，中位数 %.0f ms，p95 %.0f ms，最大 %.0f ms，%.0f 次/秒，失败 %d%n", n,
                        r.latenciesMs().size(), r.percentile(50), r.percentile(95), r.percentile(100), r.throughput(),
                        r.failures());
                out.flush();
            }
        } finally {
            try (var s = Files.walk(temp)) {
                s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        return ExitCode.CLEAN;
    }
}
