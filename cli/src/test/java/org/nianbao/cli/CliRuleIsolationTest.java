package org.nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A broken rule in an edited copy of the rules ({@code --rules DIR}): one whose consequence throws on
 * the 鞍山 seed, one whose consequence never ends on the 安康 seed. The throwing rule becomes a finding
 * of its own and every other rule still reports; the runaway rule costs its report only, named in
 * the reason, and the batch goes on. {@code rules test} reports both per case.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class CliRuleIsolationTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;

    static Path rules;

    /**
     * The runaway loop stops when its thread is interrupted, so that the test JVM does not keep spinning;
     * its salience makes it fire first, so that even a slow machine reaches it within the limit.
     */
    private static final String BROKEN_DRL = """
            package org.nianbao.rules.common;

            import org.nianbao.engine.model.Report;

            global org.nianbao.engine.rules.FindingSink findings;

            rule "TST-THROW-001"
                @id("TST-THROW-001")
                @severity("ERROR")
                @title("测试：结论抛出异常")
                @reference("测试")
                @message("不应出现")
            when
                $r : Report(agency != null, agency.contains("鞍山"))
            then
                if ($r != null) { throw new IllegalStateException("故意的错误"); }
                findings.report(kcontext, $r.getLocation(), null, null);
            end

            rule "TST-LOOP-001"
                @id("TST-LOOP-001")
                @severity("ERROR")
                @title("测试：结论不结束")
                @reference("测试")
                @message("不应出现")
                salience 1000
            when
                $r : Report(agency != null, agency.contains("安康"))
            then
                while (!Thread.currentThread().isInterrupted()) { Thread.onSpinWait(); }
                findings.report(kcontext, $r.getLocation(), null, null);
            end
            """;

    @BeforeAll
    static void brokenCopyOfTheRules() throws IOException {
        rules = TestFiles.copyOfRules(tmp);
        Files.writeString(rules.resolve("org/nianbao/rules/common/broken.drl"), BROKEN_DRL);
    }

    @Test
    void failingRuleIsAFindingAndARunawayRuleCostsOnlyItsReport() throws Exception {
        CliRunner.Result r = CliRunner.run("check", "--rules", rules.toString(), "--timeout", "2", "--format", "json",
                TestFiles.seed(TestFiles.SEED_2021).toString(), TestFiles.seed(TestFiles.SEED_2020).toString());
        JsonNode reports = JSON.readTree(r.out()).path("reports");
        assertThat(reports).hasSize(2);

        JsonNode ankang = reports.get(0);
        assertThat(ankang.path("status").asText()).isEqualTo("unreadable");
        assertThat(ankang.path("error").path("code").asText()).isEqualTo("timeout");
        assertThat(ankang.path("error").path("message").asText()).contains("超过时限（2 秒）")
                .contains("TST-LOOP-001").contains("测试：结论不结束");

        JsonNode anshan = reports.get(1);
        assertThat(anshan.path("status").asText()).isEqualTo("checked");
        StringBuilder ids = new StringBuilder();
        String failure = null;
        for (JsonNode f : anshan.path("findings")) {
            ids.append(f.path("rule").asText()).append(' ');
            if (f.path("rule").asText().equals("SYS-RULE-001")) {
                failure = f.path("message").asText();
                assertThat(f.path("severity").asText()).isEqualTo("WARNING");
            }
        }
        // the other rules' findings are all still there
        assertThat(ids.toString()).contains("FMT-SEC-001").contains("REG-PER-001").contains("SYS-RULE-001")
                .doesNotContain("TST-THROW-001");
        assertThat(failure).contains("TST-THROW-001").contains("IllegalStateException").contains("故意的错误");
        assertThat(r.code()).isEqualTo(ExitCode.FINDINGS); // FMT-SEC-001 is an error; the timeout alone would give 3
    }

    @Test
    void rulesTestReportsBothPerCaseInsteadOfAStackTrace() throws Exception {
        Path cases = Files.createDirectories(tmp.resolve("cases"));
        Path seeds = TestFiles.projectRoot().resolve("corpus/seeds");
        Files.writeString(cases.resolve("TST-LOOP-001.yaml"), "cases:\n"
                + "  - name: \"安康的报告\"\n    file: \"" + seeds.resolve(TestFiles.SEED_2021) + "\"\n"
                + "    expect:\n      - rule: \"TST-LOOP-001\"\n");
        Files.writeString(cases.resolve("TST-THROW-001.yaml"), "cases:\n"
                + "  - name: \"鞍山的报告\"\n    file: \"" + seeds.resolve(TestFiles.SEED_2020) + "\"\n"
                + "    expect:\n      - rule: \"FMT-SEC-001\"\n");
        CliRunner.Result r = CliRunner.run("rules", "test", "--rules", rules.toString(), "--cases", cases.toString(),
                "--timeout", "2", "--rule", "TST-LOOP-001");
        assertThat(r.code()).isEqualTo(ExitCode.FINDINGS);
        assertThat(r.out()).contains("失败  TST-LOOP-001  安康的报告").contains("超过时限（2 秒）").contains("TST-LOOP-001（测试：结论不结束）");
        CliRunner.Result t = CliRunner.run("rules", "test", "--rules", rules.toString(), "--cases", cases.toString(),
                "--rule", "TST-THROW-001");
        assertThat(t.code()).isEqualTo(ExitCode.FINDINGS);
        assertThat(t.out()).contains("失败  TST-THROW-001  鞍山的报告").contains("TST-THROW-001（测试：结论抛出异常） 运行出错")
                .contains("故意的错误");
        assertThat(t.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }
}
