package org.nianbao.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.time.Instant;
import org.nianbao.engine.archive.Archive;
import org.nianbao.engine.crossreport.ReportDigest;
import org.nianbao.engine.rules.Finding;
import org.nianbao.engine.rules.Severity;

/**
 * The service with an archive: reviews survive a restart; checked reports and an agency's years are kept;
 * an archived report opens as its full page (tables drawn from the archive, findings, review forms).
 */
class WebArchiveTest {
    @TempDir
    Path temp;

    private WebServer start(Path archiveFile) {
        Archive archive = Archive.open(archiveFile);
        return WebTestSupport.start(WebTestSupport.config(temp.resolve("uploads")), new ArchiveReviewStore(archive),
                archive);
    }

    private static Document check(WebTestSupport.Client c, String name, byte[] content) throws Exception {
        HttpResponse<String> r = c.postFiles("/check", Map.of(WebServer.CSRF_FIELD, c.csrf()), List.of(Map.entry(name, content)));
        assertThat(r.statusCode()).isEqualTo(200);
        return Jsoup.parse(r.body());
    }

    @Test
    void reviewDecisionsSurviveARestartAndTheArchiveShowsAnAgencysYears() throws Exception {
        Path file = temp.resolve("archive.db");
        String key;
        try (WebServer server = start(file)) {
            WebTestSupport.Client c = new WebTestSupport.Client(server);
            Document d = check(c, "2020.txt", WebTestSupport.wrongTable3());
            Element f = d.selectFirst("li.finding[data-rule=FMT-T3-001]");
            key = f.attr("data-key");
            Map<String, String> form = new LinkedHashMap<>();
            form.put(WebServer.CSRF_FIELD, c.csrf());
            form.put("finding", key);
            form.put("decision", "confirmed");
            form.put("note", "须改正");
            assertThat(c.postForm(f.selectFirst("form.review").attr("action"), form).statusCode()).isEqualTo(303);
        }
        // a new service on the same archive file: the same report (another name) comes back with its decision
        try (WebServer server = start(file)) {
            WebTestSupport.Client c = new WebTestSupport.Client(server);
            Document d = check(c, "again.txt", WebTestSupport.wrongTable3());
            Element f = d.selectFirst("li.finding[data-rule=FMT-T3-001]");
            assertThat(f.attr("data-key")).isEqualTo(key);
            assertThat(f.attr("data-review")).isEqualTo("confirmed");
            assertThat(f.selectFirst("p.review-state").text()).contains("须改正");

            // another year of the same agency: its page lists both years from the archive
            byte[] y2019 = new String(WebTestSupport.seed(WebTestSupport.SEED_2020), StandardCharsets.UTF_8)
                    .replace("2020", "2019").replace("2021", "2020").getBytes(StandardCharsets.UTF_8);
            Document other = check(c, "2019.txt", y2019);
            assertThat(other.select("#archive-history tr[data-year=2019]")).isNotEmpty();
            assertThat(other.select("#archive-history tr[data-year=2020]")).isNotEmpty();

            Document index = Jsoup.parse(c.get("/archive").body());
            Element agency = index.selectFirst("#archive-agencies a");
            assertThat(agency.text()).isEqualTo("鞍山市行政审批局");
            Document history = Jsoup.parse(c.get(agency.attr("href")).body());
            assertThat(history.select("section.archived-report[data-year=2019]")).isNotEmpty();
            assertThat(history.select("section.archived-report[data-year=2020] tr[data-rule=FMT-T3-001][data-review=confirmed]"))
                    .isNotEmpty();
        }
    }

