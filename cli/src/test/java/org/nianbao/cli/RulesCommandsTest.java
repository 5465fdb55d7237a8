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

    @Test
    void rulesListNamesTheDrlFileOfEveryRule() throws Exception {
        CliRunner.Result r = run("rules", "list");
        assertThat(r.code()).isEqualTo(ExitCode.CLEAN);
        java.util.List<String> lines = r.out().lines().filter(l -> l.contains("\t")).toList();
        assertThat(lines).isNotEmpty();
        for (String line : lines) {
            String file = line.substring(line.lastIndexOf('\t') + 1);
            assertThat(file).as(line).startsWith("rules/src/main/resources/org/nianbao/rules/").endsWith(".drl");
            Path drl = TestFiles.projectRoot().resolve(file);
            assertThat(drl).as(line).isRegularFile();
            String id = line.substring(0, line.indexOf('\t'));
            assertThat(Files.readString(drl)).as(line).contains("@id(\"" + id + "\")");
        }
        assertThat(r.out()).contains("REG-DL-001").contains("rules/src/main/resources/org/nianbao/rules/common/report.drl");
    }

    @Test
    void rulesListWithRulesNamesTheFileInThatDirectory() throws Exception {
        Path rules = TestFiles.copyOfRules(dir);
        CliRunner.Result r = run("rules", "list", "--rules", rules.toString());
        assertThat(r.code()).isEqualTo(ExitCode.CLEAN);
        String line = r.out().lines().filter(l -> l.startsWith("REG-DL-001\t")).findFirst().orElseThrow();
        assertThat(line).endsWith(rules.resolve("org/nianbao/rules/common/report.drl").toString());
    }

    @Test
    void aFormatOtherThanTextOrJsonIsAUsageErrorForEveryListingCommand(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path archive = dir.resolve("a.db");
        org.nianbao.engine.archive.Archive.open(archive).close();
        for (String[] args : new String[][] {{"rules", "list", "--format", "xml"},
            {"archive", "list", archive.toString(), "--format", "xml"},
            {"archive", "show", archive.toString(), "x.txt", "--format", "xml"}}) {
            CliRunner.Result r = CliRunner.run(args);
            org.assertj.core.api.Assertions.assertThat(r.code()).as(String.join(" ", args)).isEqualTo(ExitCode.USAGE_OR_RULES);
            org.assertj.core.api.Assertions.assertThat(r.err()).as(String.join(" ", args))
                    .contains("不支持的输出格式：xml（可选 text、json）");
        }
        org.assertj.core.api.Assertions.assertThat(CliRunner.run("rules", "list", "--format", "json").out()).startsWith("[");
    }
}
