package org.nianbao.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nianbao.engine.model.Report;

class RuleEngineTest {
    private static final String HEADER = "package org.nianbao.rules.common;\n"
            + "import org.nianbao.engine.model.Report;\n"
            + "global org.nianbao.engine.rules.FindingSink findings;\n";

    private static String rule(String id, String severity, String when) {
        return "rule \"" + id + "\"\n"
                + "  @id(\"" + id + "\") @severity(\"" + severity + "\") @title(\"标题" + id + "\")\n"
                + "  @reference(\"条款甲 | 条款乙\") @message(\"年度 {0}\")\n"
                + "when\n  $r : Report(" + when + ")\nthen\n"
                + "  findings.report(kcontext, $r.getLocation(), \"期望\", \"实际\", $r.getYear());\nend\n";
    }

    private static Report report(int year, String edition) {
        Report r = new Report();
        r.setFile("a.txt");
        r.setYear(year);
        r.setEdition(edition);
        return r;
    }

    @Test
    void findingsCarryMetadataAndFormattedMessage() {
        RuleEngine engine = RuleEngine.compile(List.of(RuleSource.of("common/a.drl", HEADER + rule("T-1", "WARNING", "year == 2021"))));
        List<Finding> f = engine.check(report(2021, "n2021"), null, RuleSettings.DEFAULTS);
        assertThat(f).hasSize(1);
        assertThat(f.get(0).rule()).isEqualTo("T-1");
        assertThat(f.get(0).severity()).isEqualTo(Severity.WARNING);
        assertThat(f.get(0).message()).isEqualTo("年度 2021");
        assertThat(f.get(0).references()).containsExactly("条款甲", "条款乙");
        assertThat(engine.check(report(2020, "n2021"), null, RuleSettings.DEFAULTS)).isEmpty();
    }

    @Test
    void editionPacksOnlyRunForTheirEdition() {
        String pack = "package org.nianbao.rules.n2021;\nimport org.nianbao.engine.model.Report;\n"
                + "global org.nianbao.engine.rules.FindingSink findings;\n" + rule("N-1", "ERROR", "year > 0");
        RuleEngine engine = RuleEngine.compile(List.of(
                RuleSource.of("common/a.drl", HEADER + rule("C-1", "INFO", "year > 0")),
                RuleSource.of("n2021/b.drl", pack)));
        assertThat(engine.packs()).containsExactly("n2021");
        assertThat(engine.check(report(2021, "n2021"), null, RuleSettings.DEFAULTS)).extracting(Finding::rule)
                .containsExactlyInAnyOrder("C-1", "N-1");
        assertThat(engine.check(report(2021, "unknown"), null, RuleSettings.DEFAULTS)).extracting(Finding::rule)
                .containsExactly("C-1");
        assertThat(engine.check(report(2021, "unknown"), "n2021", RuleSettings.DEFAULTS)).extracting(Finding::rule)
                .containsExactlyInAnyOrder("C-1", "N-1");
    }

    @Test
    void settingsOverrideSeverityOrSwitchRulesOff() {
        RuleEngine engine = RuleEngine.compile(List.of(RuleSource.of("common/a.drl", HEADER + rule("T-1", "WARNING", "year > 0"))));
        assertThat(engine.check(report(2021, "x"), null, new RuleSettings(Map.of("T-1", "error"))))
                .extracting(Finding::severity).containsExactly(Severity.ERROR);
        assertThat(engine.check(report(2021, "x"), null, new RuleSettings(Map.of("T-1", "off")))).isEmpty();
    }

    @Test
    void compileErrorsNameFileAndLine() {
        String broken = HEADER + "rule \"B\"\n  @id(\"B\")\nwhen\n  $r : Report(year == )\nthen\nend\n";
        assertThatThrownBy(() -> RuleEngine.compile(List.of(RuleSource.of("/x/common/broken.drl", broken))))
                .isInstanceOf(RuleLoadException.class)
                .satisfies(e -> {
                    RuleLoadException rle = (RuleLoadException) e;
                    assertThat(rle.problems()).isNotEmpty();
                    assertThat(rle.problems().get(0).file()).isEqualTo("/x/common/broken.drl");
                    assertThat(rle.problems().get(0).line()).isEqualTo(7);
                });
    }

    @Test
    void duplicateIdsAndMissingMetadataAreLoadErrors() {
        String a = HEADER + rule("D-1", "ERROR", "year > 0") + rule("D-2", "ERROR", "year > 1").replace("@id(\"D-2\")", "@id(\"D-1\")");
        assertThatThrownBy(() -> RuleEngine.compile(List.of(RuleSource.of("common/a.drl", a))))
                .isInstanceOf(RuleLoadException.class).hasMessageContaining("D-1").hasMessageContaining("重复");
        String noRef = HEADER + rule("M-1", "ERROR", "year > 0").replace("@reference(\"条款甲 | 条款乙\")", "");
        assertThatThrownBy(() -> RuleEngine.compile(List.of(RuleSource.of("common/a.drl", noRef))))
                .isInstanceOf(RuleLoadException.class).hasMessageContaining("@reference");
    }
}
