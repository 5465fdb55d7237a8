package org.nianbao.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WebServerTest {
    @TempDir
    Path temp;

    WebServer server;
    WebTestSupport.Client client;

    @BeforeEach
    void start() {
        server = WebTestSupport.start(WebTestSupport.config(temp.resolve("uploads")), new MemoryReviewStore());
        client = new WebTestSupport.Client(server);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> check(String name, byte[] content) throws Exception {
        return client.postFiles("/check", Map.of(WebServer.CSRF_FIELD, client.csrf()), List.of(Map.entry(name, content)));
    }

    @Test
    void homePageHasTheUploadForm() throws Exception {
        HttpResponse<String> r = client.get("/");
        assertThat(r.statusCode()).isEqualTo(200);
        Document d = Jsoup.parse(r.body());
        Element form = d.selectFirst("form#upload-form");
        assertThat(form).isNotNull();
        assertThat(form.select("input[type=file][name=file]")).hasSize(1);
        assertThat(form.select("button[type=submit]")).hasSize(1);
        assertThat(r.headers().firstValue("Content-Security-Policy").orElse("")).contains("default-src 'self'");
        // every asset is the service's own
        for (Element e : d.select("script[src], link[href]")) {
            assertThat(e.attr("src") + e.attr("href")).startsWith("/assets/");
        }
        assertThat(client.get("/assets/app.js").statusCode()).isEqualTo(200);
        assertThat(client.get("/assets/app.css").body()).contains("data-state=error");
    }

    @Test
    void wrongTable3NumberIsShownWithItsIdentityAndMarkedCells() throws Exception {
        HttpResponse<String> r = check("报告.txt", WebTestSupport.wrongTable3());
        assertThat(r.statusCode()).isEqualTo(200);
        Document d = Jsoup.parse(r.body());
        assertThat(d.select("li.finding[data-rule=FMT-T3-001]")).hasSize(1);
        Element f = d.selectFirst("li.finding[data-rule=FMT-T3-001]");
        assertThat(f.selectFirst("p.identity").text())
                .isEqualTo("“自然人”列：一 + 二 = 2 + 0 = 2 ≠ （七）+ 四 = 2 + 1 = 3");
        assertThat(f.selectFirst("dd.where").text()).contains("表三");
        assertThat(f.selectFirst("dd.article").text()).contains("国办公开办函");
        // the engine names the changed cell as the one most likely wrong, with the value it should hold
        Element cell = d.selectFirst("td[data-cell=applications.carried_forward.natural_person]");
        assertThat(cell.text()).startsWith("1");
        assertThat(cell.attr("data-state")).isEqualTo("suspect");
        assertThat(cell.selectFirst(".should").text()).isEqualTo("应为 0");
        assertThat(f.selectFirst("p.suspect").text()).contains("表三 “四、结转下年度继续办理”行 “自然人”列").contains("应为 0");
        assertThat(d.selectFirst("td[data-cell=applications.results_total.natural_person]").attr("data-state")).isEqualTo("error");
        assertThat(d.selectFirst("td[data-cell=applications.new_received.natural_person]").attr("data-state")).isEqualTo("error");
        // a cell no finding touches is not marked
        assertThat(d.selectFirst("td[data-cell=applications.granted.research]").hasAttr("data-state")).isFalse();
        // all three tables, 表三 in the 2019 layout (23 rows), 表四 with its 15 cells
        assertThat(d.select("td[data-cell^=applications.]")).hasSize(23 * 7);
        assertThat(d.select("td[data-cell^=review_litigation.]")).hasSize(15);
        assertThat(d.select("td[data-cell^=proactive.]")).isNotEmpty();
        // verdict counts and the missing part in place
        assertThat(d.selectFirst(".verdict .count[data-severity=ERROR] b").text()).isEqualTo("3");
        assertThat(d.selectFirst(".missing[data-rule=FMT-SEC-001]").text()).contains("六、其他需要报告的事项");
        // nothing of the upload is left on disk
        try (var s = Files.list(temp.resolve("uploads"))) {
            assertThat(s.filter(p -> p.getFileName().toString().startsWith("upload-")).toList()).isEmpty();
        }
    }

    @Test
    void reportTextAndFileNamesAreEscaped() throws Exception {
        String evil = "<script>alert('x')</script><img src=x onerror=alert(1)>";
        String text = new String(WebTestSupport.seed(WebTestSupport.SEED_2020), StandardCharsets.UTF_8)
                .replace("鞍山市行政审批局", "鞍山市" + evil + "局")
                .replace("全面贯彻落实", evil + "全面贯彻落实");
        String evilName = "<img src=x onerror=alert(1)>.txt";
        HttpResponse<String> r = check(evilName, text.getBytes(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).doesNotContain("<script>alert").doesNotContain("<img src=x");
        Document d = Jsoup.parse(r.body());
        assertThat(d.select("script")).allSatisfy(s -> assertThat(s.attr("src")).isEqualTo("/assets/app.js"));
        assertThat(d.select("img")).isEmpty();
        assertThat(d.selectFirst("h1.file-name").text()).contains(evilName);
        assertThat(d.text()).contains(evil);
    }

    @Test
    void uploadsBeyondTheSizeLimitAre413() throws Exception {
        server.close();
        WebConfig small = new WebConfig("127.0.0.1", 0, 1024 * 1024, 50, null, null, temp.resolve("u2"), 1);
        server = WebTestSupport.start(small, new MemoryReviewStore());
        client = new WebTestSupport.Client(server);
        byte[] big = new byte[2 * 1024 * 1024];
        HttpResponse<String> r = check("big.txt", big);
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.body()).contains("上传的文件太大").doesNotContain("Exception").doesNotContain("at org.");
        HttpResponse<String> api = client.postFiles("/api/check", Map.of(), List.of(Map.entry("big.txt", big)));
        assertThat(api.statusCode()).isEqualTo(413);
        assertThat(api.body()).contains("\"status\":413");
    }

    @Test
    void uploadsOfUnknownLengthBeyondTheSizeLimitAreRefusedAndTheServiceGoesOn() throws Exception {
        // no Content-Length (browsers' form uploads always send one): the multipart parser itself stops at
        // the limit. Jetty 12 then ends the exchange; depending on timing the client reads the 413 page or
        // sees the connection closed (README, Known gaps). Never anything else, and the service goes on.
        server.close();
        WebConfig small = new WebConfig("127.0.0.1", 0, 1024 * 1024, 50, null, null, temp.resolve("u3"), 1);
        server = WebTestSupport.start(small, new MemoryReviewStore());
        client = new WebTestSupport.Client(server);
        byte[] big = new byte[2 * 1024 * 1024];
        refusedOrCut(() -> client.postFiles("/check", Map.of(WebServer.CSRF_FIELD, client.csrf()),
                List.of(Map.entry("big.txt", big)), true), "上传的文件太大");
        refusedOrCut(() -> client.postFiles("/api/check", Map.of(),
                List.of(Map.entry("a.txt", new byte[600 * 1024]), Map.entry("b.txt", new byte[600 * 1024])), true),
                "\"status\":413");
        // within the limit, a chunked upload is checked as usual
        HttpResponse<String> ok = client.postFiles("/api/check", Map.of(),
                List.of(Map.entry("a.txt", WebTestSupport.seed(WebTestSupport.SEED_2020))), true);
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).contains("\"status\" : \"checked\"");
    }

    private static void refusedOrCut(java.util.concurrent.Callable<HttpResponse<String>> upload, String page)
            throws Exception {
        HttpResponse<String> r;
        try {
            r = upload.call();
        } catch (java.io.IOException closed) {
            return; // the connection was closed on the refused upload
        }
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.body()).contains(page).doesNotContain("Exception");
    }

    @Test
    void farMoreFilesThanTheLimitAre400WithTheLimitNamed() throws Exception {
        // past the files limit plus the form's fields, the multipart parser stops reading parts
        List<Map.Entry<String, byte[]>> files = new java.util.ArrayList<>();
        for (int i = 0; i < 50 + WebServer.FORM_FIELDS + 10; i++) {
            files.add(Map.entry("r" + i + ".txt", "x".getBytes(StandardCharsets.UTF_8)));
        }
        HttpResponse<String> r = client.postFiles("/check", Map.of(WebServer.CSRF_FIELD, client.csrf()), files);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("一次最多上传 50 个文件").doesNotContain("格式有误");
    }

    @Test
    void aFilesLimitAboveTheServersDefaultPartsLimitHolds() throws Exception {
        // Jetty parses at most 1,000 parts by default; a larger --max-files must still be honoured
        server.close();
        WebConfig many = new WebConfig("127.0.0.1", 0, 8L * 1024 * 1024, 1100, null, null, temp.resolve("u4"), 2);
        server = WebTestSupport.start(many, new MemoryReviewStore());
        client = new WebTestSupport.Client(server);
        List<Map.Entry<String, byte[]>> files = new java.util.ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            files.add(Map.entry("r" + i + ".txt", "x".getBytes(StandardCharsets.UTF_8)));
        }
        HttpResponse<String> r = client.postFiles("/api/check", Map.of(), files);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("\"files\" : 1001");
    }

    @Test
    void tooManyFilesAre400() throws Exception {
        List<Map.Entry<String, byte[]>> files = new java.util.ArrayList<>();
        for (int i = 0; i < 51; i++) {
            files.add(Map.entry("r" + i + ".txt", "x".getBytes(StandardCharsets.UTF_8)));
        }
        HttpResponse<String> r = client.postFiles("/api/check", Map.of(), files);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("最多");
        // a zip whose entries exceed the limit is refused the same way
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 0; i < 51; i++) {
            entries.put("r" + i + ".txt", "x".getBytes(StandardCharsets.UTF_8));
        }
        HttpResponse<String> z = client.postFiles("/check", Map.of(WebServer.CSRF_FIELD, client.csrf()),
                List.of(Map.entry("all.zip", WebTestSupport.zip(entries))));
        assertThat(z.statusCode()).isEqualTo(400);
        assertThat(z.body()).contains("请求有误");
        // refused uploads are deleted too
        try (var s = Files.list(temp.resolve("uploads"))) {
            assertThat(s.filter(p -> p.getFileName().toString().startsWith("upload-")).toList()).isEmpty();
        }
    }

    @Test
    void unsafeZipEntriesAreRefusedAndListed() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("../evil.txt", "x".getBytes(StandardCharsets.UTF_8));
        entries.put("ok.txt", WebTestSupport.seed(WebTestSupport.SEED_2020));
        HttpResponse<String> r = client.postFiles("/api/check", Map.of(), List.of(Map.entry("p.zip", WebTestSupport.zip(entries))));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("\"file\" : \"p.zip!/../evil.txt\"").contains("zip-unsafe-path")
                .contains("\"file\" : \"p.zip!/ok.txt\"");
        assertThat(temp.resolve("evil.txt")).doesNotExist();
    }

    @Test
    void folderUploadsKeepTheirPathsForDisplayOnlyAndSkipHiddenAndNoteFiles() throws Exception {
        byte[] seed = WebTestSupport.seed(WebTestSupport.SEED_2020);
        HttpResponse<String> r = client.postFiles("/api/check", Map.of(), List.of(
                Map.entry("省/鞍山市/2020.txt", seed), Map.entry("省/.git/config", seed), Map.entry("省/README.md", seed),
                Map.entry("../../../tmp/evil.txt", seed)));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("\"file\" : \"省/鞍山市/2020.txt\"").contains("\"file\" : \"tmp/evil.txt\"")
                .doesNotContain(".git").doesNotContain("README.md").contains("\"files\" : 2");
        assertThat(CheckService.displayName("C:\\Users\\a\\..\\报告.doc")).isEqualTo("Users/a/报告.doc");
        assertThat(CheckService.displayName("../..")).isEqualTo("未命名文件");
    }

    @Test
    void formPostsNeedTheCsrfToken() throws Exception {
        client.get("/");
        HttpResponse<String> r = client.postFiles("/check", Map.of(), List.of(Map.entry("a.txt", WebTestSupport.seed(WebTestSupport.SEED_2020))));
        assertThat(r.statusCode()).isEqualTo(403);
        HttpResponse<String> wrong = client.postFiles("/check", Map.of(WebServer.CSRF_FIELD, "0".repeat(32)),
                List.of(Map.entry("a.txt", WebTestSupport.seed(WebTestSupport.SEED_2020))));
        assertThat(wrong.statusCode()).isEqualTo(403);
        client.headers.put("Origin", "http://evil.example");
        HttpResponse<String> foreign = check("a.txt", WebTestSupport.seed(WebTestSupport.SEED_2020));
        assertThat(foreign.statusCode()).isEqualTo(403);
    }

    @Test
    void errorsArePagesInChineseWithoutStackTraces() throws Exception {
        HttpResponse<String> r = client.get("/jobs/nope");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.body()).contains("没有找到").doesNotContain("Exception");
        assertThat(client.get("/no/such/page").body()).contains("页面不存在");
        // a loopback service answers only to loopback names (no DNS rebinding)
        try (java.net.Socket s = new java.net.Socket("127.0.0.1", server.port())) {
            s.getOutputStream().write("GET / HTTP/1.1\r\nHost: attacker.example\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            String status = new String(s.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
            assertThat(status).isEqualTo("HTTP/1.1 403");
        }
        // a request Jetty itself cannot parse, and a malformed upload: Chinese pages, no stack trace
        try (java.net.Socket s = new java.net.Socket("127.0.0.1", server.port())) {
            s.getOutputStream().write("GET /%zz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            String answer = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 400").contains("请求格式有误").doesNotContain("at org.");
        }
        HttpResponse<String> bad = client.http.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(client.base + "/api/check"))
                .header("Content-Type", "multipart/form-data; boundary=zz")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("0123456789")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("格式有误");
    }

    @Test
    void reviewDecisionsComeBackForTheSameContentAndGoIntoTheRectificationList() throws Exception {
        Document d = Jsoup.parse(check("a.txt", WebTestSupport.wrongTable3()).body());
        Element f = d.selectFirst("li.finding[data-rule=FMT-T3-001]");
        String action = f.selectFirst("form.review").attr("action");
        String key = f.attr("data-key");
        Map<String, String> form = new LinkedHashMap<>();
        form.put(WebServer.CSRF_FIELD, client.csrf());
        form.put("finding", key);
        form.put("decision", "confirmed");
        form.put("note", "请在 3 月前改正 <b>");
        HttpResponse<String> r = client.postForm(action, form);
        assertThat(r.statusCode()).isEqualTo(303);
        // dismiss another finding
        Element sec = d.selectFirst("li.finding[data-rule=FMT-SEC-001]");
        form.put("finding", sec.attr("data-key"));
        form.put("decision", "dismissed");
        form.put("note", "该机关为部门，已在其他栏目说明");
        assertThat(client.postForm(action, form).statusCode()).isEqualTo(303);
        // without the token: refused, nothing recorded
        Map<String, String> noToken = new LinkedHashMap<>(form);
        noToken.remove(WebServer.CSRF_FIELD);
        assertThat(client.postForm(action, noToken).statusCode()).isEqualTo(403);

        // the same content uploaded again (another name, another job) shows the decisions
        Document again = Jsoup.parse(check("again.txt", WebTestSupport.wrongTable3()).body());
        Element f2 = again.selectFirst("li.finding[data-rule=FMT-T3-001]");
        assertThat(f2.attr("data-key")).isEqualTo(key);
        assertThat(f2.attr("data-review")).isEqualTo("confirmed");
        assertThat(f2.selectFirst("p.review-state").text()).contains("确认").contains("请在 3 月前改正 <b>");
        Element s2 = again.selectFirst("li.finding[data-rule=FMT-SEC-001]");
        assertThat(s2.attr("data-review")).isEqualTo("dismissed");
        assertThat(s2.hasClass("dismissed")).isTrue();
        assertThat(again.selectFirst(".missing[data-rule=FMT-SEC-001]").hasClass("dismissed")).isTrue();

        String xlsxLink = again.selectFirst("a.rect-xlsx").attr("href");
        HttpResponse<byte[]> x = client.getBytes(xlsxLink);
        assertThat(x.statusCode()).isEqualTo(200);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(x.body()))) {
            Sheet sh = wb.getSheet("整改清单");
            Map<String, String> decisionByRule = new LinkedHashMap<>();
            for (Row row : sh) {
                if (row.getRowNum() > 0) {
                    decisionByRule.put(row.getCell(3).getStringCellValue(), row.getCell(11).getStringCellValue());
                }
            }
            assertThat(decisionByRule).containsEntry("FMT-T3-001", "确认").containsEntry("FMT-SEC-001", "驳回")
                    .containsEntry("REG-PER-001", "待审核");
        }
        String csv = client.get(xlsxLink.replace("rectification/xlsx", "rectification/csv")).body();
        assertThat(csv).startsWith("\uFEFF文件,").contains("FMT-T3-001").contains("确认");
    }

    @Test
    void auditZipShowsProgressThenTheDashboard() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("甲/2020.txt", WebTestSupport.seed(WebTestSupport.SEED_2020));
        entries.put("乙/2021.txt", WebTestSupport.seed(WebTestSupport.SEED_2021));
        entries.put("丙/wrong.txt", WebTestSupport.wrongTable3());
        entries.put("丁/empty.txt", new byte[0]);
        HttpResponse<String> r = client.postFiles("/audit", Map.of(WebServer.CSRF_FIELD, client.csrf()),
                List.of(Map.entry("省.zip", WebTestSupport.zip(entries))));
        assertThat(r.statusCode()).isEqualTo(303);
        String job = r.headers().firstValue("Location").orElseThrow();
        String id = job.substring(job.lastIndexOf('/') + 1);
        String state = "";
        for (int i = 0; i < 300 && !state.contains("\"state\":\"done\""); i++) {
            state = client.get("/api/jobs/" + id).body();
            Thread.sleep(100);
        }
        assertThat(state).contains("\"state\":\"done\"").contains("\"total\":4");
        Document d = Jsoup.parse(client.get(job).body());
        assertThat(d.selectFirst("#dashboard")).isNotNull();
        assertThat(d.select("table#reports tbody tr")).hasSize(4);
        assertThat(d.select("#chart-rules svg g.bar")).isNotEmpty();
        assertThat(d.select("#chart-agencies svg g.bar")).isNotEmpty();
        assertThat(d.select("#chart-rules g.bar[data-label^=FMT-T3-001]")).hasSize(1);
        assertThat(d.select("table#reports tr[data-status=unreadable]")).hasSize(1);
        String drill = d.select("a.report-link:contains(wrong.txt)").attr("href");
        Document report = Jsoup.parse(client.get(drill).body());
        assertThat(report.select("li.finding[data-rule=FMT-T3-001]")).hasSize(1);
        HttpResponse<byte[]> xlsx = client.getBytes(job + "/download/xlsx");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.body()).startsWith(new byte[] {'P', 'K'});
    }

    @Test
    void anAgencysYearsInOneUploadAreShownSideBySide() throws Exception {
        byte[] y2020 = WebTestSupport.seed(WebTestSupport.SEED_2020);
        byte[] y2019 = new String(y2020, StandardCharsets.UTF_8).replace("2020", "2019").replace("2021", "2020")
                .getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> r = client.postFiles("/check", Map.of(WebServer.CSRF_FIELD, client.csrf()),
                List.of(Map.entry("a2020.txt", y2020), Map.entry("a2019.txt", y2019),
                        Map.entry("other.txt", WebTestSupport.seed(WebTestSupport.SEED_2021))));
        Document d = Jsoup.parse(r.body());
        Element row = d.selectFirst("#agency-history tr[data-agency=鞍山市行政审批局]");
        assertThat(row).isNotNull();
        assertThat(row.select("td[data-year=2019] a").attr("href")).endsWith("/reports/1");
        assertThat(row.select("td[data-year=2020] a").attr("href")).endsWith("/reports/0");
        assertThat(d.select("#agency-history tr[data-agency]")).hasSize(1);
    }

    @Test
    void aNonLoopbackHostNeedsTheTokenOnEveryRequest() throws Exception {
        server.close();
        WebConfig open = new WebConfig("0.0.0.0", 0, 8L * 1024 * 1024, 50, null, null, temp.resolve("u3"), 1);
        assertThatThrownBy(() -> new WebServer(open, WebTestSupport.checker(), "t", new MemoryReviewStore()))
                .isInstanceOf(IllegalArgumentException.class);
        server = WebTestSupport.start(open.withToken("s3cret-token-123"), new MemoryReviewStore());
        assertThat(server.url()).endsWith("?token=s3cret-token-123");
        client = new WebTestSupport.Client(server);
        HttpResponse<String> none = client.get("/");
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.body()).contains("访问令牌");
        assertThat(client.get("/assets/app.css").statusCode()).isEqualTo(401);
        assertThat(client.postFiles("/api/check", Map.of(), List.of(Map.entry("a.txt", WebTestSupport.seed(WebTestSupport.SEED_2020))))
                .statusCode()).isEqualTo(401);
        assertThat(client.get("/?token=wrong").statusCode()).isEqualTo(401);
        // the printed address works and leaves a cookie for the next requests
        HttpResponse<String> first = client.get("/?token=s3cret-token-123");
        assertThat(first.statusCode()).isEqualTo(303);
        assertThat(first.headers().firstValue("Location")).hasValue("/");
        assertThat(client.cookies).containsKey(WebServer.TOKEN_COOKIE);
        assertThat(client.get("/audit").statusCode()).isEqualTo(200);
        WebTestSupport.Client api = new WebTestSupport.Client(server);
        api.headers.put("X-Nianbao-Token", "s3cret-token-123");
        assertThat(api.postFiles("/api/check", Map.of(), List.of(Map.entry("a.txt", WebTestSupport.seed(WebTestSupport.SEED_2020))))
                .statusCode()).isEqualTo(200);
    }
}
