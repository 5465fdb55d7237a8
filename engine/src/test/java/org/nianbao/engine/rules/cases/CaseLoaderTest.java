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
    void readsSuspectExpectationsAndComparesThemWithoutOrder() throws Exception {
        Path f = write("FMT-X-002.yaml", """
                cases:
                  - name: named
                    text: "x"
                    expect:
                      - rule: FMT-X-002
                        suspects:
                          - {table: applications, row: granted, column: total, value: 3, expected: 1}
                          - {row: granted, column: natural_person, value: 3, expected: 1}
                  - name: none
                    text: "x"
                    expect:
                      - rule: FMT-X-002
                        suspects: []
                """);
        List<RuleCase> cases = CaseLoader.loadFile(f);
        List<RuleCase.SuspectCell> named = cases.get(0).expect().get(0).suspects();
        assertThat(named).hasSize(2);
        assertThat(cases.get(1).expect().get(0).suspects()).isEmpty();
        var actual = List.of(new org.nianbao.engine.rules.Finding.Suspect("applications", "granted", "natural_person", 3.0, 1.0),
                new org.nianbao.engine.rules.Finding.Suspect("applications", "granted", "total", 3.0, 1.0));
        assertThat(CaseRunner.sameSuspects(named, actual)).isTrue();
        assertThat(CaseRunner.sameSuspects(named, actual.subList(0, 1))).isFalse();
        assertThat(CaseRunner.sameSuspects(named, List.of(actual.get(0),
                new org.nianbao.engine.rules.Finding.Suspect("applications", "granted", "total", 3.0, 2.0)))).isFalse();
        assertThat(CaseRunner.sameSuspects(List.of(), List.of())).isTrue();

        Path bad = write("FMT-X-003.yaml", """
                cases:
                  - text: "x"
                    expect:
                      - rule: FMT-X-003
                        suspects: [{row: granted, column: total, value: "3"}]
                """);
        assertThatThrownBy(() -> CaseLoader.loadFile(bad)).isInstanceOf(CaseFormatException.class)
                .hasMessageContaining("suspects");
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
