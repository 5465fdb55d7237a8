package org.nianbao.engine.rules.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseLoaderTest {
    @TempDir
    Path dir;

    Path write(String name, String yaml) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, yaml);
        return p;
    }

    @Test
    void readsCasesWithDefaultsFromFileName() throws Exception {
        Path f = write("FMT-X-001.yaml", """
                cases:
                  - name: fires
                    text: "a\\tb"
                    replace:
                      - from: a
                        to: c
                    expect:
                      - rule: FMT-X-001
                        count: 2
                        message: hello
                  - name: silent
                    file: other.txt
                    edition: n2021
                    absent: [FMT-X-001]
                """);
        List<RuleCase> cases = CaseLoader.loadFile(f);
        assertThat(cases).hasSize(2);
        RuleCase a = cases.get(0);
        assertThat(a.rule()).isEqualTo("FMT-X-001");
        assertThat(a.text()).isEqualTo("a\tb");
        assertThat(a.replace()).containsExactly(new RuleCase.Replacement("a", "c"));
        assertThat(a.expect()).containsExactly(new RuleCase.Expectation("FMT-X-001", 2, "hello"));
        assertThat(a.fires()).isTrue();
        assertThat(a.silent()).isFalse();
        RuleCase b = cases.get(1);
        assertThat(b.file()).isEqualTo(dir.resolve("other.txt").toAbsolutePath().normalize());
        assertThat(b.edition()).isEqualTo("n2021");
        assertThat(b.silent()).isTrue();
        assertThat(b.fires()).isFalse();
    }

    @Test
    void refusesIncompleteCasesWithTheFileNamed() throws Exception {
        Path noInput = write("A-B-001.yaml", "cases:\n  - name: x\n    absent: [A-B-001]\n");
        assertThatThrownBy(() -> CaseLoader.loadFile(noInput)).isInstanceOf(CaseFormatException.class)
                .hasMessageContaining("A-B-001.yaml").hasMessageContaining("text");
        Path noExpect = write("A-B-002.yaml", "cases:\n  - name: x\n    text: hi\n");
        assertThatThrownBy(() -> CaseLoader.loadFile(noExpect)).hasMessageContaining("expect");
        Path unknownKey = write("A-B-003.yaml", "cases:\n  - name: x\n    text: hi\n    expected: [A]\n");
        assertThatThrownBy(() -> CaseLoader.loadFile(unknownKey)).hasMessageContaining("expected");
        Path empty = write("A-B-004.yaml", "cases: []\n");
        assertThatThrownBy(() -> CaseLoader.loadFile(empty)).hasMessageContaining("cases");
        Path badYaml = write("A-B-005.yaml", "cases: [\n");
        assertThatThrownBy(() -> CaseLoader.loadFile(badYaml)).hasMessageContaining("YAML");
    }

    @Test
    void coverageNamesRulesWithoutFiringOrSilentCases() {
        RuleCase fires = new RuleCase(dir.resolve("R-A-001.yaml"), "R-A-001", "f", "t", null, List.of(), null,
                List.of(new RuleCase.Expectation("R-A-001", null, null)), List.of());
        List<org.nianbao.engine.rules.RuleInfo> rules = List.of(
                new org.nianbao.engine.rules.RuleInfo("R-A-001", null, "t", List.of("r"), List.of(), "common", "m",
                        null, null, null, null));
        assertThat(CaseRunner.coverageProblems(rules, List.of(fires)))
                .singleElement().asString().contains("R-A-001").contains("不应报告");
    }
}
