package org.nianbao.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.nianbao.engine.Checker;
import org.nianbao.engine.batch.ReportResult;
import org.nianbao.engine.model.Report;
import org.nianbao.engine.rules.Finding;

class ReportPageTest {
    private static Job.Entry entry(List<Finding> findings, Report r) {
        return new Job.Entry(0, "a.txt", "hash", r, ReportResult.checked("a.txt", r, findings, 0), null);
    }

    private static Document render(Job.Entry e, Map<String, Review> reviews) {
        Checker c = WebTestSupport.checker();
        Job job = new Job("j1");
        job.add(e);
        job.finish(c.engine().rules());
        return ReportPage.render(job, e, reviews, "t".repeat(32), c.ruleSet().editions());
    }

    @Test
    void suspectedCellsAreMarkedWithTheValueTheyShouldHold() throws Exception {
        Checker c = WebTestSupport.checker();
        Report r = c.extract(Path.of("a.txt"), WebTestSupport.wrongTable3(), "a.txt");
        List<Finding> findings = new ArrayList<>();
        for (Finding f : c.run(r)) {
            findings.add(f.rule().equals("FMT-T3-001")
                    ? f.withSuspects(List.of(new Finding.Suspect("applications", "carried_forward", "natural_person", 1.0, 0.0)))
                    : f);
        }
        Document d = render(entry(findings, r), Map.of());
        Element cell = d.selectFirst("td[data-cell=applications.carried_forward.natural_person]");
        assertThat(cell.attr("data-state")).isEqualTo("suspect");
        assertThat(cell.selectFirst(".should").text()).isEqualTo("应为 0");
        // the other cells of the identity stay marked as breaking it
        assertThat(d.selectFirst("td[data-cell=applications.results_total.natural_person]").attr("data-state")).isEqualTo("error");
        Element f = d.selectFirst("li.finding[data-rule=FMT-T3-001]");
        assertThat(f.selectFirst("p.suspect").text()).contains("现为 1").contains("应为 0");
    }

    @Test
    void withoutSuspectsNoCellIsMarkedSuspectAndDismissedFindingsMarkNothing() throws Exception {
        Checker c = WebTestSupport.checker();
        Report r = c.extract(Path.of("a.txt"), WebTestSupport.wrongTable3(), "a.txt");
        List<Finding> findings = c.run(r).stream().map(f -> f.withSuspects(List.of())).toList();
        Document d = render(entry(findings, r), Map.of());
        assertThat(d.select("td[data-state=suspect]")).isEmpty();
        assertThat(d.select("td[data-state=error]")).isNotEmpty();
        Map<String, Review> dismissedAll = new java.util.HashMap<>();
        for (Finding f : findings) {
            String k = FindingKeys.of(f);
            dismissedAll.put(k, new Review(k, Review.DISMISSED, "", java.time.Instant.now()));
        }
        Document dd = render(entry(findings, r), dismissedAll);
        assertThat(dd.select("td[data-state]")).isEmpty();
        assertThat(dd.select("li.finding.dismissed")).hasSize(findings.size());
    }

    @Test
    void findingKeysAreStableAndDistinguishLocations() throws Exception {
        Checker c = WebTestSupport.checker();
        Report r1 = c.extract(Path.of("a.txt"), WebTestSupport.wrongTable3(), "a.txt");
        Report r2 = c.extract(Path.of("b.txt"), WebTestSupport.wrongTable3(), "b.txt");
        List<String> k1 = c.run(r1).stream().map(FindingKeys::of).toList();
        List<String> k2 = c.run(r2).stream().map(FindingKeys::of).toList();
        assertThat(k1).isEqualTo(k2).doesNotHaveDuplicates();
    }
}
