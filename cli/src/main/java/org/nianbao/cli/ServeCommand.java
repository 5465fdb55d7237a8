package org.nianbao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.nianbao.engine.Checker;
import org.nianbao.engine.extract.Readers;
import org.nianbao.engine.rules.RuleSet;
import org.nianbao.engine.rules.RuleSettings;
import org.nianbao.engine.archive.Archive;
import org.nianbao.web.ArchiveReviewStore;
import org.nianbao.web.CrossSettings;
import org.nianbao.web.MemoryReviewStore;
import org.nianbao.web.ReviewStore;
import org.nianbao.web.WebConfig;
import org.nianbao.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        header = "启动网页服务：各机关在浏览器中自查报告，审核人员批量检查、审核并导出整改清单。",
        description = {
            "默认只在本机（127.0.0.1）提供服务。用 --host 指定其他地址时，每个请求都需要访问令牌",
            "（--token 指定，或自动生成并显示在启动信息中）。上传的文件只在检查期间保存在临时文件夹中，",
            "检查完即删除；不指定 --archive 时不保存任何内容。",
            "",
            "示例：",
            "  nianbao serve",
            "  nianbao serve --host 0.0.0.0 --port 8080 --archive 年报档案.db"})
public final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    RuleOptions ruleOptions;

    @Option(names = "--host", defaultValue = "127.0.0.1", paramLabel = "HOST",
            description = "监听地址（默认 127.0.0.1，只允许本机访问）")
    String host;

    @Option(names = "--port", defaultValue = "8080", paramLabel = "PORT", description = "端口（默认 8080；0 表示任选空闲端口）")
    int port;

    @Option(names = "--archive", paramLabel = "FILE", description = "档案库文件：审核意见保存在其中，重启后仍在")
    Path archive;

    @Option(names = "--max-upload-mb", defaultValue = "64", paramLabel = "MB",
            description = "一次上传的大小上限（默认 64 MB；超过时返回 413）")
    int maxUploadMb;

    @Option(names = "--max-files", defaultValue = "" + WebConfig.DEFAULT_MAX_FILES, paramLabel = "N",
            description = "一次上传最多检查的报告数（含压缩包中的文件，默认 1000；超过时返回 400）")
    int maxFiles;

    @Option(names = "--token", paramLabel = "TOKEN",
            description = "访问令牌：每个请求都须携带（网址中的 ?token=…、Cookie 或 X-Nianbao-Token 请求头）。"
                    + "非本机地址未指定时自动生成")
    String token;

    @Mixin
    CheckSettingsOptions settingsOptions;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "检查线程数（默认：CPU 核数），所有请求共用")
    Integer jobs;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (maxUploadMb < 1 || maxFiles < 1 || port < 0 || port > 65535) {
            throw new UsageException("--max-upload-mb、--max-files 须为正数，--port 须在 0–65535 之间");
        }
        if (token != null && token.length() < 8) {
            throw new UsageException("--token 至少 8 个字符");
        }
        PrintWriter out = spec.commandLine().getOut();
        boolean loopback = WebConfig.isLoopback(host);
        String t = token;
        if (t == null && !loopback) {
            byte[] b = new byte[24];
            new SecureRandom().nextBytes(b);
            t = Base64.getUrlEncoder().withoutPadding().encodeToString(b);
        }
        RuleSet ruleSet = ruleOptions.ruleSet().withTimeLimit(settingsOptions.timeLimit());
        ruleSet.engine(); // compile now: a broken --rules directory stops here, not at the first upload
        RuleSettings settings = settingsOptions.ruleSettings(ruleSet.engine());
        CrossSettings cross = new CrossSettings(settings, settingsOptions.similarity(), settingsOptions.agencyNames());
        Checker checker = new Checker(Readers.standard(), ruleSet, settings, null);
        Path temp = Files.createTempDirectory("nianbao-web-");
        int threads = jobs == null ? Runtime.getRuntime().availableProcessors() : Math.max(1, jobs);
        WebConfig cfg = new WebConfig(host, port, maxUploadMb * 1024L * 1024L, maxFiles, t, archive, temp, threads);
        Archive opened = ArchiveFiles.open(archive, false);
        ReviewStore store = opened == null ? new MemoryReviewStore() : new ArchiveReviewStore(opened);
        WebServer server;
        try {
            server = new WebServer(cfg, checker, new VersionProvider().getVersion()[0], store, opened, cross).start();
        } catch (RuntimeException e) {
            store.close();
            deleteTree(temp);
            throw new UsageException("无法在 " + host + ":" + port + " 启动服务（端口可能已被占用，或地址不属于本机）");
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            deleteTree(temp);
            stopped.countDown();
        }, "nianbao-web-shutdown"));
        out.println("年报检查网页服务已启动：" + server.url());
        if (t != null) {
            out.println("访问令牌：" + t + "（每个请求都须携带；用上面的完整网址打开即可）");
        }
        out.println(archive == null ? "未指定档案库：不保存上传的文件和检查结果，审核意见在服务停止后丢失。"
                : "档案库：" + archive + "（检查过的报告、发现和审核意见保存在其中；上传的文件本身不保存）");
        out.println("按 Ctrl+C 停止服务。");
        out.flush();
        stopped.await();
        return ExitCode.CLEAN;
    }

    private static void deleteTree(Path dir) {
        try (var s = Files.walk(dir)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // temporary folder already gone
        }
    }
}
