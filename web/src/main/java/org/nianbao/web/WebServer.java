package org.nianbao.web;

import io.javalin.Javalin;
import io.javalin.config.RoutesConfig;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import io.javalin.http.UploadedFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.nianbao.engine.Checker;
import org.nianbao.engine.batch.ZipLimits;
import org.nianbao.engine.render.JsonRenderer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code nianbao serve}: the web workspace on Javalin (Jetty). Pages and assets come from this jar;
 * uploads are staged in a private temporary folder and deleted once checked; with a non-loopback
 * host every request needs the access token; state-changing form posts need the CSRF token of
 * the browser's cookie; errors are Chinese pages. Nothing a report says is ever logged.
 */
public final class WebServer implements AutoCloseable {
    static final String CSRF_FIELD = "_csrf";
    static final String CSRF_COOKIE = "nianbao_csrf";
    static final String TOKEN_COOKIE = "nianbao_token";
    static final String TOKEN_HEADER = "X-Nianbao-Token";
    private static final String RENDERED = "nianbao.error-rendered";
    /** Room for the non-file fields of a form beside its files (the CSRF token, a review's fields). */
    static final int FORM_FIELDS = 16;
    private static final com.fasterxml.jackson.databind.ObjectWriter COMPACT = JsonRenderer.MAPPER.writer()
            .without(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT);
    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
    private static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
            + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
    private static final Map<String, String> ASSETS = Map.of("app.css", "text/css; charset=utf-8",
            "app.js", "text/javascript; charset=utf-8");

    private final WebConfig config;
    private final CheckService service;
    private final ReviewStore reviews;
    private final JobStore jobs = new JobStore(50, 5000);
    private final ExecutorService jobRunner;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, byte[]> assets = new HashMap<>();
    private Javalin app;

    private final org.nianbao.engine.archive.Archive archive;

    /** A service that stores nothing (reviews in memory). */
    public WebServer(WebConfig config, Checker checker, String toolVersion, ReviewStore reviews) {
        this(config, checker, toolVersion, reviews, null);
    }

    /**
     * @param archive where checked reports are saved (history, cross-report checks), or null; reviews go
     *                to {@code reviews} (an {@link ArchiveReviewStore} of the same archive to keep them)
     */
    public WebServer(WebConfig config, Checker checker, String toolVersion, ReviewStore reviews,
                     org.nianbao.engine.archive.Archive archive) {
        this(config, checker, toolVersion, reviews, archive, CrossSettings.defaults());
    }

