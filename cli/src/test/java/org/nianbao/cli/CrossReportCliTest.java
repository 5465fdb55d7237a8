package org.nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The done-when scenarios of cross-report checking, through the CLI: a report copied into the next year
 * with only its years changed (内容雷同 naming the earlier report), the same copy with 上年结转 raised to 3
 * (carried-over finding) and with 行政规范性文件 现行有效 set to 5 from nowhere (stock finding) — each in
 * one run over both files, and with last year's file only in the archive.
 */
class CrossReportCliTest {
    static final Path FIXTURE = Path.of("..", "rules", "cases", "fixtures", "n2021-department-2021.txt");
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    String lastYear;

    @BeforeEach
    void baseReport() throws Exception {
        // last year: no 行政规范性文件 in force, none issued or repealed
        lastYear = Files.readString(FIXTURE).replace("行政规范性文件\t2\t1\t15", "行政规范性文件\t0\t0\t0");
        assertThat(lastYear).contains("行政规范性文件\t0\t0\t0");
    }

    /** Last year's report with only its years moved on by one. */
    String copiedIntoNextYear() {
        return lastYear.replace("2022年1月7日", "2023年1月7日").replace("2021", "2022");
    }

    Path write(String folder, String name, String text) throws Exception {
        Path f = dir.resolve(folder).resolve(name);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    /** The findings of the report whose file ends with {@code suffix}, from the JSON output. */
    static List<JsonNode> findings(CliRunner.Result r, String suffix) throws Exception {
        JsonNode root = JSON.readTree(r.out());
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode rep : root.get("reports")) {
            if (rep.get("file").asText().endsWith(suffix)) {
                rep.get("findings").forEach(out::add);
                return out;
            }
        }
        throw new AssertionError("no report " + suffix + " in " + r.out() + r.err());
    }

    static List<JsonNode> of(List<JsonNode> findings, String rule) {
        return findings.stream().filter(f -> f.get("rule").asText().equals(rule)).toList();
    }

    enum Variant { COPY, CARRIED_RAISED, STOCK_FROM_NOWHERE }

    String variant(Variant v) {
        String s = copiedIntoNextYear();
        return switch (v) {
            case COPY -> s;
            case CARRIED_RAISED -> s.replace("二、上年结转政府信息公开申请数量\t\t1\t0\t0\t0\t0\t0\t1",
                    "二、上年结转政府信息公开申请数量\t\t3\t0\t0\t0\t0\t0\t3");
            case STOCK_FROM_NOWHERE -> s.replace("行政规范性文件\t0\t0\t0", "行政规范性文件\t0\t0\t5");
        };
    }

    void assertScenario(Variant v, List<JsonNode> f, String earlierFile) {
        List<JsonNode> sim = of(f, "CRS-SIM-001");
        assertThat(sim).as("内容雷同 for a copy with only the years changed").hasSize(1);
        assertThat(sim.get(0).get("related").get("file").asText()).endsWith(earlierFile);
        assertThat(sim.get(0).get("related").get("year").asInt()).isEqualTo(2021);
        assertThat(sim.get(0).get("message").asText()).contains("最长的相同段落");
        List<JsonNode> carry = of(f, "CRS-CARRY-001");
        List<JsonNode> stock = of(f, "CRS-STOCK-001");
        switch (v) {
            case COPY -> {
                assertThat(carry).isEmpty();
                assertThat(stock).isEmpty();
            }
            case CARRIED_RAISED -> {
                assertThat(carry).isNotEmpty();
                assertThat(carry).allSatisfy(c -> {
                    assertThat(c.get("severity").asText()).isEqualTo("WARNING");
                    assertThat(c.get("actual").asText()).isEqualTo("3");
                    assertThat(c.get("expected").asText()).isEqualTo("1");
                    assertThat(c.get("related").get("file").asText()).endsWith(earlierFile);
                });
                assertThat(stock).isEmpty();
            }
            case STOCK_FROM_NOWHERE -> {
                assertThat(stock).hasSize(1);
                assertThat(stock.get(0).get("expected").asText()).isEqualTo("0");
                assertThat(stock.get(0).get("actual").asText()).isEqualTo("5");
                assertThat(stock.get(0).get("related").get("year").asInt()).isEqualTo(2021);
                assertThat(carry).isEmpty();
            }
        }
    }

    @Test
    void oneRunOverBothYears() throws Exception {
        for (Variant v : Variant.values()) {
            String folder = "run-" + v;
            write(folder, "2021.txt", lastYear);
            write(folder, "2022.txt", variant(v));
            CliRunner.Result r = CliRunner.run("check", "--format", "json", dir.resolve(folder).toString());
            assertThat(r.err()).doesNotContain("Exception");
            assertThat(of(findings(r, "2021.txt"), "CRS-SIM-001")).as("the earlier report carries no finding").isEmpty();
            assertScenario(v, findings(r, "2022.txt"), "2021.txt");
        }
    }

