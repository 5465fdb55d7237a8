package org.nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/maintainers.md §4, step by step, on a copy of rules/: a hypothetical 2026 edition that renames
 * the 表三 row （二）部分公开 to （二）部分予以公开 is added as data + DRL only, and is detected and used
 * with --rules, without rebuilding any Java.
 */
class CliEditionWalkthroughTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;
    Path rules;

    @BeforeEach
    void addTheEdition() throws IOException {
        rules = TestFiles.copyOfRules(tmp);
        Path r = rules.resolve("org/nianbao/rules");
        Path pack = Files.createDirectories(r.resolve("n2026"));
        // Step 1: the edition's data, starting from the built-in n2021.yaml.
        String n2021;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("org/nianbao/editions/n2021.yaml")) {
            n2021 = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String n2026 = n2021.replace("id: n2021", "id: n2026")
                .replace("name: 2021年版格式（国办公开办函〔2021〕30号）", "name: 2026年版格式（国办公开办函〔2026〕X号）")
                .replace("years: {from: 2021}", "years: {from: 2026}")
                .replace("逾期不补正, 收费通知]", "逾期不补正, 收费通知, 部分予以公开]")
                + "labels:\n  applications:\n    partially_granted: {label: （二）部分予以公开, match: [部分予以公开]}\n";
        assertThat(n2026).contains("id: n2026", "years: {from: 2026}", "部分予以公开]");
        Files.writeString(pack.resolve("edition.yaml"), n2026);
        // Step 2: the pack, copied from n2021 with new ids.
        try (Stream<Path> s = Files.list(r.resolve("n2021"))) {
            for (Path f : s.filter(p -> p.toString().endsWith(".drl")).toList()) {
                String text = Files.readString(f).replace("package org.nianbao.rules.n2021;", "package org.nianbao.rules.n2026;")
                        .replace("N21-", "N26-").replace("@editions(\"n2021\")", "@editions(\"n2026\")");
                Files.writeString(pack.resolve(f.getFileName()), text);
            }
        }
        // Step 3: the common rule for 2026 reports still in the 2021 tables.
        Files.writeString(r.resolve("common/edition2026.drl"), String.join("\n",
                "package org.nianbao.rules.common;",
                "import org.nianbao.engine.model.Report;",
                "global org.nianbao.engine.rules.FindingSink findings;",
                "rule \"REG-ED-005\"",
                "    @id(\"REG-ED-005\") @severity(\"ERROR\") @title(\"2026 年及以后的报告仍使用 2021 年版格式\")",
                "    @reference(\"（假设）国办公开办函〔2026〕X号\") @editions(\"all\")",
                "    @message(\"本报告为 {0} 年度报告，但表格使用的是 2021 年版格式；2026 年度起应使用 2026 年版格式。\")",
                "when",
                "    $r : Report(edition == \"n2021\", year != null, year >= 2026, $y : year)",
                "then",
                "    findings.report(kcontext, $r.getLocation(), \"2026 年版格式\", \"2021 年版格式\", String.valueOf($y));",
                "end", ""));
    }

    private Path report2026(boolean newLabel) throws IOException {
        String text = Files.readString(TestFiles.seed(TestFiles.SEED_2021)).replace("2022", "2027").replace("2021", "2026");
        if (newLabel) {
            text = text.replace("部分公开（区分处理的", "部分予以公开（区分处理的");
        }
        return Files.writeString(tmp.resolve(newLabel ? "new-tables-2026.txt" : "old-tables-2026.txt"), text);
    }

    private JsonNode check(Path report) throws IOException {
        CliRunner.Result r = CliRunner.run("check", "--format", "json", "--rules", rules.toString(), report.toString());
        assertThat(r.err()).doesNotContain("规则无法加载");
        return JSON.readTree(r.out()).path("reports").get(0);
    }

    @Test
    void theNewPackIsListed() {
        CliRunner.Result r = CliRunner.run("rules", "list", "--rules", rules.toString());
        assertThat(r.code()).isEqualTo(ExitCode.CLEAN);
        assertThat(r.out()).contains("N26-SEC6-001").contains("REG-ED-005").contains("n2026");
    }

    @Test
    void aReportWithTheRenamedRowIsDetectedAndReadInTheNewEdition() throws IOException {
        JsonNode report = check(report2026(true));
        assertThat(report.path("edition").asText()).isEqualTo("n2026");
        assertThat(report.path("year").asInt()).isEqualTo(2026);
        assertThat(report.toString()).doesNotContain("REG-ED-005").doesNotContain("EXT-TAB-001");
    }

    @Test
    void aReportStillInTheOldTablesIsFlagged() throws IOException {
        JsonNode report = check(report2026(false));
        assertThat(report.path("edition").asText()).isEqualTo("n2021");
        assertThat(report.toString()).contains("REG-ED-005");
    }

    @Test
    void extractWithRulesReadsTheReportInTheDirectorysEdition() throws IOException {
        Path report = report2026(true);
        CliRunner.Result withRules = CliRunner.run("extract", "--rules", rules.toString(), report.toString());
        assertThat(withRules.code()).isEqualTo(ExitCode.CLEAN);
        assertThat(JSON.readTree(withRules.out()).path("edition").asText()).isEqualTo("n2026");
        CliRunner.Result bundled = CliRunner.run("extract", report.toString());
        assertThat(JSON.readTree(bundled.out()).path("edition").asText()).isEqualTo("n2021");
    }

    @Test
    void rulesTestWithRulesInterpretsCasesInTheDirectorysEditions() throws IOException {
        Path cases = Files.createDirectories(rules.resolve("cases"));
        String text = Files.readString(report2026(true));
        Files.writeString(cases.resolve("REG-ED-005.yaml"), "cases:\n"
                + "  - name: \"2026 年版表格不报\"\n"
                + "    text: |\n" + text.lines().map(l -> "      " + l).reduce("", (a, b) -> a + b + "\n")
                + "    absent:\n      - \"REG-ED-005\"\n");
        CliRunner.Result r = CliRunner.run("rules", "test", "--rules", rules.toString(), "--rule", "REG-ED-005");
        assertThat(r.out()).contains("通过  REG-ED-005");
        assertThat(r.code()).isEqualTo(ExitCode.CLEAN);
    }
}
