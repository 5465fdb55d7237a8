package org.nianbao.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.nianbao.engine.rules.RuleCatalog;
import org.nianbao.engine.rules.RuleEngine;
import org.nianbao.engine.rules.RuleInfo;
import org.nianbao.engine.rules.cases.CaseLoader;
import org.nianbao.engine.rules.cases.CaseResult;
import org.nianbao.engine.rules.cases.CaseRunner;
import org.nianbao.engine.rules.cases.RuleCase;

/**
 * Runs every YAML case in rules/cases (the same runner as {@code nianbao rules test}) and the meta-tests:
 * every rule has complete metadata and at least one firing and one silent case; docs/rules.md is current.
 * The rules are compiled once for the class.
 */
class RuleCasesTest {
    static final Path CASES = Path.of("cases");
    static final Path CATALOG = Path.of("..", "docs", "rules.md");

    static RuleEngine engine;
    static List<RuleCase> cases;

    @BeforeAll
    static void load() {
        engine = RuleEngine.bundled();
        cases = CaseLoader.loadDirectory(CASES);
    }

    @TestFactory
    Stream<DynamicTest> yamlCases() {
        CaseRunner runner = new CaseRunner(engine);
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.rule() + " " + c.name(), () -> {
            CaseResult r = runner.run(c);
            List<String> seen = r.findings().stream().map(f -> f.rule() + " " + f.message()).toList();
            assertThat(r.failures()).as("case %s of %s; findings: %s", c.name(), c.caseFile(), seen).isEmpty();
        }));
    }

    /** The runner must fail a case whose suspect cells differ, or the suspects expectations pass vacuously. */
    @Test
    void aCaseExpectingOtherSuspectCellsFails() {
        RuleCase base = cases.stream().filter(c -> c.rule().equals("FMT-T3-003") && c.fires()
                && c.expect().stream().anyMatch(e -> e.suspects() != null && !e.suspects().isEmpty())).findFirst().orElseThrow();
        CaseRunner runner = new CaseRunner(engine);
        assertThat(runner.run(base).failures()).isEmpty();
        RuleCase.SuspectCell right = base.expect().stream().filter(e -> e.suspects() != null).findFirst().orElseThrow()
                .suspects().get(0);
        for (List<RuleCase.SuspectCell> wrong : List.of(List.<RuleCase.SuspectCell>of(),
                List.of(new RuleCase.SuspectCell(right.table(), right.row(), right.column(), right.value(), right.expected() + 1)),
                List.of(right, new RuleCase.SuspectCell(null, "granted", "total", 1, 2)))) {
            RuleCase c = new RuleCase(base.caseFile(), base.rule(), base.name(), base.text(), base.file(), base.replace(),
                    base.edition(), List.of(new RuleCase.Expectation(base.rule(), null, null, wrong)), List.of());
            assertThat(runner.run(c).failures()).as("expecting %s", wrong).singleElement().asString().contains("可疑单元格");
        }
    }

    @Test
    void everyRuleHasCompleteMetadata() {
        List<String> problems = new ArrayList<>();
        for (RuleInfo r : engine.rules()) {
            r.catalogProblems().forEach(p -> problems.add(r.id() + " " + p));
            if (!r.id().matches("(REG|FMT|EXT|CRS|N\\d{2})-[A-Z0-9]+-\\d{3}")) {
                problems.add(r.id() + " id does not follow PREFIX-AREA-NNN");
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyRuleHasFiringAndSilentCases() {
        assertThat(CaseRunner.coverageProblems(engine.rules(), cases)).isEmpty();
    }

    @Test
    void everyRuleHasAtLeastTwoCases() {
        List<String> thin = new ArrayList<>();
        for (RuleInfo r : engine.rules()) {
            long n = cases.stream().filter(c -> c.rule().equals(r.id())).count();
            if (n < 2) {
                thin.add(r.id() + " has " + n + " case(s)");
            }
        }
        assertThat(thin).isEmpty();
    }

    @Test
    void ruleIdsAreUnique() {
        List<String> ids = engine.rules().stream().map(RuleInfo::id).toList();
        assertThat(ids).doesNotHaveDuplicates();
    }

    @Test
    void catalogIsUpToDate() throws Exception {
        String expected = RuleCatalog.markdown(engine.rules());
        assertThat(Files.exists(CATALOG)).as("docs/rules.md exists; regenerate with: nianbao rules doc > docs/rules.md").isTrue();
        assertThat(Files.readString(CATALOG))
                .as("docs/rules.md is out of date; regenerate with: java -jar cli/target/nianbao.jar rules doc > docs/rules.md")
                .isEqualTo(expected);
    }
}
