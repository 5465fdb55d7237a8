package org.nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End-to-end checks of {@code rules test} exit codes and {@code check --config} errors. */
class RulesCommandsTest {
    @TempDir
    Path dir;

    static CliRunner.Result run(String... args) {
        return CliRunner.run(args);
    }

    @Test
    void rulesTestReportsFailingCasesWithExitOne() throws Exception {
        Path cases = Files.createDirectories(dir.resolve("cases"));
        Files.writeString(cases.resolve("REG-ED-003.yaml"), """
                cases:
                  - name: 故意写错的用例
                    text: "某局2021年政府信息公开工作年度报告\\n\\n一、总体情况\\n\\n略。\\n"
                    expect:
                      - rule: REG-ED-003
                """);
        CliRunner.Result r = run("rules", "test", "--cases", cases.toString(), "--rule", "REG-ED-003");
        assertThat(r.code()).as(r.out() + r.err()).isEqualTo(ExitCode.FINDINGS);
        assertThat(r.out()).contains("失败  REG-ED-003  故意写错的用例").contains("期望 REG-ED-003 报告 至少 1 项，实际 0 项");
    }

    @Test
    void badConfigIsAUsageError() throws Exception {
        Path cfg = dir.resolve("nianbao.yaml");
        Files.writeString(cfg, "rules:\n  FMT-T3-004: sometimes\n");
        Path report = dir.resolve("r.txt");
        Files.writeString(report, "某局2021年政府信息公开工作年度报告\n");
        CliRunner.Result r = run("check", "--config", cfg.toString(), report.toString());
        assertThat(r.code()).isEqualTo(ExitCode.USAGE_OR_RULES);
        assertThat(r.err()).contains("FMT-T3-004").contains("sometimes");
    }
}
