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
import org.nianbao.engine.archive.Archive;

/** The service with an archive: reviews survive a restart; checked reports and an agency's years are kept. */
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
    void withoutAnArchiveNothingIsKeptAndTheArchivePageSaysSo() throws Exception {
        try (WebServer server = WebTestSupport.start(WebTestSupport.config(temp.resolve("u")), new MemoryReviewStore())) {
            WebTestSupport.Client c = new WebTestSupport.Client(server);
            HttpResponse<String> r = c.get("/archive");
            assertThat(r.statusCode()).isEqualTo(404);
            assertThat(r.body()).contains("没有配置档案库");
            Document d = check(c, "a.txt", WebTestSupport.wrongTable3());
            assertThat(d.select("#archive-history")).isEmpty();
        }
    }
}
