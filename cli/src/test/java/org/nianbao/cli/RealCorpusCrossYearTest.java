package org.nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The cross-report findings on the real set (../shared/corpus/real) agree with the hand-made
 * crossyear.json pair by pair — a new pair there needs no new code — and reports of different agencies
 * of the same year (which share the national template and local wording) get no 内容雷同 finding.
 */
class RealCorpusCrossYearTest {
    static Path dir;
    static JsonNode truth;
    static Map<String, JsonNode> reports = new TreeMap<>();

    @BeforeAll
    static void run() throws Exception {
        dir = Path.of("..", "..", "shared", "corpus", "real");
        if (!Files.isDirectory(dir)) {
            dir = Path.of("..", "shared", "corpus", "real");
        }
        Assumptions.assumeTrue(Files.isRegularFile(dir.resolve("crossyear.json")),
                "shared corpus not present (../shared/corpus/real/crossyear.json): cross-year agreement not checked");
        truth = new ObjectMapper().readTree(dir.resolve("crossyear.json").toFile());
        CliRunner.Result r = CliRunner.run("check", "--format", "json", dir.toString());
        assertThat(r.err()).doesNotContain("Exception");
        for (JsonNode rep : new ObjectMapper().readTree(r.out()).get("reports")) {
            reports.put(Path.of(rep.get("file").asText()).getFileName().toString(), rep);
        }
    }

    static String stem(String file) {
        String n = Path.of(file).getFileName().toString();
        return n.contains(".") ? n.substring(0, n.lastIndexOf('.')) : n;
    }

    /** The later report's cross-report findings that name the earlier report (in any of its forms). */
    static List<JsonNode> about(String later, String earlier) {
        List<JsonNode> out = new ArrayList<>();
        JsonNode rep = reports.get(later);
        assertThat(rep).as("report %s in the output", later).isNotNull();
        for (JsonNode f : rep.get("findings")) {
            if (f.has("related") && stem(f.get("related").get("file").asText()).equals(stem(earlier))) {
                out.add(f);
            }
        }
        return out;
    }

    static boolean has(List<JsonNode> findings, String... rules) {
        Set<String> want = Set.of(rules);
        return findings.stream().anyMatch(f -> want.contains(f.get("rule").asText()));
    }

    @Test
    void agreesWithCrossyearPairByPair() {
        List<String> disagreements = new ArrayList<>();
        int heavyWarnings = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = truth.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String[] pair = e.getKey().split("\\|");
            JsonNode t = e.getValue();
            List<JsonNode> f = about(pair[1], pair[0]);
            String where = e.getKey() + ": ";
            switch (t.get("carried_continuity").asText()) {
                case "ok" -> {
                    if (has(f, "CRS-CARRY-001")) {
                        disagreements.add(where + "carried-over finding on a continuous pair");
                    }
                }
                case "broken" -> {
                    if (!has(f, "CRS-CARRY-001")) {
                        disagreements.add(where + "broken carry-over not found");
                    }
                }
                default -> { }
            }
            switch (t.get("norms_stock").asText()) {
                case "ok" -> {
                    if (has(f, "CRS-STOCK-001", "CRS-STOCK-002")) {
                        disagreements.add(where + "stock mismatch reported on a consistent pair");
                    }
                }
                case "broken" -> {
                    // found, or said that it could not be checked (cells not readable, editions differ)
                    if (!has(f, "CRS-STOCK-001", "CRS-STOCK-002", "CRS-STOCK-003", "CRS-STOCK-004")) {
                        disagreements.add(where + "broken stock neither found nor reported as uncheckable");
                    }
                }
                default -> {
                    if (f.stream().anyMatch(x -> x.get("rule").asText().startsWith("CRS-STOCK")
                            && x.get("severity").asText().equals("ERROR"))) {
                        disagreements.add(where + "ERROR on an undecidable stock");
                    }
                }
            }
            switch (t.get("copied_text").asText()) {
                case "heavy" -> {
                    if (!has(f, "CRS-SIM-001", "CRS-SIM-002")) {
                        disagreements.add(where + "heavy copy not found");
                    }
                    heavyWarnings += has(f, "CRS-SIM-001") ? 1 : 0;
                }
                case "partial" -> {
                    if (has(f, "CRS-SIM-001")) {
                        disagreements.add(where + "partial copy raised above 提示");
                    }
                }
                default -> {
                    if (has(f, "CRS-SIM-001", "CRS-SIM-002")) {
                        disagreements.add(where + "copy reported on rewritten text");
                    }
                }
            }
        }
        assertThat(disagreements).isEmpty();
        assertThat(heavyWarnings).as("at least one heavy copy is a 警告").isPositive();
    }

    @Test
    void differentAgenciesOfTheSameYearAreNotSimilar() {
        for (JsonNode rep : reports.values()) {
            for (JsonNode f : rep.get("findings")) {
                assertThat(f.get("rule").asText()).as(rep.get("file").asText() + " " + f).isNotEqualTo("CRS-SIM-003");
            }
        }
    }

    /** Last year's reports only in the archive give the same cross-report findings as one run over all years. */
    @Test
    void theArchiveStandsInForLastYearsFiles(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        Path db = tmp.resolve("archive.db");
        assertThat(CliRunner.run("check", "--archive", db.toString(), "--format", "json", dir.toString()).code())
                .isIn(0, 1, 3);
        Path latest = tmp.resolve("2025");
        Files.createDirectories(latest);
        try (var files = Files.list(dir)) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith("2025-")).toList()) {
                Files.copy(f, latest.resolve(f.getFileName()));
            }
        }
        CliRunner.Result r = CliRunner.run("check", "--archive", db.toString(), "--format", "json", latest.toString());
        int compared = 0;
        for (JsonNode rep : new ObjectMapper().readTree(r.out()).get("reports")) {
            String name = Path.of(rep.get("file").asText()).getFileName().toString();
            assertThat(crossFindings(rep)).as(name).isEqualTo(crossFindings(reports.get(name)));
            compared += crossFindings(rep).size();
        }
        assertThat(compared).as("cross-report findings compared").isPositive();
    }

    /**
     * Rule, severity, the other report, and what was found, except similarity shares: those depend on
     * the boilerplate learnt from the reports at hand (all years in one run, two years with an archive).
     */
    private static List<String> crossFindings(JsonNode rep) {
        List<String> out = new ArrayList<>();
        for (JsonNode f : rep.get("findings")) {
            if (f.get("rule").asText().startsWith("CRS-")) {
                boolean share = f.get("rule").asText().startsWith("CRS-SIM-");
                out.add(f.get("rule").asText() + " " + f.get("severity").asText() + " "
                        + stem(f.get("related").get("file").asText()) + " " + (share ? "" : f.get("actual")));
            }
        }
        return out;
    }

    @Test
    void noCrossReportErrorOnTheRealSet() {
        // every pair's carry-over is continuous (crossyear.json); the other cross checks are never errors
        for (JsonNode rep : reports.values()) {
            for (JsonNode f : rep.get("findings")) {
                if (f.get("rule").asText().startsWith("CRS-")) {
                    assertThat(f.get("severity").asText()).as(rep.get("file").asText() + " " + f).isNotEqualTo("ERROR");
                }
            }
        }
    }
}