    @Test
    void lastYearOnlyInTheArchive() throws Exception {
        Path db = dir.resolve("archive.db");
        Path earlier = write("last", "2021.txt", lastYear);
        CliRunner.Result first = CliRunner.run("check", "--archive", db.toString(), "--format", "json", earlier.toString());
        assertThat(first.code()).as(first.err()).isIn(0, 1);
        Files.delete(earlier);
        for (Variant v : Variant.values()) {
            Path now = write("now-" + v, "2022.txt", variant(v));
            CliRunner.Result r = CliRunner.run("check", "--archive", db.toString(), "--format", "json", now.toString());
            assertScenario(v, findings(r, "2022.txt"), "2021.txt");
        }
    }

    @Test
    void noCrossChecksWhenSwitchedOff() throws Exception {
        write("off", "2021.txt", lastYear);
        write("off", "2022.txt", variant(Variant.CARRIED_RAISED));
        CliRunner.Result r = CliRunner.run("check", "--no-cross", "--format", "json", dir.resolve("off").toString());
        assertThat(findings(r, "2022.txt")).noneMatch(f -> f.get("rule").asText().startsWith("CRS-"));
    }

    @Test
    void sameAgencyYearCheckedAgainWithOtherContentIsFlagged() throws Exception {
        Path db = dir.resolve("a.db");
        Path v1 = write("v1", "2021.txt", lastYear);
        CliRunner.run("check", "--archive", db.toString(), v1.toString());
        Path v2 = write("v2", "2021.txt", lastYear.replace("行政处罚\t3", "行政处罚\t7"));
        CliRunner.Result r = CliRunner.run("check", "--archive", db.toString(), "--format", "json", v2.toString());
        List<JsonNode> changed = of(findings(r, "2021.txt"), "CRS-ARC-001");
        assertThat(changed).hasSize(1);
        assertThat(changed.get(0).get("message").asText()).contains("3 → 7");
        assertThat(changed.get(0).get("related").get("file").asText()).isEqualTo(v1.toString());
        // the same content again: nothing changed
        CliRunner.Result again = CliRunner.run("check", "--archive", db.toString(), "--format", "json", v1.toString());
        assertThat(of(findings(again, "2021.txt"), "CRS-ARC-001")).hasSize(1); // v2 is archived now and differs
        CliRunner.Result list = CliRunner.run("archive", "list", db.toString());
        assertThat(list.code()).isZero();
        assertThat(list.out()).contains("共 2 份报告").contains("安康市行政审批服务局");
    }

    @Test
    void archiveShowAndForget() throws Exception {
        Path db = dir.resolve("a.db");
        Path f = write("x", "2021.txt", lastYear);
        CliRunner.run("check", "--archive", db.toString(), f.toString());
        CliRunner.Result show = CliRunner.run("archive", "show", db.toString(), f.toString());
        assertThat(show.code()).as(show.err()).isZero();
        assertThat(show.out()).contains("安康市行政审批服务局").contains("内容摘要值").contains("〔五〕");
        CliRunner.Result json = CliRunner.run("archive", "show", "--format", "json", db.toString(), f.toString());
        JsonNode tables = JSON.readTree(json.out()).get(0).get("tables");
        assertThat(tables.get("proactive").get("rows").get("normative_documents").get("in_force").asInt()).isZero();
        CliRunner.Result forget = CliRunner.run("archive", "forget", db.toString(), "--agency", "安康市行政审批服务局",
                "--year", "2021");
        assertThat(forget.code()).as(forget.err()).isZero();
        assertThat(forget.out()).contains("共删除 1 份报告");
        assertThat(CliRunner.run("archive", "list", db.toString()).out()).contains("共 0 份报告");
        assertThat(CliRunner.run("archive", "show", db.toString(), "nothing.txt").code()).isEqualTo(ExitCode.USAGE_OR_RULES);
    }

    @Test
    void aliasesJoinARenamedAgency() throws Exception {
        write("renamed", "2021.txt", lastYear);
        write("renamed", "2022.txt", variant(Variant.CARRIED_RAISED).replace("安康市行政审批服务局", "安康市政务服务管理局"));
        CliRunner.Result without = CliRunner.run("check", "--format", "json", dir.resolve("renamed").toString());
        assertThat(of(findings(without, "2022.txt"), "CRS-CARRY-001")).isEmpty();
        Path aliases = write("cfg", "aliases.yaml", "安康市行政审批服务局: 安康市政务服务管理局\n");
        CliRunner.Result with = CliRunner.run("check", "--aliases", aliases.toString(), "--format", "json",
                dir.resolve("renamed").toString());
        assertThat(of(findings(with, "2022.txt"), "CRS-CARRY-001")).isNotEmpty();
    }

