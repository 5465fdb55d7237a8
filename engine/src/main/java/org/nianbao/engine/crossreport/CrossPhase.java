package org.nianbao.engine.crossreport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.nianbao.engine.archive.Archive;
import org.nianbao.engine.batch.ReportResult;
import org.nianbao.engine.model.Report;
import org.nianbao.engine.render.FactsJson;
import org.nianbao.engine.render.JsonRenderer;
import org.nianbao.engine.rules.Finding;
import org.nianbao.engine.rules.RuleEngine;
import org.nianbao.engine.rules.RuleSettings;

/**
 * Cross-report checking for a run, in two phases: {@link #digest} on each worker while the report's
 * facts are at hand (keeps only the {@link ReportDigest}, and the tables as JSON when there is an
 * archive), then {@link #complete} once every input is done: the cross-report rules, their findings
 * merged into each report's (sorted as usual), and every checked report saved to the archive in input
 * order. Findings and archive contents do not depend on the number of workers.
 */
public final class CrossPhase {
    private final CrossReport cross;
    private final AgencyNames names;
    private final Archive archive;
    private final boolean checks;

    /** A report's digest and, when archiving, its tables as JSON. */
    public record Digested(ReportDigest digest, String tablesJson) {
    }

    /**
     * @param archive the archive to compare with and save to, or null
     * @param checks  false to only archive (no cross-report rules)
     */
    public CrossPhase(RuleEngine engine, RuleSettings settings, SimilarityOptions options, AgencyNames names,
                      Archive archive, boolean checks) {
        this.cross = new CrossReport(engine, settings, options);
        this.names = names;
        this.archive = archive;
        this.checks = checks;
    }

    /** Phase one, on a worker: what phase two needs of a readable result. */
    public Digested digest(Report r) {
        return new Digested(ReportDigest.of(r, names), archive == null ? null : tablesJson(r));
    }

    /**
     * Phase two: the results with their cross-report findings added (same order); each checked report is
     * archived when there is an archive.
     *
     * @param digests one per result, null for unreadable inputs
     */
    public List<ReportResult> complete(List<ReportResult> results, List<Digested> digests) {
        List<ReportDigest> run = new ArrayList<>();
        for (Digested d : digests) {
            run.add(d == null ? null : d.digest());
        }
        List<List<Finding>> extra;
        if (checks) {
            List<ArchivedReport> stored = archive == null ? List.of()
                    : archive.reportsOfYears(CrossReport.yearsNeeded(run));
            extra = cross.analyse(run, stored);
        } else {
            extra = new ArrayList<>();
            run.forEach(d -> extra.add(List.of()));
        }
        List<ReportResult> out = new ArrayList<>(results.size());
        Instant now = Instant.now();
        for (int i = 0; i < results.size(); i++) {
            ReportResult r = results.get(i);
            if (!extra.get(i).isEmpty()) {
                List<Finding> all = new ArrayList<>(r.findings());
                all.addAll(extra.get(i));
                all.sort(Finding.ORDER);
                r = new ReportResult(r.file(), r.format(), r.agency(), r.year(), r.edition(), all, r.errorCode(),
                        r.errorMessage(), r.elapsedNanos());
            }
            out.add(r);
            if (archive != null && digests.get(i) != null) {
                archive.save(digests.get(i).digest(), digests.get(i).tablesJson(), r.findings(), now);
            }
        }
        return out;
    }

    /** The extracted tables as in {@code nianbao extract}, without the per-cell detail: {@code <table>.read/rows}. */
    static String tablesJson(Report r) {
        JsonNode tables = FactsJson.toJson(r).get("tables");
        if (tables instanceof ObjectNode o) {
            for (Iterator<JsonNode> it = o.elements(); it.hasNext(); ) {
                JsonNode t = it.next();
                if (t instanceof ObjectNode tn) {
                    tn.remove("cells");
                }
            }
        }
        try {
            return JsonRenderer.MAPPER.writeValueAsString(tables);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
