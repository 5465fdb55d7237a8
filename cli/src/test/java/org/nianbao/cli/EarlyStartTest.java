package org.nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Which command lines begin loading the bundled rules before picocli parses them, and that it is taken once. */
class EarlyStartTest {
    @AfterEach
    void clear() {
        EarlyStart.takeBundled();
    }

    @Test
    void checkAndExtractWithTheBundledRulesBeginEarlyAndAreTakenOnce() {
        EarlyStart.begin("check", "report.txt");
        assertThat(EarlyStart.takeBundled()).isNotNull();
        assertThat(EarlyStart.takeBundled()).isNull();
        EarlyStart.begin("extract", "report.txt");
        assertThat(EarlyStart.takeBundled()).isNotNull();
    }

    @Test
    void otherCommandsHelpAndRulesDirectoriesDoNot() {
        for (String[] args : new String[][] {{}, {"--help"}, {"rules", "list"}, {"check", "--help"},
            {"check", "--rules", "dir", "a.txt"}, {"check", "--rules=dir", "a.txt"}, {"serve"}}) {
            EarlyStart.begin(args);
            assertThat(EarlyStart.takeBundled()).as(String.join(" ", args)).isNull();
        }
    }

    @Test
    void aForcedEditionGetsTheEditionDataEarlyButNoWarmUpOfTheCurrentEdition() {
        EarlyStart.begin("check", "--edition", "n2019", "report.txt");
        org.nianbao.engine.rules.RuleSet set = EarlyStart.takeBundled();
        assertThat(set).isNotNull();
        assertThat(set.warmingUp()).isFalse();
        assertThat(set.editions().byId("n2019")).isNotNull();
        EarlyStart.begin("check", "report.txt");
        assertThat(EarlyStart.takeBundled().warmingUp()).isTrue();
        EarlyStart.begin("extract", "report.txt");
        assertThat(EarlyStart.takeBundled().warmingUp()).isFalse();
    }

    @Test
    void aRunTakesTheEarlyRuleSet() {
        EarlyStart.begin("check", "report.txt");
        RuleOptions options = new RuleOptions();
        assertThat(options.ruleSet()).isNotNull();
        assertThat(EarlyStart.takeBundled()).isNull();
    }
}
