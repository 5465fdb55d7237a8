package org.nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `rules list` and `--rules DIR`: an edited copy of rules/ runs without rebuilding; a broken one exits 2. */
class RulesOptionTest {
    @TempDir
    Path tmp;

    private Path copyOfRules() throws IOException {
        return TestFiles.copyOfRules(tmp);
    }

    @Test
    void rulesListShowsIdSeverityTitleAndReference() {
        CliRunner.Result r = CliRunner.run("rules", "list");
        assertThat(r.code()).isEqualTo(ExitCode.CLEAN);
        assertThat(r.out()).contains("FMT-T3-001\t错误\tn2019、n2021\t表三勾稽关系不成立")
                .contains("REG-DL-001\t错误").contains("第四十九条第一款")
                .contains("规则包：common、n2019、n2021");
    }

    @Test
    void editedCopyRunsWithoutRebuilding() throws IOException {
        Path rules = copyOfRules();
        Path drl = rules.resolve("org/nianbao/rules/common/report.drl");
        String text = Files.readString(drl);
        // Turn the statistics-period rule's severity into an error in the copy only.
        Files.writeString(drl, text.replaceFirst("@id\\(\"REG-PER-001\"\\)\\s*@severity\\(\"WARNING\"\\)",
                "@id(\"REG-PER-001\")\n    @severity(\"ERROR\")"));
        CliRunner.Result r = CliRunner.run("check", "--rules", rules.toString(),
                TestFiles.seed(TestFiles.SEED_2020).toString());
        assertThat(r.out()).contains("[错误] REG-PER-001");
    }

    @Test
    void syntaxErrorInACopyExitsTwoNamingFileAndLine() throws IOException {
        Path rules = copyOfRules();
        Path drl = rules.resolve("org/nianbao/rules/common/review.drl");
        String text = Files.readString(drl);
        String valid = "TableIdentity(table == \"review_litigation\", kind";
        assertThat(text).contains(valid); // the edit below must break something real
        Files.writeString(drl, text.replace(valid, "TableIdentity(table == \"review_litigation\" kind"));
        CliRunner.Result r = CliRunner.run("check", "--rules", rules.toString(),
                TestFiles.seed(TestFiles.SEED_2020).toString());
        assertThat(r.code()).isEqualTo(ExitCode.USAGE_OR_RULES);
        assertThat(r.err()).contains("规则无法加载").contains(drl.toString() + ":");
        assertThat(r.err()).containsPattern("review\\.drl:\\d+");
    }

    @Test
    void missingMetadataIsARuleError() throws IOException {
        Path rules = copyOfRules();
        Path drl = rules.resolve("org/nianbao/rules/common/review.drl");
        String text = Files.readString(drl);
        Files.writeString(drl, text.replaceFirst("\\s*@reference\\(\"[^\"]*\"\\)", ""));
        CliRunner.Result r = CliRunner.run("rules", "list", "--rules", rules.toString());
        assertThat(r.code()).isEqualTo(ExitCode.USAGE_OR_RULES);
        assertThat(r.err()).contains("FMT-T4-001").contains("@reference");
    }

    @Test
    void rulesDirectoryMustExist() {
        CliRunner.Result r = CliRunner.run("rules", "list", "--rules", tmp.resolve("none").toString());
        assertThat(r.code()).isEqualTo(ExitCode.USAGE_OR_RULES);
        assertThat(r.err()).contains("不存在");
    }
}
