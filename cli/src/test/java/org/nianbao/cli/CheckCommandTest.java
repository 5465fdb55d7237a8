package org.nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The "done when" scenarios, run through the real CLI with captured output and exit codes. */
class CheckCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void seedsGiveTheKnownFindingsAndExitOne() {
        CliRunner.Result r = CliRunner.run("check", TestFiles.projectRoot().resolve("corpus/seeds").toString());
        assertThat(r.code()).isEqualTo(ExitCode.FINDINGS);
        assertThat(r.out())
                .contains("000_20a0191baea80f94.txt")
                .contains("安康市行政审批服务局")
                .contains("[错误] FMT-SEC-001")
                .contains("六、其他需要报告的事项")
                .contains("第五十条第（五）项")
                .contains("[警告] REG-PER-001")
                .contains("合计：2 个文件，已检查 2 个，无法读取 0 个");
    }

    @Test
    void failOnNeverExitsZeroAndBadThresholdIsUsageError() {
        Path seed = TestFiles.seed(TestFiles.SEED_2020);
        assertThat(CliRunner.run("check", "--fail-on", "never", seed.toString()).code()).isEqualTo(ExitCode.CLEAN);
        CliRunner.Result bad = CliRunner.run("check", "--fail-on", "sometimes", seed.toString());
        assertThat(bad.code()).isEqualTo(ExitCode.USAGE_OR_RULES);
        assertThat(bad.err()).contains("--fail-on");
    }

    @Test
    void jsonOutputFollowsTheDocumentedSchema() throws Exception {
        CliRunner.Result r = CliRunner.run("check", "--format", "json",
                TestFiles.projectRoot().resolve("corpus/seeds").toString());
        JsonNode root = JSON.readTree(r.out());
        assertThat(root.path("schema").asText()).isEqualTo("nianbao/check/1");
        assertThat(root.path("reports")).hasSize(2);
        JsonNode report = root.path("reports").get(1);
        assertThat(report.path("file").asText()).endsWith(TestFiles.SEED_2020);
        assertThat(report.path("agency").asText()).isEqualTo("鞍山市行政审批局");
        assertThat(report.path("year").asInt()).isEqualTo(2020);
        assertThat(report.path("edition").asText()).isEqualTo("n2019");
        JsonNode f = report.path("findings").get(0);
        for (String key : new String[] {"rule", "severity", "message", "references", "location", "expected", "actual"}) {
            assertThat(f.has(key)).as("finding has %s", key).isTrue();
        }
        assertThat(root.path("summary").path("files").asInt()).isEqualTo(2);
        assertThat(root.path("summary").path("byRule").path("FMT-SEC-001").asInt()).isEqualTo(1);
    }

    @Test
    void outputFileIsWrittenAndStdoutStaysEmpty() throws Exception {
        Path out = Files.createDirectory(tmp.resolve("sub")).resolve("result.json");
        CliRunner.Result r = CliRunner.run("check", "--format", "json", "--output", out.toString(),
                TestFiles.seed(TestFiles.SEED_2021).toString());
        assertThat(r.out()).isEmpty();
        assertThat(JSON.readTree(Files.readString(out)).path("reports")).hasSize(1);
        try (var files = Files.list(out.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("result.json");
        }
    }

    @Test
    void changedTable3NumberGivesBalanceFindingNamingTheColumn() throws Exception {
        Path f = TestFiles.mutated(tmp, TestFiles.SEED_2020,
                "一、本年新收政府信息公开申请数量 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |",
                "一、本年新收政府信息公开申请数量 | 3 | 0 | 0 | 0 | 0 | 0 | 3 |");
        CliRunner.Result r = CliRunner.run("check", f.toString());
        assertThat(r.out()).contains("FMT-T3-001").contains("表三“自然人”列").contains("表三“总计”列");
    }

    @Test
    void deletedSectionFiveGivesMissingSectionFinding() throws Exception {
        String text = Files.readString(TestFiles.seed(TestFiles.SEED_2021));
        int start = text.indexOf("五、存在问题及改进措施");
        int end = text.indexOf("六、其他需要报告的事项");
        assertThat(start).isPositive();
        Path f = tmp.resolve("no-five.txt");
        Files.writeString(f, text.substring(0, start) + text.substring(end));
        CliRunner.Result r = CliRunner.run("check", f.toString());
        assertThat(r.out()).contains("FMT-SEC-001").contains("缺少“五、存在的主要问题及改进情况”部分")
                .contains("第五十条第（四）项");
    }

    @Test
    void periodEndingNovemberGivesPeriodFinding() throws Exception {
        Path f = TestFiles.mutated(tmp, TestFiles.SEED_2021, "至 12 月 31 日", "至 11 月 30 日");
        CliRunner.Result r = CliRunner.run("check", f.toString());
        assertThat(r.out()).contains("REG-PER-002").contains("2021年1月1日至2021年12月31日");
    }

    @Test
    void lateDateGivesDeadlineFinding() throws Exception {
        Path f = TestFiles.mutated(tmp, TestFiles.SEED_2021, "2022年1月7日", "2022年3月15日");
        CliRunner.Result r = CliRunner.run("check", f.toString());
        assertThat(r.code()).isEqualTo(ExitCode.FINDINGS);
        assertThat(r.out()).contains("[错误] REG-DL-001").contains("2022年3月15日").contains("第四十九条");
    }

    @Test
    void unreadableFilesAreReportedByNameAndTheRunGoesOn() throws Exception {
        Path empty = Files.writeString(tmp.resolve("a-empty.txt"), "");
        Path binary = Files.write(tmp.resolve("b-binary.txt"), new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 7});
        Files.copy(TestFiles.seed(TestFiles.SEED_2021), tmp.resolve("c-good.txt"));
        CliRunner.Result r = CliRunner.run("check", tmp.toString());
        assertThat(r.code()).isEqualTo(ExitCode.UNREADABLE);
        assertThat(r.out()).contains(empty.toString()).contains("文件为空")
                .contains(binary.toString()).contains("无法读取")
                .contains("c-good.txt").contains("安康市行政审批服务局")
                .contains("合计：3 个文件，已检查 1 个，无法读取 2 个");
    }

    @Test
    void gbkEncodedReportIsReadLikeUtf8() throws Exception {
        String text = Files.readString(TestFiles.seed(TestFiles.SEED_2020), StandardCharsets.UTF_8);
        Path gbk = tmp.resolve("gbk.txt");
        Files.write(gbk, text.getBytes(Charset.forName("GBK")));
        CliRunner.Result r = CliRunner.run("check", "--format", "json", gbk.toString());
        JsonNode report = JSON.readTree(r.out()).path("reports").get(0);
        assertThat(report.path("status").asText()).isEqualTo("checked");
        assertThat(report.path("agency").asText()).isEqualTo("鞍山市行政审批局");
        assertThat(report.path("counts").path("error").asInt()).isEqualTo(1);
    }

    @Test
    void missingPathIsUsageError() {
        CliRunner.Result r = CliRunner.run("check", tmp.resolve("nope.txt").toString());
        assertThat(r.code()).isEqualTo(ExitCode.USAGE_OR_RULES);
        assertThat(r.err()).contains("不存在").contains("nope.txt");
    }

    @Test
    void forcedEditionMustExist() {
        CliRunner.Result r = CliRunner.run("check", "--edition", "n1999", TestFiles.seed(TestFiles.SEED_2021).toString());
        assertThat(r.code()).isEqualTo(ExitCode.USAGE_OR_RULES);
        assertThat(r.err()).contains("n1999");
    }
}
