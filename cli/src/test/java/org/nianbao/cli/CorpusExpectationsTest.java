package org.nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.nianbao.engine.batch.ReportResult;
import org.nianbao.engine.Checker;
import org.nianbao.engine.extract.Readers;
import org.nianbao.engine.rules.Finding;
import org.nianbao.engine.rules.RuleEngine;
import org.nianbao.engine.rules.RuleSettings;

/**
 * Every corpus report with a sibling {@code <name>.expected.yaml} must produce exactly the listed
 * rule ids (sorted, with repeats). The expectations are the project's reviewed baseline: a change
 * in findings must update them.
 */
class CorpusExpectationsTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static Checker checker;

    @BeforeAll
    static void load() {
        checker = new Checker(Readers.standard(), RuleEngine.bundled(), RuleSettings.DEFAULTS, null);
    }

    @TestFactory
    Stream<DynamicTest> corpusReportsGiveTheirExpectedFindings() throws IOException {
        Path corpus = TestFiles.projectRoot().resolve("corpus");
        List<Path> expectations;
        try (Stream<Path> s = Files.walk(corpus)) {
            expectations = s.filter(p -> p.getFileName().toString().endsWith(".expected.yaml")).sorted().toList();
        }
        assertThat(expectations).as("expectation files under corpus/").isNotEmpty();
        return expectations.stream().map(exp -> DynamicTest.dynamicTest(exp.getFileName().toString(), () -> {
            String name = exp.getFileName().toString().replace(".expected.yaml", "");
            Path report = findReport(exp.getParent(), name);
            JsonNode node = YAML.readTree(exp.toFile());
            List<String> expected = new ArrayList<>();
            node.path("findings").forEach(n -> expected.add(n.asText().trim()));
            expected.sort(null);
            ReportResult r = checker.check(report, report.toString());
            assertThat(r.readable()).as("readable: %s", r.errorMessage()).isTrue();
            List<String> actual = new ArrayList<>(r.findings().stream().map(Finding::rule).toList());
            actual.sort(null);
            assertThat(actual).as("findings of %s:%n%s", report.getFileName(), describe(r.findings()))
                    .isEqualTo(expected);
        }));
    }

    private static Path findReport(Path dir, String stem) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> {
                String n = p.getFileName().toString();
                return !n.endsWith(".expected.yaml") && (n.equals(stem) || n.startsWith(stem + "."));
            }).findFirst().orElseThrow(() -> new IllegalStateException("no report for " + stem + " in " + dir));
        }
    }

    private static String describe(List<Finding> findings) {
        StringBuilder sb = new StringBuilder();
        for (Finding f : findings) {
            sb.append("  ").append(f.rule()).append(' ').append(f.message()).append('\n');
        }
        return sb.toString();
    }
}
