package org.nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.nianbao.engine.Checker;
import org.nianbao.engine.extract.Readers;
import org.nianbao.engine.model.Cell;
import org.nianbao.engine.model.CellStatus;
import org.nianbao.engine.model.Report;
import org.nianbao.engine.rules.Finding;
import org.nianbao.engine.rules.RuleEngine;
import org.nianbao.engine.rules.RuleSettings;
import org.nianbao.engine.rules.Severity;

/**
 * The hand-made verdicts of ../shared/corpus/real (verdicts.json: every defect truly present, the
 * parts truly missing, the 表三 totals as printed), report by report, read from the file itself so
 * that a new verdict file or entry needs no new code: no 错误 the verdict does not support, every
 * listed defect gets a finding of its kind (rule ids per kind: verdict-kinds.yaml), and the 表三
 * totals equal the verdict's (null = a blank cell, "unknown" = not judged). Every *.json beside it
 * with the same shape is read too. The development corpus (../shared/corpus/dev/truth.json) is held
 * to its totals and to no 错误 where its truth says the report is complete and balanced.
 */
class VerdictsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> TOTALS = Map.of(
            "new", "new_received", "carried_over", "carried_over",
            "results_total", "results_total", "carried_forward", "carried_forward");
    private static Checker checker;
    private static JsonNode kinds;

    @BeforeAll
    static void load() throws IOException {
        checker = new Checker(Readers.standard(), RuleEngine.bundled(), RuleSettings.DEFAULTS, null);
        try (InputStream in = VerdictsTest.class.getResourceAsStream("/verdict-kinds.yaml")) {
            kinds = new ObjectMapper(new YAMLFactory()).readTree(in);
        }
    }

    private static Path shared(String sub) {
        Path root = TestFiles.projectRoot();
        for (Path p : List.of(root.resolve("../shared/corpus").resolve(sub), root.resolve("../../shared/corpus").resolve(sub))) {
            if (Files.isDirectory(p)) {
                return p.normalize();
            }
        }
        return null;
    }

    @TestFactory
    Stream<DynamicTest> realReportsAgreeWithTheirVerdicts() throws IOException {
        Path dir = shared("real");
        Assumptions.assumeTrue(dir != null, "../shared/corpus/real not found; skipping the verdicts test");
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path json : files.filter(p -> p.getFileName().toString().startsWith("verdicts")
                    && p.getFileName().toString().endsWith(".json")).sorted().toList()) {
                JsonNode verdicts = JSON.readTree(json.toFile());
                for (Iterator<Map.Entry<String, JsonNode>> it = verdicts.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    tests.add(DynamicTest.dynamicTest(e.getKey(), () -> checkVerdict(dir.resolve(e.getKey()), e.getValue())));
                }
            }
        }
        assertThat(tests).as("verdict entries").isNotEmpty();
        return tests.stream();
    }

    /** A report as read and its findings. */
    private record Checked(Report report, List<Finding> findings) {
    }

    private static Checked check(Path file) throws Exception {
        Report report = checker.extract(file, file.toString());
        return new Checked(report, checker.run(report));
    }

    private static void checkVerdict(Path file, JsonNode verdict) throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(file), "missing corpus file " + file);
        Checked r = check(file);
        String all = describe(r.findings());

        Set<String> allowedErrors = new HashSet<>();
        List<String> defects = new ArrayList<>();
        verdict.path("defects").forEach(d -> defects.add(d.asText()));
        for (String d : defects) {
            assertThat(kinds.path("kinds").has(d)).as("defect kind %s is mapped in verdict-kinds.yaml", d).isTrue();
            kinds.path("kinds").path(d).forEach(id -> allowedErrors.add(id.asText()));
        }
        if (verdict.path("sections_missing").size() > 0) {
            kinds.path("sectionsMissing").forEach(id -> allowedErrors.add(id.asText()));
        }
        for (Finding f : r.findings()) {
            if (f.severity() == Severity.ERROR) {
                assertThat(allowedErrors).as("错误 %s (%s) is not supported by the verdict %s%nall findings:%n%s",
                        f.rule(), f.message(), defects, all).contains(f.rule());
            }
        }
        Set<String> fired = new HashSet<>(r.findings().stream().map(Finding::rule).toList());
        for (String d : defects) {
            Set<String> ids = new HashSet<>();
            kinds.path("kinds").path(d).forEach(id -> ids.add(id.asText()));
            ids.retainAll(fired);
            assertThat(ids).as("defect %s has a finding of its kind%nall findings:%n%s", d, all).isNotEmpty();
        }
        checkTotals(r, verdict.path("t3"), false);
    }

    private static void checkTotals(Checked r, JsonNode t3, boolean nullMeansUnread) {
        for (Map.Entry<String, String> e : TOTALS.entrySet()) {
            JsonNode v = t3.get(e.getKey());
            if (v == null || v.isTextual() && "unknown".equals(v.asText())) {
                continue;
            }
            Cell c = r.report() == null ? null : r.report().cell("applications", e.getValue(), "total");
            assertThat(c).as("表三 %s 总计", e.getValue()).isNotNull();
            if (v.isNull()) {
                if (nullMeansUnread) {
                    assertThat(c.getStatus()).as("表三 %s 总计", e.getValue()).isNotEqualTo(CellStatus.NUMBER);
                } else {
                    assertThat(c.getStatus()).as("表三 %s 总计 is blank", e.getValue()).isEqualTo(CellStatus.BLANK);
                }
            } else {
                assertThat(c.getStatus()).as("表三 %s 总计 read", e.getValue()).isEqualTo(CellStatus.NUMBER);
                assertThat(c.getValue()).as("表三 %s 总计", e.getValue()).isEqualTo(v.asDouble());
            }
        }
    }

    @TestFactory
    Stream<DynamicTest> devReportsKeepTheirTruth() throws IOException {
        Path dir = shared("dev");
        Assumptions.assumeTrue(dir != null && Files.isRegularFile(dir.resolve("truth.json")),
                "../shared/corpus/dev/truth.json not found; skipping");
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode entry : JSON.readTree(dir.resolve("truth.json").toFile())) {
            Path file = dir.resolve(entry.get("file").asText());
            tests.add(DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
                Assumptions.assumeTrue(Files.isRegularFile(file), "missing corpus file " + file);
                Checked r = check(file);
                if (entry.path("complete").asBoolean(false) && entry.path("balanced").asBoolean(false)) {
                    assertThat(r.findings().stream().filter(f -> f.severity() == Severity.ERROR).map(Finding::rule))
                            .as("a complete, balanced report of the truth gets no 错误:%n%s", describe(r.findings()))
                            .isEmpty();
                }
                checkTotals(r, entry, true);
            }));
        }
        return tests.stream();
    }

    private static String describe(List<Finding> findings) {
        StringBuilder sb = new StringBuilder();
        for (Finding f : findings) {
            sb.append("  ").append(f.severity()).append(' ').append(f.rule()).append(' ').append(f.message()).append('\n');
        }
        return sb.toString();
    }
}