    /** @param cross the rule settings, 内容雷同 thresholds and agency aliases of the cross-report phase */
    public WebServer(WebConfig config, Checker checker, String toolVersion, ReviewStore reviews,
                     org.nianbao.engine.archive.Archive archive, CrossSettings cross) {
        if (!WebConfig.isLoopback(config.host()) && (config.token() == null || config.token().isBlank())) {
            throw new IllegalArgumentException("a non-loopback host needs an access token");
        }
        this.config = config;
        this.archive = archive;
        this.service = new CheckService(checker, toolVersion, config, ZipLimits.DEFAULT, archive, cross);
        this.reviews = reviews;
        AtomicInteger n = new AtomicInteger();
        this.jobRunner = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "nianbao-web-job-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        for (String a : ASSETS.keySet()) {
            try (InputStream in = WebServer.class.getResourceAsStream("assets/" + a)) {
                assets.put(a, in.readAllBytes());
            } catch (IOException | NullPointerException e) {
                throw new IllegalStateException("missing bundled asset " + a, e);
            }
        }
    }

    public WebServer start() {
        long max = config.maxUploadBytes();
        app = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.startup.showOldJavalinVersionWarning = false;
            cfg.startup.startupWatcherEnabled = false;
            cfg.jetty.multipartConfig.cacheDirectory(config.tempRoot().toString());
            cfg.jetty.multipartConfig.maxFileSize(max, SizeUnit.BYTES);
            cfg.jetty.multipartConfig.maxTotalRequestSize(max, SizeUnit.BYTES);
            cfg.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
            cfg.http.maxRequestSize = 1024 * 1024;
            // Jetty parses at most this many parts of a multipart body (its default is 1,000): the files
            // allowed plus the form's fields, so the files limit, not Jetty's, decides and is explained
            cfg.jetty.modifyServletContextHandler(h -> h.setMaxFormKeys(
                    (int) Math.min(Integer.MAX_VALUE, (long) config.maxFiles() + FORM_FIELDS)));
            // errors Jetty answers before the application (malformed requests): Chinese, without stacks
            cfg.jetty.modifyServer(server -> server.setErrorHandler(new ChineseErrors()));
            routes(cfg.routes);
        });
        app.start(config.host(), config.port());
        return this;
    }

    /** Every route, the guard before them, and the Chinese answers for exceptions and error statuses. */
    private void routes(RoutesConfig r) {
        r.before(this::guard);
        r.get("/", ctx -> page(ctx, Html.render(Pages.home(csrf(ctx), config))));
        r.get("/audit", ctx -> page(ctx, Html.render(Pages.audit(csrf(ctx), config, jobs.recent()))));
        r.post("/check", this::checkPage);
        r.post("/audit", this::auditUpload);
        r.get("/jobs/{id}", this::jobPage);
        r.get("/jobs/{id}/reports/{n}", this::reportPage);
        r.post("/jobs/{id}/reports/{n}/review", this::review);
        r.get("/jobs/{id}/download/{format}", this::download);
        r.get("/jobs/{id}/rectification/{format}", this::rectification);
        r.get("/api/jobs/{id}", this::jobStatus);
        r.post("/api/check", this::apiCheck);
        r.get("/assets/{name}", this::asset);
        r.get("/archive", ctx -> page(ctx, Html.render(ArchivePages.index(archive()))));
        r.get("/archive/agency", ctx -> {
            String key = ctx.queryParam("key");
            if (key == null) {
                throw new LimitException(404, "没有指定机关。");
            }
            page(ctx, Html.render(ArchivePages.agency(archive(), key, reviews)));
        });
        r.get("/archive/reports/{id}", this::archivedReport);
        r.post("/archive/reports/{id}/review", this::archivedReview);
        r.exception(LimitException.class, (e, ctx) -> {
            if (e.status() == 413) {
                discardBody(ctx);
            }
            fail(ctx, e.status(), e.getMessage());
        });
        r.exception(Exception.class, (e, ctx) -> {
            if (isTooLarge(e)) {
                discardBody(ctx);
                fail(ctx, 413, tooLargeMessage());
                return;
            }
            // the class and where only: an exception message may quote a report
            StackTraceElement at = e.getStackTrace().length > 0 ? e.getStackTrace()[0] : null;
            LOG.error("internal error on {} {}: {} at {}", ctx.method(), ctx.path(), e.getClass().getName(), at);
            fail(ctx, 500, "处理请求时发生内部错误。请稍后重试；如果一再出现，请联系管理员。");
        });
        r.error(404, ctx -> {
            if (ctx.attribute(RENDERED) == null) {
                fail(ctx, 404, "没有这个页面。检查结果只在服务运行期间保留，服务重启后需要重新上传。");
            }
        });
        r.error(405, ctx -> {
            if (ctx.attribute(RENDERED) == null) {
                fail(ctx, 405, "不支持这种请求方式。");
            }
        });
    }

    /** The address to open, with the access token when one is required. */
    public String url() {
        String h = config.host().contains(":") && !config.host().startsWith("[") ? "[" + config.host() + "]" : config.host();
        String base = "http://" + h + ":" + port() + "/";
        return config.token() == null ? base : base + "?token=" + URLEncoder.encode(config.token(), StandardCharsets.UTF_8);
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        if (app != null) {
            app.stop();
        }
        jobRunner.shutdownNow();
        service.close();
        reviews.close();
    }

    // ---- guards -------------------------------------------------------------------------------

    private void guard(Context ctx) {
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("Cache-Control", "no-store");
        if (WebConfig.isLoopback(config.host()) && !loopbackHost(ctx.host())) {
            // a page from elsewhere reaching the loopback service by a rebound name
            throw new LimitException(403, "请用 127.0.0.1 或 localhost 访问本服务。");
        }
        if (config.token() != null) {
            String given = ctx.header(TOKEN_HEADER);
            String auth = ctx.header("Authorization");
            if (given == null && auth != null && auth.startsWith("Bearer ")) {
                given = auth.substring(7).strip();
            }
            String query = ctx.queryParam("token");
            if (given == null && query != null) {
                given = query;
            }
            if (given == null) {
                given = ctx.cookie(TOKEN_COOKIE);
            }
            if (given == null || !MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
                    config.token().getBytes(StandardCharsets.UTF_8))) {
                throw new LimitException(401, "访问本服务需要访问令牌：请使用服务启动时显示的完整网址（含 ?token=…）。");
            }
            if (query != null) {
                Cookie c = new Cookie(TOKEN_COOKIE, query);
                c.setHttpOnly(true);
                c.setSameSite(SameSite.STRICT);
                c.setPath("/");
                ctx.cookie(c);
                if (ctx.method().name().equals("GET") && !ctx.path().startsWith("/api/")) {
                    // the token now lives in the cookie: take it out of the address bar and history
                    ctx.redirect(ctx.path(), io.javalin.http.HttpStatus.SEE_OTHER);
                    ctx.skipRemainingHandlers();
                }
            }
        }
        if (ctx.method().name().equals("POST")) {
            long len = ctx.req().getContentLengthLong();
            if (len > config.maxUploadBytes()) {
                throw new LimitException(413, tooLargeMessage());
            }
        }
    }

    private static boolean loopbackHost(String hostHeader) {
        if (hostHeader == null) {
            return false;
        }
        String h = hostHeader;
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            h = end > 0 ? h.substring(0, end + 1) : h;
        } else if (h.indexOf(':') >= 0) {
            h = h.substring(0, h.indexOf(':'));
        }
        return WebConfig.isLoopback(h);
    }

    /** The browser's CSRF token (set as a strict same-site cookie on first use). */
    private String csrf(Context ctx) {
        String t = ctx.cookie(CSRF_COOKIE);
        if (t == null || !t.matches("[0-9a-f]{32}")) {
            byte[] b = new byte[16];
            random.nextBytes(b);
            t = HexFormat.of().formatHex(b);
            Cookie c = new Cookie(CSRF_COOKIE, t);
            c.setHttpOnly(true);
            c.setSameSite(SameSite.STRICT);
            c.setPath("/");
            ctx.cookie(c);
        }
        return t;
    }

    /** A state-changing form post must carry the cookie's token and, when the browser says, come from this origin. */
    private void requireCsrf(Context ctx) {
        String origin = ctx.header("Origin");
        if (origin != null && !origin.equals("null")) {
            String host;
            try {
                host = URI.create(origin).getAuthority();
            } catch (IllegalArgumentException e) {
                host = null;
            }
            if (host == null || !host.equalsIgnoreCase(ctx.host())) {
                throw new LimitException(403, "请求来自其他网站，已拒绝。请从本服务的页面提交。");
            }
        }
        String cookie = ctx.cookie(CSRF_COOKIE);
        String field = multipart(() -> ctx.formParam(CSRF_FIELD));
        if (cookie == null || field == null || !MessageDigest.isEqual(cookie.getBytes(StandardCharsets.UTF_8),
                field.getBytes(StandardCharsets.UTF_8))) {
            throw new LimitException(403, "页面已过期或请求不是从本服务的页面提交的，请刷新页面后重试。");
        }
    }

    private String tooLargeMessage() {
        return "上传的内容超过 " + (config.maxUploadBytes() / (1024 * 1024)) + " MB 上限，请分批上传。";
    }

    /**
     * Whether a failed read hit a size limit: Javalin's body limit (a 413 response exception) or one of
     * Jetty 12's multipart and form limits (whole request, one part, a field held in memory, form content).
     */
    static boolean isTooLarge(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof io.javalin.http.HttpResponseException h && h.getStatus() == 413) {
                return true;
            }
            String m = t.getMessage();
            if (t instanceof IllegalStateException && m != null && (m.startsWith("max length exceeded")
                    || m.startsWith("max file size exceeded") || m.startsWith("max memory file size exceeded")
                    || m.startsWith("Form is larger than max length"))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a failed multipart read hit Jetty's limit on the number of parts (see {@link #FORM_FIELDS}). */
    static boolean isTooManyParts(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (t instanceof IllegalStateException && m != null
                    && (m.startsWith("Form with too many keys") || m.startsWith("Too many form keys"))) {
                return true;
            }
        }
        return false;
    }

    /** At most this much of a refused upload is read and thrown away before the 413 answer. */
    static final long DISCARD_LIMIT = 256L * 1024 * 1024;

    /**
     * Reads and discards what is left of a refused upload's body (at most {@link #DISCARD_LIMIT}) before
     * answering: a client — a browser, Java's HttpClient — that is still sending when the server answers
     * and closes sees a broken connection instead of the Chinese 413 page. Jetty 12 does not drain
     * unread content itself; a body beyond the limit is cut off as before.
     */
    private static void discardBody(Context ctx) {
        // whatever was not read, the connection is not reused: the client opens a fresh one next time
        ctx.header("Connection", "close");
        long left = discard(() -> ctx.req().getInputStream(), DISCARD_LIMIT);
        if (left > 0) {
            // the servlet stream may have given up with the multipart parser (a body of unknown length cut
            // at the limit): read on from Jetty's own request content
            discard(() -> org.eclipse.jetty.io.Content.Source.asInputStream(
                    org.eclipse.jetty.ee10.servlet.ServletContextRequest.getServletContextRequest(ctx.req())), left);
        }
    }

    /** Reads and drops up to {@code limit} bytes; returns how many more could have been read (0: limit reached or end). */
    private static long discard(java.util.concurrent.Callable<java.io.InputStream> stream, long limit) {
        long left = limit;
        try {
            java.io.InputStream in = stream.call();
            byte[] buf = new byte[64 * 1024];
            int n;
            while (left > 0 && (n = in.read(buf, 0, (int) Math.min(buf.length, left))) >= 0) {
                left -= n;
            }
            return 0;
        } catch (Exception e) {
            return left;
        }
    }

    // ---- handlers -----------------------------------------------------------------------------

    /** Runs a multipart read: a body over the limit is 413, a malformed one 400 (not an internal error). */
    private <T> T multipart(java.util.function.Supplier<T> read) {
        try {
            return read.get();
        } catch (LimitException e) {
            throw e;
        } catch (Exception e) {
            if (isTooLarge(e)) {
                throw new LimitException(413, tooLargeMessage());
            }
            if (isTooManyParts(e)) {
                throw new LimitException(400, "一次最多上传 " + config.maxFiles() + " 个文件，本次超过了这个数量。");
            }
            throw new LimitException(400, "上传的内容格式有误，无法读取其中的文件。请用页面上的表单重新上传。");
        }
    }

    private List<Upload> uploads(Context ctx) {
        List<Upload> list = new ArrayList<>();
        for (UploadedFile f : multipart(() -> ctx.uploadedFiles("file"))) {
            if (f.filename() == null || f.filename().isEmpty() && f.size() == 0) {
                continue;
            }
            list.add(new Upload() {
                @Override
                public String filename() {
                    return f.filename();
                }

                @Override
                public InputStream open() {
                    return f.content();
                }
            });
        }
        return list;
    }

    private void checkPage(Context ctx) throws IOException {
        requireCsrf(ctx);
        Job job;
        try (CheckService.Staging st = service.stage(uploads(ctx))) {
            job = jobs.create();
            service.run(job, st);
        }
        if (job.entries().size() == 1) {
            Job.Entry e = job.entries().get(0);
            page(ctx, Html.render(ReportPage.render(job, e, reviewsOf(e), csrf(ctx), service.editions(), historyOf(e))));
        } else {
            page(ctx, Html.render(Pages.dashboard(job, reviewedCounts(job), service.editions())));
        }
    }

    private void auditUpload(Context ctx) throws IOException {
        requireCsrf(ctx);
        CheckService.Staging st = service.stage(uploads(ctx));
        Job job = jobs.create();
        job.total(st.inputs().size());
        jobRunner.submit(() -> {
            try (st) {
                service.run(job, st);
            } catch (RuntimeException | Error e) {
                LOG.error("audit job {} failed: {}", job.id(), e.getClass().getName());
            }
        });
        ctx.redirect("/jobs/" + job.id(), io.javalin.http.HttpStatus.SEE_OTHER);
    }

    private Job job(Context ctx) {
        Job j = jobs.get(ctx.pathParam("id"));
        if (j == null) {
            throw new LimitException(404, "没有找到这次检查的结果。检查结果只在服务运行期间保留（最近 50 次），请重新上传。");
        }
        return j;
    }

    private Job.Entry entry(Context ctx, Job job) {
        Job.Entry e = null;
        try {
            e = job.entry(Integer.parseInt(ctx.pathParam("n")));
        } catch (NumberFormatException ignored) {
            // falls through to 404
        }
        if (e == null || job.state() != Job.State.DONE) {
            throw new LimitException(404, "没有找到这份报告的检查结果。");
        }
        return e;
    }

    private void jobPage(Context ctx) {
        Job job = job(ctx);
        if (job.state() == Job.State.RUNNING) {
            page(ctx, Html.render(Pages.progress(job)));
        } else if (job.state() == Job.State.FAILED) {
            fail(ctx, 500, job.failure());
        } else if (job.entries().size() == 1) {
            Job.Entry e = job.entries().get(0);
            page(ctx, Html.render(ReportPage.render(job, e, reviewsOf(e), csrf(ctx), service.editions(), historyOf(e))));
        } else {
            page(ctx, Html.render(Pages.dashboard(job, reviewedCounts(job), service.editions())));
        }
    }

    private void reportPage(Context ctx) {
        Job job = job(ctx);
        Job.Entry e = entry(ctx, job);
        page(ctx, Html.render(ReportPage.render(job, e, reviewsOf(e), csrf(ctx), service.editions(), historyOf(e))));
    }

    private void review(Context ctx) {
        requireCsrf(ctx);
        Job job = job(ctx);
        Job.Entry e = entry(ctx, job);
        String key = saveReview(ctx, e.contentHash(),
                k -> e.row().findings().stream().anyMatch(f -> FindingKeys.of(f).equals(k)));
        ctx.redirect("/jobs/" + job.id() + "/reports/" + e.index() + "#" + FindingKeys.anchor(key),
                io.javalin.http.HttpStatus.SEE_OTHER);
    }

    /**
     * Records the decision the form posts on a finding of the report with this content hash, when the
     * report has that finding; returns the finding key.
     */
    private String saveReview(Context ctx, String contentHash, java.util.function.Predicate<String> known) {
        String key = ctx.formParam("finding");
        String decision = ctx.formParam("decision");
        String note = ctx.formParam("note");
        if (contentHash == null || key == null || !Review.valid(decision)) {
            throw new LimitException(400, "审核意见不完整：请选择“确认”或“驳回”。");
        }
        if (!known.test(key)) {
            throw new LimitException(400, "这份报告中没有这项发现。");
        }
        if (note != null && note.length() > 500) {
            note = note.substring(0, 500);
        }
        reviews.save(contentHash, key, decision, note == null ? "" : note.strip());
        return key;
    }

    /** The archived report of the path's id (404 when the archive has none). */
    private org.nianbao.engine.archive.Archive.Entry archivedEntry(Context ctx) {
        org.nianbao.engine.archive.Archive a = archive();
        org.nianbao.engine.archive.Archive.Entry e = null;
        String id = ctx.pathParam("id");
        if (id.matches("[0-9]{1,18}")) {
            e = a.entry(Long.parseLong(id));
        }
        if (e == null) {
            throw new LimitException(404, "档案库中没有这份报告（编号不存在，或报告已被移出档案库）。");
        }
        return e;
    }

    private static String archivedHref(org.nianbao.engine.archive.Archive.Entry e) {
        return ArchivePages.reportHref(e.id());
    }

    private void archivedReport(Context ctx) {
        org.nianbao.engine.archive.Archive.Entry e = archivedEntry(ctx);
        ArchivedReports.Rebuilt r = ArchivedReports.rebuild(archive, e, service.rules(), archivedHref(e) + "/review");
        List<org.nianbao.engine.archive.Archive.Entry> history = e.agencyKey() == null ? List.of()
                : archive.history(e.agencyKey());
        page(ctx, Html.render(ReportPage.archived(e, r.report(), r.findings(), r.naming(),
                reviews.reviews(e.contentHash()), csrf(ctx), service.editions(), history, r.tablesKept())));
    }

    private void archivedReview(Context ctx) {
        requireCsrf(ctx);
        org.nianbao.engine.archive.Archive.Entry e = archivedEntry(ctx);
        String key = saveReview(ctx, e.contentHash(),
                k -> archive.findings(e.id()).stream().anyMatch(f -> f.findingKey().equals(k)));
        ctx.redirect(archivedHref(e) + "#" + FindingKeys.anchor(key), io.javalin.http.HttpStatus.SEE_OTHER);
    }

    private List<Job.Entry> selected(Context ctx, Job job) {
        if (job.state() != Job.State.DONE) {
            throw new LimitException(404, "检查尚未完成。");
        }
        String r = ctx.queryParam("report");
        if (r == null) {
            return job.entries();
        }
        try {
            Job.Entry e = job.entry(Integer.parseInt(r));
            if (e != null) {
                return List.of(e);
            }
        } catch (NumberFormatException ignored) {
            // 404 below
        }
        throw new LimitException(404, "没有找到这份报告的检查结果。");
    }

    private void download(Context ctx) throws IOException {
        Job job = job(ctx);
        List<Job.Entry> entries = selected(ctx, job);
        String format = ctx.pathParam("format");
        String type = switch (format) {
            case "json" -> "application/json; charset=utf-8";
            case "xlsx" -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            case "html" -> "text/html; charset=utf-8";
            case "csv" -> "text/csv; charset=utf-8";
            default -> throw new LimitException(404, "不支持的下载格式。");
        };
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        service.render(format, entries, buf);
        attachment(ctx, "检查结果." + format, type, buf.toByteArray());
    }

    private void rectification(Context ctx) throws IOException {
        Job job = job(ctx);
        List<List<String>> rows = Rectification.rows(selected(ctx, job), reviews::reviews);
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        String format = ctx.pathParam("format");
        switch (format) {
            case "xlsx" -> {
                Rectification.xlsx(rows, buf);
                attachment(ctx, "整改清单.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        buf.toByteArray());
            }
            case "csv" -> {
                Rectification.csv(rows, buf);
                attachment(ctx, "整改清单.csv", "text/csv; charset=utf-8", buf.toByteArray());
            }
            case "html" -> {
                org.jsoup.nodes.Document d = Rectification.html(rows);
                // the download stands alone: the stylesheet goes inline
                d.head().select("link[rel=stylesheet], script").remove();
                d.head().appendElement("style").appendChild(
                        new org.jsoup.nodes.DataNode(new String(assets.get("app.css"), StandardCharsets.UTF_8)));
                attachment(ctx, "整改清单.html", "text/html; charset=utf-8",
                        Html.render(d).getBytes(StandardCharsets.UTF_8));
            }
            default -> throw new LimitException(404, "不支持的下载格式。");
        }
    }

    private void jobStatus(Context ctx) {
        Job job = job(ctx);
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("id", job.id());
        m.put("state", job.state().name().toLowerCase(java.util.Locale.ROOT));
        m.put("done", job.done());
        m.put("total", job.total());
        try {
            ctx.contentType("application/json; charset=utf-8").result(COMPACT.writeValueAsString(m));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code POST /api/check}: exactly the JSON of {@code nianbao check --format json} for the uploaded files. */
    private void apiCheck(Context ctx) throws IOException {
        Job job = new Job("api");
        try (CheckService.Staging st = service.stage(uploads(ctx))) {
            service.run(job, st);
        }
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        service.render("json", job.entries(), buf);
        ctx.contentType("application/json; charset=utf-8").result(buf.toByteArray());
    }

    private void asset(Context ctx) {
        String name = ctx.pathParam("name");
        byte[] body = assets.get(name);
        if (body == null) {
            throw new LimitException(404, "没有这个文件。");
        }
        ctx.header("Cache-Control", "max-age=3600");
        ctx.contentType(ASSETS.get(name)).result(body);
    }

    // ---- helpers ------------------------------------------------------------------------------

    private org.nianbao.engine.archive.Archive archive() {
        if (archive == null) {
            throw new LimitException(404, "本服务没有配置档案库（启动时用 --archive 指定），检查结果和审核意见不保存。");
        }
        return archive;
    }

    private List<org.nianbao.engine.archive.Archive.Entry> historyOf(Job.Entry e) {
        return archive == null || e.agencyKey() == null ? List.of() : archive.history(e.agencyKey());
    }

    private Map<String, Review> reviewsOf(Job.Entry e) {
        return e.contentHash() == null ? Map.of() : reviews.reviews(e.contentHash());
    }

    private Map<String, Integer> reviewedCounts(Job job) {
        Map<String, Integer> m = new HashMap<>();
        for (Job.Entry e : job.entries()) {
            if (e.contentHash() != null) {
                m.put(e.file() + "#" + e.index(), reviews.reviews(e.contentHash()).size());
            }
        }
        return m;
    }

    private static void page(Context ctx, String html) {
        ctx.contentType("text/html; charset=utf-8").result(html);
    }

    private static void attachment(Context ctx, String filename, String type, byte[] body) {
        String ascii = filename.replaceAll("[^A-Za-z0-9._-]", "_");
        ctx.header("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20"));
        ctx.contentType(type).result(body);
    }

    /**
     * Jetty's own error answers (a request it cannot parse, a header or address too large), given before
     * the application sees the request: Chinese pages in UTF-8 whatever the request accepts, without stacks.
     */
    static final class ChineseErrors extends org.eclipse.jetty.server.handler.ErrorHandler {
        ChineseErrors() {
            setShowStacks(false);
            setShowCauses(false);
        }

        @Override
        protected void generateResponse(org.eclipse.jetty.server.Request request, org.eclipse.jetty.server.Response response,
                                        int code, String message, Throwable cause, org.eclipse.jetty.util.Callback callback) {
            String text = code >= 400 && code < 500 ? "请求格式有误，服务器无法处理。" : "请求无法处理。";
            byte[] body = Html.render(Pages.error(code, text)).getBytes(StandardCharsets.UTF_8);
            org.eclipse.jetty.http.HttpFields.Mutable headers = response.getHeaders();
            headers.put(org.eclipse.jetty.http.HttpHeader.CONTENT_TYPE, "text/html; charset=utf-8");
            headers.put("X-Content-Type-Options", "nosniff");
            headers.put("Content-Security-Policy", CSP);
            response.write(true, java.nio.ByteBuffer.wrap(body), callback);
        }
    }

    private static void fail(Context ctx, int status, String message) {
        ctx.status(status);
        ctx.attribute(RENDERED, Boolean.TRUE);
        if (ctx.path().startsWith("/api/")) {
            Map<String, Object> err = new java.util.LinkedHashMap<>();
            err.put("status", status);
            err.put("message", message);
            try {
                ctx.contentType("application/json; charset=utf-8")
                        .result(COMPACT.writeValueAsString(Map.of("error", err)));
            } catch (IOException e) {
                ctx.result("{\"error\":{\"status\":" + status + "}}");
            }
            return;
        }
        page(ctx, Html.render(Pages.error(status, message)));
    }
}
