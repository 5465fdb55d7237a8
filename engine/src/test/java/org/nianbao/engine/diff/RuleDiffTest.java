package org.nianbao.engine.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.engine.model.Location;
import org.nianbao.engine.render.JsonRenderer;
import org.nianbao.engine.rules.Finding;
import org.nianbao.engine.rules.RuleInfo;
import org.nianbao.engine.rules.Severity;

class RuleDiffTest {
    private static Finding f(String rule, Severity s, String message, Location loc) {
        return new Finding(rule, s, "t", message, List.of(), loc, null, null);
    }

    private static final Location ALL = Location.ofLine("a.txt", 0);
    private static final Location CELL = new Location("a.txt", 40, null, "三", "applications", "new_received", "total",
            "一、本年新收", "总计");

    private static List<String> shown(List<RuleDiff.Change> changes) {
        return changes.stream().map(c -> c.kind() + " " + c.rule() + " "
                + (c.before() == null ? "-" : c.before().severity() + ":" + c.before().message()) + " → "
                + (c.after() == null ? "-" : c.after().severity() + ":" + c.after().message())).toList();
    }

    @Test
    void identicalFindingsAreNoChange() {
        List<Finding> same = List.of(f("A-X-001", Severity.ERROR, "m", CELL), f("B-X-001", Severity.INFO, "n", ALL));
        assertThat(RuleDiff.compare(same, same)).isEmpty();
    }

    @Test
    void findingsAreMatchedByRuleAndLocationAndClassified() {
        List<Finding> before = List.of(
                f("A-X-001", Severity.ERROR, "总计为 5", CELL),      // severity lowered
                f("B-X-001", Severity.WARNING, "旧的说法", ALL),     // message changed
                f("C-X-001", Severity.ERROR, "删掉的规则", ALL));    // removed
        List<Finding> after = List.of(
                f("A-X-001", Severity.WARNING, "总计为 5", CELL),
                f("B-X-001", Severity.WARNING, "新的说法", ALL),
                f("D-X-001", Severity.INFO, "新规则", CELL));        // added
        assertThat(shown(RuleDiff.compare(before, after))).containsExactly(
                "CHANGED B-X-001 WARNING:旧的说法 → WARNING:新的说法",
                "REMOVED C-X-001 ERROR:删掉的规则 → -",
                "CHANGED A-X-001 ERROR:总计为 5 → WARNING:总计为 5",
                "ADDED D-X-001 - → INFO:新规则");
    }

    @Test
    void theSameRuleAtAnotherPlaceIsAnAdditionAndARemoval() {
        Location other = new Location("a.txt", 41, null, "三", "applications", "carried_over", "total", "二、上年结转", "总计");
        assertThat(shown(RuleDiff.compare(List.of(f("A-X-001", Severity.ERROR, "m", CELL)),
                List.of(f("A-X-001", Severity.ERROR, "m", other))))).containsExactly(
                "REMOVED A-X-001 ERROR:m → -", "ADDED A-X-001 - → ERROR:m");
    }

    @Test
    void repeatedFindingsAtOneKeyKeepTheirUnchangedOnesAndPairTheRest() {
        // Three report-wide findings of one rule; one unchanged, one reworded, one gone.
        List<Finding> before = List.of(f("S-X-001", Severity.ERROR, "缺少四", ALL), f("S-X-001", Severity.ERROR, "缺少五", ALL),
                f("S-X-001", Severity.ERROR, "缺少六", ALL));
        List<Finding> after = List.of(f("S-X-001", Severity.ERROR, "缺少五", ALL), f("S-X-001", Severity.ERROR, "未找到四", ALL));
        assertThat(shown(RuleDiff.compare(before, after))).containsExactly(
                "CHANGED S-X-001 ERROR:缺少四 → ERROR:未找到四", "REMOVED S-X-001 ERROR:缺少六 → -");
    }

    @Test
    void ruleSetsAreComparedByIdAndSeverity() {
        RuleInfo a = new RuleInfo("A-X-001", Severity.ERROR, "t", List.of(), List.of(), "common", "{0}", null, null, null, "a.drl");
        RuleInfo a2 = new RuleInfo("A-X-001", Severity.WARNING, "t", List.of(), List.of(), "common", "{0}", null, null, null, "a.drl");
        RuleInfo b = new RuleInfo("B-X-001", Severity.INFO, "t", List.of(), List.of(), "common", "{0}", null, null, null, "a.drl");
        RuleInfo c = new RuleInfo("C-X-001", Severity.INFO, "t", List.of(), List.of(), "common", "{0}", null, null, null, "a.drl");
        assertThat(RuleDiff.compareRules(List.of(a, b), List.of(a2, c))).containsExactly(
                new RuleDiff.RuleChange("A-X-001", "severity", "ERROR", "WARNING"),
                new RuleDiff.RuleChange("B-X-001", "removed", "INFO", null),
                new RuleDiff.RuleChange("C-X-001", "added", null, "INFO"));
    }

    @Test
    void theResultCountsAndSerialisesWithItsSchema() throws Exception {
        List<RuleDiff.Change> changes = RuleDiff.compare(List.of(f("A-X-001", Severity.ERROR, "m", CELL)),
                List.of(f("A-X-001", Severity.WARNING, "m", CELL), f("B-X-001", Severity.INFO, "n", ALL)));
        RuleDiff.Result r = new RuleDiff.Result(3, 1, List.of(), List.of(new RuleDiff.RuleCount("A-X-001", 0, 0, 1, 1),
                new RuleDiff.RuleCount("B-X-001", 1, 0, 0, 1)), List.of(new RuleDiff.ReportDiff("a.txt", "checked", null, changes),
                new RuleDiff.ReportDiff("b.txt", "checked", null, List.of()),
                new RuleDiff.ReportDiff("c.zip!/x", "unreadable", "不安全的路径（unsafe-path）", List.of())));
        assertThat(r.anyChange()).isTrue();
        assertThat(r.getSummary()).containsEntry("added", 1).containsEntry("changed", 1).containsEntry("reports", 1);
        String json = JsonRenderer.MAPPER.writer().without(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT).writeValueAsString(r);
        assertThat(json).startsWith("{\"schema\":\"nianbao/rules-diff/1\",\"files\":3,\"unreadable\":1,"
                + "\"summary\":{\"added\":1,\"removed\":0,\"changed\":1,\"reports\":1}");
        assertThat(json).contains("{\"kind\":\"changed\",\"rule\":\"A-X-001\"")
                .contains("\"before\":{\"severity\":\"ERROR\",\"severityLabel\":\"错误\",\"message\":\"m\"}")
                .doesNotContain("anyChange");
        RuleDiff.Result none = new RuleDiff.Result(1, 0, List.of(), List.of(),
                List.of(new RuleDiff.ReportDiff("b.txt", "checked", null, List.of())));
        assertThat(none.anyChange()).isFalse();
        RuleDiff.Result ruleOnly = new RuleDiff.Result(1, 0, List.of(new RuleDiff.RuleChange("C-X-001", "removed", "INFO", null)),
                List.of(), List.of(new RuleDiff.ReportDiff("b.txt", "checked", null, List.of())));
        assertThat(ruleOnly.anyChange()).isTrue();
    }
}