    @Test
    void anArchivedReportOpensAsItsFullPageAndADecisionMadeThereSurvivesARestart() throws Exception {
        Path file = temp.resolve("archive.db");
        String href;
        Document live;
        try (WebServer server = start(file)) {
            WebTestSupport.Client c = new WebTestSupport.Client(server);
            live = check(c, "2020.txt", WebTestSupport.wrongTable3());
            // the live page's list of the agency's years links to the archived page
            href = live.selectFirst("#archive-history a.archived-report-link").attr("href");
            assertThat(href).matches("/archive/reports/[0-9]+");
            // and so does the agency page
            Document index = Jsoup.parse(c.get("/archive").body());
            Document agency = Jsoup.parse(c.get(index.selectFirst("#archive-agencies a").attr("href")).body());
            assertThat(agency.select("section.archived-report[data-year=2020] h2 a.archived-report-link").attr("href"))
                    .isEqualTo(href);
        }
        try (WebServer server = start(file)) {
            WebTestSupport.Client c = new WebTestSupport.Client(server);
            HttpResponse<String> r = c.get(href);
            assertThat(r.statusCode()).isEqualTo(200);
            Document d = Jsoup.parse(r.body());
            assertThat(d.selectFirst("h1").text()).contains("2020.txt");
            assertThat(d.selectFirst("p.meta").text()).contains("鞍山市行政审批局").contains("2020");
            // every cell drawn with the archived value, and marked as on the live page (the suspect worked out again)
            List<Element> cells = live.select("td[data-cell]");
            assertThat(cells).hasSizeGreaterThan(60);
            for (Element cell : cells) {
                Element archived = d.selectFirst("td[data-cell=" + cell.attr("data-cell") + "]");
                assertThat(archived).as(cell.attr("data-cell")).isNotNull();
                assertThat(archived.text()).as(cell.attr("data-cell")).isEqualTo(cell.text());
                assertThat(archived.attr("data-state")).as(cell.attr("data-cell")).isEqualTo(cell.attr("data-state"));
            }
            Element suspect = d.selectFirst("td[data-cell=applications.carried_forward.natural_person]");
            assertThat(suspect.attr("data-state")).isEqualTo("suspect");
            assertThat(suspect.text()).startsWith("1").contains("应为 0");
            // the findings as archived, with the same keys, identities and articles as on the live page
            assertThat(d.select("li.finding").eachAttr("data-key")).isEqualTo(live.select("li.finding").eachAttr("data-key"));
            Element f = d.selectFirst("li.finding[data-rule=FMT-T3-001]");
            Element liveF = live.selectFirst("li.finding[data-rule=FMT-T3-001]");
            assertThat(f.selectFirst("p.identity").text()).isEqualTo(liveF.selectFirst("p.identity").text());
            assertThat(f.selectFirst("dd.article").text()).isEqualTo(liveF.selectFirst("dd.article").text());
            assertThat(f.selectFirst("dd.where").text()).isEqualTo(liveF.selectFirst("dd.where").text());
            assertThat(f.selectFirst("p.suspect").text()).contains("现为 1").contains("应为 0");
            assertThat(d.select("#sections div.section[data-kind=overview]")).isNotEmpty();
            assertThat(d.select("#archive-history tr.current")).hasSize(1);

            Element form = f.selectFirst("form.review");
            assertThat(form.attr("action")).isEqualTo(href + "/review");
            Map<String, String> post = new LinkedHashMap<>();
            post.put("finding", f.attr("data-key"));
            post.put("decision", "dismissed");
            post.put("note", "已核实无误");
            assertThat(c.postForm(form.attr("action"), post).statusCode()).isEqualTo(403); // no CSRF token
            post.put(WebServer.CSRF_FIELD, c.csrf());
            HttpResponse<String> saved = c.postForm(form.attr("action"), post);
            assertThat(saved.statusCode()).isEqualTo(303);
            assertThat(saved.headers().firstValue("Location").orElseThrow()).startsWith(href + "#f-");
            post.put("finding", "FMT-T3-001@1:nothing#00000000");
            assertThat(c.postForm(form.attr("action"), post).statusCode()).isEqualTo(400);
        }
        // after a restart the decision is on the archived page, and on the live page of the same report
        try (WebServer server = start(file)) {
            WebTestSupport.Client c = new WebTestSupport.Client(server);
            Document d = Jsoup.parse(c.get(href).body());
            Element f = d.selectFirst("li.finding[data-rule=FMT-T3-001]");
            assertThat(f.attr("data-review")).isEqualTo("dismissed");
            assertThat(f.selectFirst("p.review-state").text()).contains("驳回").contains("已核实无误");
            assertThat(d.selectFirst(".verdict .note").text()).contains("1 项已被审核人员驳回");
            Document again = check(c, "again.txt", WebTestSupport.wrongTable3());
            assertThat(again.selectFirst("li.finding[data-rule=FMT-T3-001]").attr("data-review")).isEqualTo("dismissed");
        }
    }