    @Test
    void orderAndFindingsDoNotDependOnJobs() throws Exception {
        write("jobs", "2021.txt", lastYear);
        write("jobs", "2022.txt", variant(Variant.CARRIED_RAISED));
        write("jobs", "2022-other.txt", variant(Variant.COPY).replace("安康市行政审批服务局", "汉中市行政审批服务局"));
        String one = CliRunner.run("check", "-j", "1", "--format", "json", dir.resolve("jobs").toString()).out();
        String two = CliRunner.run("check", "-j", "2", "--format", "json", dir.resolve("jobs").toString()).out();
        assertThat(two).isEqualTo(one);
        assertThat(one).contains("CRS-SIM-003");
    }

    @Test
    void relatedReportAndAgencyYearsInEveryFormat() throws Exception {
        write("fmt", "2021.txt", lastYear);
        write("fmt", "2022.txt", variant(Variant.CARRIED_RAISED));
        Path html = dir.resolve("out.html");
        Path xlsx = dir.resolve("out.xlsx");
        Path csv = dir.resolve("out.csv");
        Path sarif = dir.resolve("out.sarif");
        CliRunner.Result r = CliRunner.run("check", dir.resolve("fmt").toString(), "--report", "html=" + html,
                "--report", "xlsx=" + xlsx, "--report", "csv=" + csv, "--report", "sarif=" + sarif);
        assertThat(r.out()).contains("相关报告：安康市行政审批服务局 2021年度（" + dir.resolve("fmt").resolve("2021.txt") + "）");
        String page = Files.readString(html);
        assertThat(page).contains("按机关历年").contains("2021年度</th><th>2022年度").contains("相关报告：");
        String table = Files.readString(csv);
        assertThat(table.lines().findFirst().orElseThrow()).endsWith(",相关报告");
        assertThat(table).contains("CRS-CARRY-001").contains("安康市行政审批服务局 2021年度（");
        JsonNode run = JSON.readTree(sarif.toFile()).get("runs").get(0);
        boolean related = false;
        for (JsonNode res : run.get("results")) {
            if (res.get("ruleId").asText().equals("CRS-CARRY-001")) {
                related = true;
                assertThat(res.get("relatedLocations").get(0).get("physicalLocation").get("artifactLocation").get("uri")
                        .asText()).endsWith("2021.txt");
                assertThat(res.get("properties").get("related").get("year").asInt()).isEqualTo(2021);
            }
        }
        assertThat(related).isTrue();
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(xlsx))) {
            var history = wb.getSheet("机关历年");
            assertThat(history).isNotNull();
            assertThat(history.getRow(0).getCell(1).getStringCellValue()).isEqualTo("2021年度");
            assertThat(history.getRow(1).getCell(0).getStringCellValue()).isEqualTo("安康市行政审批服务局");
            assertThat(history.getRow(1).getCell(2).getStringCellValue()).startsWith("错误 ");
            var findings = wb.getSheet("发现");
            int last = findings.getRow(0).getLastCellNum() - 1;
            assertThat(findings.getRow(0).getCell(last).getStringCellValue()).isEqualTo("相关报告");
        }
        // one year only: no per-agency view across years
        Path single = dir.resolve("single.html");
        CliRunner.run("check", dir.resolve("fmt").resolve("2021.txt").toString(), "--report", "html=" + single);
        assertThat(Files.readString(single)).doesNotContain("按机关历年");
    }

    @Test
    void badArchiveAndAliasFilesAreUsageErrors() throws Exception {
        Path notDb = write("bad", "not.db", "这不是数据库，只是一段文字。".repeat(50));
        Path report = write("bad", "2021.txt", lastYear);
        CliRunner.Result r = CliRunner.run("check", "--archive", notDb.toString(), report.toString());
        assertThat(r.code()).isEqualTo(ExitCode.USAGE_OR_RULES);
        assertThat(r.err()).contains("档案库");
        Path badAliases = write("bad", "aliases.yaml", "- 不是映射\n");
        CliRunner.Result a = CliRunner.run("check", "--aliases", badAliases.toString(), report.toString());
        assertThat(a.code()).isEqualTo(ExitCode.USAGE_OR_RULES);
        assertThat(a.err()).contains("别名");
        assertThat(Files.readString(notDb)).startsWith("这不是数据库");
    }
}
