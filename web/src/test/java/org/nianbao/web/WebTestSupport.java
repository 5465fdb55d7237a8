package org.nianbao.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.engine.Checker;
import org.nianbao.engine.extract.Readers;
import org.nianbao.engine.rules.RuleSettings;

/** Starts services on a free loopback port and talks to them like a browser (cookies, CSRF field, multipart). */
final class WebTestSupport {
    private static Checker checker;

    private WebTestSupport() {
    }

    static synchronized Checker checker() {
        if (checker == null) {
            checker = new Checker(Readers.standard(), org.nianbao.engine.rules.RuleSet.bundled(), RuleSettings.DEFAULTS, null);
        }
        return checker;
    }

    static WebConfig config(Path temp) {
        return new WebConfig("127.0.0.1", 0, 8L * 1024 * 1024, 50, null, null, temp, 2);
    }

    static WebServer start(WebConfig cfg, ReviewStore store) {
        return new WebServer(cfg, checker(), "nianbao test", store).start();
    }

    static WebServer start(WebConfig cfg, ReviewStore store, org.nianbao.engine.archive.Archive archive) {
        return new WebServer(cfg, checker(), "nianbao test", store, archive).start();
    }

    /** The project's own files (corpus/seeds) from the web module's working directory. */
    static Path projectRoot() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolve("corpus/seeds"))) {
            p = p.getParent();
        }
        if (p == null) {
            throw new IllegalStateException("project root with corpus/seeds not found");
        }
        return p;
    }

    static final String SEED_2020 = "004_a8c303d518d0ba68.txt";
    static final String SEED_2021 = "000_20a0191baea80f94.txt";

    static byte[] seed(String name) throws IOException {
        return Files.readAllBytes(projectRoot().resolve("corpus/seeds").resolve(name));
    }

    /** Seed 004 with one wrong 表三 number: 四、结转下年度 自然人 0 → 1 (breaks 一 + 二 = （七）+ 四 and the 总计 column). */
    static byte[] wrongTable3() throws IOException {
        String text = new String(seed(SEED_2020), StandardCharsets.UTF_8);
        String from = "四、结转下年度继续办理 | 0 | 0 |";
        if (!text.contains(from)) {
            throw new IllegalStateException("seed 004 changed: " + from);
        }
        return text.replace(from, "四、结转下年度继续办理 | 1 | 0 |").getBytes(StandardCharsets.UTF_8);
    }

    static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(buf, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                z.putNextEntry(new java.util.zip.ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        }
        return buf.toByteArray();
    }

    /** A browser-like client of one service: keeps cookies, knows the CSRF token of the last page. */
    static final class Client {
        final String base;
        final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        final Map<String, String> cookies = new LinkedHashMap<>();
        final Map<String, String> headers = new LinkedHashMap<>();

        Client(WebServer server) {
            this.base = "http://127.0.0.1:" + server.port();
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
        }

        HttpResponse<byte[]> getBytes(String path) throws IOException, InterruptedException {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).GET();
            decorate(b);
            HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            remember(r);
            return r;
        }

        /** The CSRF token: from the cookie set by a page (fetches the home page if none yet). */
        String csrf() throws IOException, InterruptedException {
            if (!cookies.containsKey(WebServer.CSRF_COOKIE)) {
                get("/");
            }
            return cookies.get(WebServer.CSRF_COOKIE);
        }

        HttpResponse<String> postFiles(String path, Map<String, String> fields, List<Map.Entry<String, byte[]>> files)
                throws IOException, InterruptedException {
            return postFiles(path, fields, files, false);
        }

        /**
         * A multipart upload; {@code chunked} sends it without a Content-Length (as a stream of unknown
         * length), so only the server's multipart parser can tell that it is too large.
         */
        HttpResponse<String> postFiles(String path, Map<String, String> fields, List<Map.Entry<String, byte[]>> files,
                                       boolean chunked) throws IOException, InterruptedException {
            String boundary = "----nianbaoTest" + System.nanoTime();
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            for (Map.Entry<String, String> f : fields.entrySet()) {
                body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n\r\n"
                        + f.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
            for (Map.Entry<String, byte[]> f : files) {
                body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + f.getKey()
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
                body.write(f.getValue());
                body.write("\r\n".getBytes(StandardCharsets.UTF_8));
            }
            body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            byte[] bytes = body.toByteArray();
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary);
            if (chunked) {
                // HTTP/1.1 sends a body of unknown length with chunked transfer coding
                b.version(HttpClient.Version.HTTP_1_1)
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(bytes)));
            } else {
                b.POST(HttpRequest.BodyPublishers.ofByteArray(bytes));
            }
            return send(b);
        }

        HttpResponse<String> postForm(String path, Map<String, String> fields) throws IOException, InterruptedException {
            StringBuilder sb = new StringBuilder();
            for (Map.Entry<String, String> f : fields.entrySet()) {
                if (sb.length() > 0) {
                    sb.append('&');
                }
                sb.append(java.net.URLEncoder.encode(f.getKey(), StandardCharsets.UTF_8)).append('=')
                        .append(java.net.URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8));
            }
            return send(HttpRequest.newBuilder(URI.create(base + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(sb.toString())));
        }

        private HttpResponse<String> send(HttpRequest.Builder b) throws IOException, InterruptedException {
            decorate(b);
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            remember(r);
            return r;
        }

        private void decorate(HttpRequest.Builder b) {
            headers.forEach(b::header);
            if (!cookies.isEmpty()) {
                StringBuilder c = new StringBuilder();
                cookies.forEach((k, v) -> c.append(c.length() == 0 ? "" : "; ").append(k).append('=').append(v));
                b.header("Cookie", c.toString());
            }
        }

        private static final Pattern SET_COOKIE = Pattern.compile("^([^=;]+)=([^;]*)");

        private void remember(HttpResponse<?> r) {
            for (String sc : r.headers().allValues("Set-Cookie")) {
                Matcher m = SET_COOKIE.matcher(sc);
                if (m.find()) {
                    cookies.put(m.group(1).strip(), m.group(2));
                }
            }
        }
    }
}