    @Test
    void anUnknownArchivedReportIsAChinese404() throws Exception {
        try (WebServer server = start(temp.resolve("empty.db"))) {
            WebTestSupport.Client c = new WebTestSupport.Client(server);
            for (String path : List.of("/archive/reports/42", "/archive/reports/abc", "/archive/reports/99999999999999999999")) {
                HttpResponse<String> r = c.get(path);
                assertThat(r.statusCode()).as(path).isEqualTo(404);
                assertThat(Jsoup.parse(r.body()).text()).as(path).contains("档案库中没有这份报告");
            }
            Map<String, String> post = new LinkedHashMap<>();
            post.put(WebServer.CSRF_FIELD, c.csrf());
            post.put("finding", "x");
            post.put("decision", "confirmed");
            assertThat(c.postForm("/archive/reports/42/review", post).statusCode()).isEqualTo(404);
        }
    }

    @Test
    void whatAnArchivedReportSaysIsEscapedOnItsPage() throws Exception {
        Path file = temp.resolve("hostile.db");
        String name = "<img src=x onerror=alert(1)>.txt";
        String agency = "<script>alert('局')</script>局";
        long id;
        try (Archive a = Archive.open(file)) {
            ReportDigest digest = new ReportDigest(name, "text", agency, agency, 2021, "n2021", "ab".repeat(32), List.of(),
                    List.of(), List.of(new ReportDigest.SectionText("overview", "一", "总体情况<b>粗</b>",
                    "<script>body()</script>正文", null)));
            String tables = "{\"applications\":{\"read\":{\"table\":\"applications\",\"present\":true,"
                    + "\"complete\":false,\"problems\":[\"<b>坏行</b>\"]},\"rows\":{\"new_received\":"
                    + "{\"natural_person\":\"<i>七</i>\",\"total\":3}}}}";
            Finding f = new Finding("FMT-T3-004", Severity.WARNING, "<u>标题</u>", "<script>message()</script>",
                    List.of(), null, "<em>应</em>", "<em>实</em>");
            a.save(digest, tables, List.of(f), Instant.parse("2022-03-01T00:00:00Z"));
            id = a.find(name).get(0).id();
        }
        try (WebServer server = start(file)) {
            WebTestSupport.Client c = new WebTestSupport.Client(server);
            HttpResponse<String> r = c.get("/archive/reports/" + id);
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body()).doesNotContain("<script>alert").doesNotContain("<img src=x").doesNotContain("<script>body")
                    .doesNotContain("<script>message").doesNotContain("<i>七").doesNotContain("<b>坏行");
            Document d = Jsoup.parse(r.body());
            assertThat(d.select("script:not([src]), img, i, em, u")).isEmpty();
            assertThat(d.selectFirst("h1").text()).contains(name);
            assertThat(d.selectFirst("p.meta").text()).contains(agency);
            assertThat(d.selectFirst("td[data-cell=applications.new_received.natural_person]").text()).isEqualTo("<i>七</i>");
            assertThat(d.selectFirst("td[data-cell=applications.new_received.total]").text()).isEqualTo("3");
            // a cell of a read row that the archive does not hold was not read
            assertThat(d.selectFirst("td[data-cell=applications.new_received.research]").hasClass("unread")).isTrue();
            assertThat(d.selectFirst("#table-applications").text()).contains("<b>坏行</b>");
            assertThat(d.selectFirst("li.finding p.message").text()).isEqualTo("<script>message()</script>");
            assertThat(d.selectFirst("#sections").text()).contains("<script>body()</script>正文").contains("总体情况<b>粗</b>");
            // and the agency page and the archive's list link to it, escaped too
            Document index = Jsoup.parse(c.get("/archive").body());
            Document history = Jsoup.parse(c.get(index.selectFirst("#archive-agencies a").attr("href")).body());
            assertThat(history.selectFirst("a.archived-report-link").attr("href")).isEqualTo("/archive/reports/" + id);
            assertThat(history.selectFirst("a.archived-report-link").text()).isEqualTo(name);
        }
    }

    @Test
    void withoutAnArchiveNothingIsKeptAndTheArchivePageSaysSo() throws Exception {
        try (WebServer server = WebTestSupport.start(WebTestSupport.config(temp.resolve("u")), new MemoryReviewStore())) {
            WebTestSupport.Client c = new WebTestSupport.Client(server);
            HttpResponse<String> r = c.get("/archive");
            assertThat(r.statusCode()).isEqualTo(404);
            assertThat(r.body()).contains("没有配置档案库");
            HttpResponse<String> report = c.get("/archive/reports/1");
            assertThat(report.statusCode()).isEqualTo(404);
            assertThat(report.body()).contains("没有配置档案库");
            Document d = check(c, "a.txt", WebTestSupport.wrongTable3());
            assertThat(d.select("#archive-history")).isEmpty();
        }
    }
}
