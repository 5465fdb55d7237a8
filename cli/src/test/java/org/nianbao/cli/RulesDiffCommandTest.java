package org.nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code nianbao rules diff} on an edited copy of rules/: REG-PER-001 lowered from 警告 to 提示 and
 * reworded, FMT-SEC-001 deleted, over the two seed reports (004 draws both; 000 neither).
 */
class RulesDiffCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;
    static Path original;
    static Path edited;
    static Path corpus;

    @BeforeAll
    static void editACopy() throws IOException {
        original = TestFiles.copyOfRules(Files.createDirectories(tmp.resolve("a")));
        edited = TestFiles.copyOfRules(Files.createDirectories(tmp.resolve("b")));
        Path common = edited.resolve("org/nianbao/rules/common");
        edit(common.resolve("report.drl"), "(rule \"REG-PER-001\"\\s*\\n\\s*@id\\(\"REG-PER-001\"\\)\\s*\\n\\s*)@severity\\(\"WARNING\"\\)",
                "$1@severity(\"INFO\")");
        edit(common.resolve("report.drl"), "@message\\(\"报告没有写明所列数据的统计期限", "@message(\"报告未写明数据的统计期限");
        edit(common.resolve("sections.drl"), "(?s)rule \"FMT-SEC-001\".*?\\nend\\n", "");
        corpus = Files.createDirectories(tmp.resolve("corpus"));
        Files.copy(TestFiles.seed(TestFiles.SEED_2020), corpus.resolve(TestFiles.SEED_2020));
        Files.copy(TestFiles.seed(TestFiles.SEED_2021), corpus.resolve(TestFiles.SEED_2021));
    }

    private static void edit(Path file, String regex, String replacement) throws IOException {
        String text = Files.readString(file);
        Matcher m = Pattern.compile(regex).matcher(text);
        assertThat(m.find()).as("%s in %s", regex, file).isTrue();
        Files.writeString(file, m.replaceFirst(replacement));
    }

    @Test
    void aSeverityChangeAndADeletedRuleAreListedPerReportAndPerRule() {
        CliRunner.Result r = CliRunner.run("rules", "diff", "--rules", edited.toString(), corpus.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.FINDINGS);
        String seed004 = "== " + corpus.resolve(TestFiles.SEED_2020);
        assertThat(r.out())
                .contains("规则变更预览：原规则 内置规则 → 修改后 " + edited)
                .contains("检查了 2 个文件")
                .contains("  FMT-SEC-001：删除规则（原为错误）")
                .contains("  REG-PER-001：级别 警告 → 提示")
                .contains(seed004)
                .contains("  [变化] REG-PER-001 级别 警告 → 提示\n      原：报告没有写明所列数据的统计期限（应为 2020年1月1日至2020年12月31日）。\n"
                        + "      新：报告未写明数据的统计期限（应为 2020年1月1日至2020年12月31日）。\n      位置：全文\n")
                .contains("  [消失] FMT-SEC-001 [错误] 报告缺少“六、其他需要报告的事项”部分")
                .contains("  FMT-SEC-001：新增 0 项，消失 1 项，变化 0 项，涉及 1 份报告")
                .contains("  REG-PER-001：新增 0 项，消失 0 项，变化 1 项，涉及 1 份报告")
                .contains("合计：新增 0 项，消失 1 项，变化 1 项，涉及 1 份报告；规则变化 2 条。")
                // the 2021 seed draws neither rule: it is not listed
                .doesNotContain("== " + corpus.resolve(TestFiles.SEED_2021));
    }

    @Test
    void jsonCarriesTheSameChanges() throws IOException {
        CliRunner.Result r = CliRunner.run("rules", "diff", "--format", "json", "-j", "1", "--rules", edited.toString(),
                corpus.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.FINDINGS);
        JsonNode root = JSON.readTree(r.out());
        assertThat(root.path("schema").asText()).isEqualTo("nianbao/rules-diff/1");
        assertThat(root.path("files").asInt()).isEqualTo(2);
        assertThat(root.path("summary").toString()).isEqualTo("{\"added\":0,\"removed\":1,\"changed\":1,\"reports\":1}");
        // inputs in sorted order: 000 (no change) then 004
        assertThat(root.path("reports").get(0).path("file").asText()).endsWith(TestFiles.SEED_2021);
        assertThat(root.path("reports").get(0).path("changes")).isEmpty();
        JsonNode report = root.path("reports").get(1);
        assertThat(report.path("file").asText()).endsWith(TestFiles.SEED_2020);
        assertThat(report.path("status").asText()).isEqualTo("checked");
        JsonNode changes = report.path("changes");
        assertThat(changes).extracting(c -> c.path("kind").asText() + " " + c.path("rule").asText())
                .containsExactlyInAnyOrder("changed REG-PER-001", "removed FMT-SEC-001");
        for (JsonNode c : changes) {
            if (c.path("kind").asText().equals("changed")) {
                assertThat(c.path("before").path("severity").asText()).isEqualTo("WARNING");
                assertThat(c.path("after").path("severity").asText()).isEqualTo("INFO");
                assertThat(c.path("after").path("message").asText()).startsWith("报告未写明数据的统计期限");
            } else {
                assertThat(c.has("after")).isFalse();
                assertThat(c.path("before").path("severityLabel").asText()).isEqualTo("错误");
            }
        }
        assertThat(root.path("rules").toString()).contains("{\"rule\":\"FMT-SEC-001\",\"change\":\"removed\",\"before\":\"ERROR\"}");
    }

    @Test
    void theBaseCanBeADirectoryAndTheComparisonRunsBothWays() {
        CliRunner.Result r = CliRunner.run("rules", "diff", "--base", edited.toString(), "--rules", original.toString(),
                corpus.resolve(TestFiles.SEED_2020).toString());
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.FINDINGS);
        assertThat(r.out()).contains("原规则 " + edited + " → 修改后 " + original)
                .contains("  FMT-SEC-001：新增规则（错误）")
                .contains("  [新增] FMT-SEC-001 [错误]")
                .contains("  [变化] REG-PER-001 级别 提示 → 警告");
    }

    @Test
    void aZipIsReadInPlaceAndAnUnreadableEntryIsListedWithItsReason() throws IOException {
        Path zip = tmp.resolve("batch.zip");
        try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            z.putNextEntry(new java.util.zip.ZipEntry(TestFiles.SEED_2020));
            z.write(Files.readAllBytes(TestFiles.seed(TestFiles.SEED_2020)));
            z.closeEntry();
            z.putNextEntry(new java.util.zip.ZipEntry("empty.txt"));
            z.closeEntry();
        }
        CliRunner.Result r = CliRunner.run("rules", "diff", "-j", "1", "--rules", edited.toString(), zip.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.FINDINGS);
        assertThat(r.out()).contains("检查了 2 个文件（其中 1 个无法读取）")
                .contains("== " + zip + "!/" + TestFiles.SEED_2020)
                .containsPattern("无法读取的文件：\n  " + Pattern.quote(zip + "!/empty.txt") + "：.+（empty）");
    }

    @Test
    void unchangedRulesGiveExitCodeZero() {
        CliRunner.Result r = CliRunner.run("rules", "diff", "--rules", original.toString(), corpus.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.CLEAN);
        assertThat(r.out()).contains("检查了 2 个文件").contains("合计：没有变化。").doesNotContain("==");
    }

    @Test
    void usageAndRuleErrorsGiveExitCodeTwo() throws IOException {
        assertThat(CliRunner.run("rules", "diff", corpus.toString()).code()).isEqualTo(ExitCode.USAGE_OR_RULES);
        CliRunner.Result missing = CliRunner.run("rules", "diff", "--rules", tmp.resolve("nope").toString(), corpus.toString());
        assertThat(missing.code()).isEqualTo(ExitCode.USAGE_OR_RULES);
        assertThat(missing.err()).contains("--rules 指定的目录不存在");
        CliRunner.Result format = CliRunner.run("rules", "diff", "--format", "xml", "--rules", edited.toString(), corpus.toString());
        assertThat(format.code()).isEqualTo(ExitCode.USAGE_OR_RULES);
        Path broken = TestFiles.copyOfRules(Files.createDirectories(tmp.resolve("c")));
        Files.writeString(broken.resolve("org/nianbao/rules/common/broken.drl"),
                "package org.nianbao.rules.common;\nrule \"X\"\nwhen\n  this is not drl\nthen\nend\n");
        CliRunner.Result bad = CliRunner.run("rules", "diff", "--rules", broken.toString(), corpus.toString());
        assertThat(bad.code()).isEqualTo(ExitCode.USAGE_OR_RULES);
        assertThat(bad.err()).contains("broken.drl");
        assertThat(bad.out()).isEmpty();
    }
}
