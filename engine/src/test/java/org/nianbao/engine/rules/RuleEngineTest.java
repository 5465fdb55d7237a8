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

    private static String throwing(String id) {
        return "rule \"" + id + "\"\n"
                + "  @id(\"" + id + "\") @severity(\"ERROR\") @title(\"会出错的规则\")\n"
                + "  @reference(\"条款\") @message(\"不应出现\")\n"
                + "when\n  $r : Report(year > 0)\nthen\n"
                + "  if ($r != null) { throw new IllegalStateException(\"坏了\"); }\n"
                + "  findings.report(kcontext, $r.getLocation(), null, null);\nend\n";
    }

    @Test
    void aThrowingConsequenceBecomesAFindingAndTheOtherRulesStillRun() {
        RuleEngine engine = RuleEngine.compile(List.of(RuleSource.of("common/a.drl",
                HEADER + throwing("T-BAD") + rule("T-1", "WARNING", "year == 2021") + rule("T-2", "INFO", "year > 0"))));
        List<Finding> f = engine.check(report(2021, "n2021"), null, RuleSettings.DEFAULTS);
        assertThat(f).extracting(Finding::rule).containsExactlyInAnyOrder("T-1", "T-2", FindingSink.RULE_FAILED);
        Finding failed = f.stream().filter(x -> x.rule().equals(FindingSink.RULE_FAILED)).findFirst().orElseThrow();
        assertThat(failed.severity()).isEqualTo(Severity.WARNING);
        assertThat(failed.message()).contains("T-BAD").contains("会出错的规则").contains("IllegalStateException").contains("坏了");
        assertThat(failed.location().file()).isEqualTo("a.txt");
    }

    @Test
    void executableModelSessionsHonourTheFailureHandler() {
        org.kie.api.KieServices ks = org.kie.api.KieServices.Factory.get();
        org.kie.api.builder.KieFileSystem kfs = ks.newKieFileSystem();
        kfs.write("src/main/resources/org/nianbao/rules/common/a.drl",
                HEADER + throwing("T-BAD") + rule("T-1", "WARNING", "year == 2021"));
        org.kie.api.builder.KieBuilder b = ks.newKieBuilder(kfs)
                .buildAll(org.drools.model.codegen.ExecutableModelProject.class);
        assertThat(b.getResults().getMessages(org.kie.api.builder.Message.Level.ERROR)).isEmpty();
        org.kie.api.KieBaseConfiguration conf = ks.newKieBaseConfiguration();
        conf.setOption(org.kie.internal.conf.ConsequenceExceptionHandlerOption.get(RuleFailureHandler.class));
        org.kie.api.KieBase base = ks.newKieContainer(b.getKieModule().getReleaseId()).newKieBase(conf);
        FindingSink sink = new FindingSink(Map.of(), RuleSettings.DEFAULTS);
        org.kie.api.runtime.KieSession session = base.newKieSession();
        try {
            session.setGlobal("findings", sink);
            session.insert(report(2021, "n2021"));
            session.fireAllRules();
        } finally {
            session.dispose();
        }
        assertThat(sink.findings()).extracting(Finding::rule).containsExactlyInAnyOrder("T-1", FindingSink.RULE_FAILED);
    }

    @Test
    void aRunawayConsequenceIsStoppedAtTheTimeLimitAndNamed() {
        String loop = "rule \"T-LOOP\"\n  @id(\"T-LOOP\") @severity(\"ERROR\") @title(\"不结束的规则\")\n"
                + "  @reference(\"条款\") @message(\"x\")\nwhen\n  $r : Report(year > 0)\nthen\n"
                + "  while (!Thread.currentThread().isInterrupted()) { Thread.onSpinWait(); }\nend\n";
        RuleEngine engine = RuleEngine.compile(List.of(RuleSource.of("common/a.drl",
                        HEADER + loop + rule("T-1", "WARNING", "year > 0"))))
                .withTimeLimit(java.time.Duration.ofSeconds(2));
        assertThatThrownBy(() -> engine.check(report(2021, "n2021"), null, RuleSettings.DEFAULTS))
                .isInstanceOf(RuleTimeoutException.class)
                .hasMessageContaining("T-LOOP（不结束的规则）")
                .satisfies(e -> assertThat(((RuleTimeoutException) e).running()).containsExactly("T-LOOP"));
        // the runaway rule is suspended for the rest of the run: later reports are checked without it, and say so
        Report next = report(2022, "n2021");
        next.setFile("b.txt");
        List<Finding> f = engine.check(next, null, RuleSettings.DEFAULTS);
        assertThat(f).extracting(Finding::rule).containsExactlyInAnyOrder("T-1", FindingSink.RULE_SUSPENDED);
        assertThat(f.stream().filter(x -> x.rule().equals(FindingSink.RULE_SUSPENDED)).findFirst().orElseThrow().message())
                .contains("T-LOOP").contains("a.txt").contains("停用");
    }

    @Test
    void onADisposableThreadTheRulesRunInPlaceAndAreStillStoppedAtTheLimit() {
        String loop = "rule \"T-LOOP\"\n  @id(\"T-LOOP\") @severity(\"ERROR\") @title(\"不结束的规则\")\n"
                + "  @reference(\"条款\") @message(\"x\")\nwhen\n  $r : Report(year == 2021)\nthen\n"
                + "  while (!Thread.currentThread().isInterrupted()) { Thread.onSpinWait(); }\n"
                + "  findings.report(kcontext, $r.getLocation(), null, null);\nend\n";
        String where = "rule \"T-WHERE\"\n  @id(\"T-WHERE\") @severity(\"INFO\") @title(\"线程\")\n"
                + "  @reference(\"条款\") @message(\"{0}\")\nwhen\n  $r : Report(year > 0)\nthen\n"
                + "  findings.report(kcontext, $r.getLocation(), null, null, Thread.currentThread().getName());\nend\n";
        RuleEngine engine = RuleEngine.compile(List.of(RuleSource.of("common/a.drl", HEADER + loop + where)))
                .withTimeLimit(java.time.Duration.ofSeconds(1));
        List<RuleTimeoutException> abandoned = new java.util.concurrent.CopyOnWriteArrayList<>();
        String me = Thread.currentThread().getName();
        RuleEngine.onDisposableThread(abandoned::add, () -> {
            // no hand-off: the rules run on this very thread
            assertThat(engine.check(report(2020, "n2021"), null, RuleSettings.DEFAULTS)).singleElement()
                    .satisfies(f -> assertThat(f.message()).isEqualTo(me));
            assertThatThrownBy(() -> engine.check(report(2021, "n2021"), null, RuleSettings.DEFAULTS))
                    .isInstanceOf(RuleTimeoutException.class)
                    .hasMessageContaining("T-LOOP（不结束的规则）");
            // the watchdog's interrupt does not leak into what this thread does next
            assertThat(Thread.currentThread().isInterrupted()).isFalse();
            assertThat(engine.check(report(2022, "n2021"), null, RuleSettings.DEFAULTS)).extracting(Finding::rule)
                    .containsExactlyInAnyOrder("T-WHERE", FindingSink.RULE_SUSPENDED);
            return null;
        });
        // the consequence gave way to the interrupt, so the thread was never given up on
        assertThat(abandoned).isEmpty();
    }

    @Test
    void aRuleThatRefiresForeverIsHaltedAtTheTimeLimit() {
        String refire = "rule \"T-REFIRE\"\n  @id(\"T-REFIRE\") @severity(\"ERROR\") @title(\"反复触发的规则\")\n"
                + "  @reference(\"条款\") @message(\"x\")\nwhen\n  $r : Report(year > 0)\nthen\n"
                + "  modify($r) { setYear($r.getYear()) }\nend\n";
        RuleEngine engine = RuleEngine.compile(List.of(RuleSource.of("common/a.drl", HEADER + refire)))
                .withTimeLimit(java.time.Duration.ofSeconds(2));
        assertThatThrownBy(() -> engine.check(report(2021, "n2021"), null, RuleSettings.DEFAULTS))
                .isInstanceOf(RuleTimeoutException.class).hasMessageContaining("T-REFIRE");
        // the same engine answers normally afterwards (the rule, if caught inside its consequence, is suspended)
        assertThat(engine.check(report(0, "n2021"), null, RuleSettings.DEFAULTS))
                .allMatch(f -> f.rule().equals(FindingSink.RULE_SUSPENDED));
    }

    @Test
    void pooledSessionsCarryNothingFromOneReportToTheNext() {
        // a rule that fires once per pair of Report facts would fire if a reused session kept the last report
        String pair = "rule \"P-1\"\n  @id(\"P-1\") @severity(\"ERROR\") @title(\"两份\") @reference(\"条款\") @message(\"两份\")\n"
                + "when\n  $a : Report(year == 2020)\n  $b : Report(this != $a)\nthen\n"
                + "  findings.report(kcontext, $a.getLocation(), null, null);\nend\n";
        RuleEngine plain = RuleEngine.compile(List.of(RuleSource.of("common/a.drl",
                HEADER + rule("T-1", "WARNING", "year == 2021") + pair)));
        for (RuleEngine engine : List.of(plain.withTimeLimit(null), plain.withTimeLimit(java.time.Duration.ofSeconds(20)))) {
            for (int i = 0; i < 20; i++) {
                assertThat(engine.check(report(2021, "n2021"), null, RuleSettings.DEFAULTS)).extracting(Finding::rule)
                        .containsExactly("T-1");
                assertThat(engine.check(report(2020, "n2021"), null, RuleSettings.DEFAULTS)).isEmpty();
            }
        }
    }
}
