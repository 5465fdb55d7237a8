package org.nianbao.engine.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class RenderersTest {

    @Test
    void jsonKeepsSchemaAndAddsPerRuleAndPerAgencySummaries() throws Exception {
        JsonNode root = JsonRenderer.MAPPER.readTree(Fixtures.render("json"));
        assertThat(root.get("schema").asText()).isEqualTo("nianbao/check/1");
        JsonNode reports = root.get("reports");
        assertThat(reports).hasSize(3);
        assertThat(reports.get(0).get("status").asText()).isEqualTo("checked");
        assertThat(reports.get(0).get("counts").get("error").asInt()).isEqualTo(1);
        assertThat(reports.get(0).get("findings").get(0).get("severity").asText()).isEqualTo("ERROR");
        assertThat(reports.get(0).get("findings").get(0).get("severityLabel").asText()).isEqualTo("错误");
        JsonNode suspect = reports.get(0).get("findings").get(0).get("suspects").get(0);
        assertThat(suspect.toString()).isEqualTo(
                "{\"table\":\"applications\",\"row\":\"granted\",\"column\":\"natural_person\",\"value\":3.0,\"expected\":1.0}");
        assertThat(reports.get(0).get("findings").get(1).has("suspects")).isFalse();
        assertThat(reports.get(1).get("year").isNull()).isTrue();
        assertThat(reports.get(2).get("error").get("code").asText()).isEqualTo("corrupt");
        JsonNode summary = root.get("summary");
        assertThat(summary.get("files").asInt()).isEqualTo(3);
        assertThat(summary.get("unreadable").asInt()).isEqualTo(1);
        assertThat(summary.get("byRule").get("T-001").asInt()).isEqualTo(1);
        assertThat(summary.get("rules").get(0).get("id").asText()).isEqualTo("T-001");
        assertThat(summary.get("agencies")).hasSize(2);
        assertThat(summary.get("unreadableByCode").get("corrupt").asInt()).isEqualTo(1);
    }

    @Test
    void csvHasBomCrlfAndRfc4180Quoting() throws Exception {
        byte[] bytes = Fixtures.render("csv");
        assertThat(bytes[0]).isEqualTo((byte) 0xEF);
        assertThat(bytes[1]).isEqualTo((byte) 0xBB);
        assertThat(bytes[2]).isEqualTo((byte) 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text).startsWith(String.join(",", CsvRenderer.HEADER) + "\r\n");
        assertThat(text).contains("\"合计为 5，各项之和为 \"\"6\"\", <script>\"");
        assertThat(text).contains("\"多行\n说明，含逗号\"");
        // every input appears: two findings of 甲, a row for the clean file, a row for the unreadable one
        assertThat(text).contains("乙 & 丙.txt,已检查").contains("坏.pdf,无法读取");
        assertThat(text.split("\r\n")).hasSize(5);
        assertThat(text).contains(",表三（一）予以公开 自然人列：填 3，应为 1,\r\n"); // then 相关报告, empty here
        assertThat(CsvRenderer.field("=1+1")).isEqualTo("'=1+1");
    }

    @Test
    void xlsxReadsBackWithPoi() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(Fixtures.render("xlsx")))) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertThat(names).containsExactly("概况", "报告", "发现", "规则", "机关");
            Sheet reports = wb.getSheet("报告");
            assertThat(cells(reports.getRow(0))).containsExactlyElementsOf(XlsxRenderer.REPORT_HEADER);
            assertThat(reports.getLastRowNum()).isEqualTo(3);
            assertThat(reports.getRow(1).getCell(0).getStringCellValue()).isEqualTo("甲.txt");
            assertThat(reports.getRow(1).getCell(5).getNumericCellValue()).isEqualTo(1.0);
            assertThat(reports.getRow(3).getCell(1).getStringCellValue()).isEqualTo("无法读取");
            assertThat(reports.getPaneInformation().isFreezePane()).isTrue();
            assertThat(((XSSFSheet) reports).getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:I4");
            Sheet findings = wb.getSheet("发现");
            assertThat(findings.getLastRowNum()).isEqualTo(2);
            assertThat(findings.getRow(1).getCell(3).getStringCellValue()).isEqualTo("T-001");
            assertThat(findings.getRow(1).getCell(4).getStringCellValue()).isEqualTo("错误");
            assertThat(findings.getRow(1).getCell(8).getNumericCellValue()).isEqualTo(12.0);
            assertThat(findings.getRow(2).getCell(11).getStringCellValue()).isEqualTo("格式 表一；格式 表二");
            assertThat(cells(findings.getRow(0))).containsExactlyElementsOf(XlsxRenderer.FINDING_HEADER);
            assertThat(findings.getRow(1).getCell(12).getStringCellValue()).isEqualTo("表三（一）予以公开 自然人列：填 3，应为 1");
            assertThat(findings.getRow(2).getCell(12)).isNull();
            Sheet rules = wb.getSheet("规则");
            assertThat(rules.getRow(1).getCell(0).getStringCellValue()).isEqualTo("T-001");
            assertThat(rules.getRow(1).getCell(3).getNumericCellValue()).isEqualTo(1.0);
            assertThat(wb.getSheet("概况").getRow(1).getCell(1).getNumericCellValue()).isEqualTo(3.0);
        }
    }

    @Test
    void sarifHasRulesResultsAndNotifications() throws Exception {
        JsonNode root = JsonRenderer.MAPPER.readTree(Fixtures.render("sarif"));
        assertThat(root.get("version").asText()).isEqualTo("2.1.0");
        JsonNode run = root.get("runs").get(0);
        JsonNode rules = run.get("tool").get("driver").get("rules");
        assertThat(rules).hasSize(2);
        assertThat(rules.get(0).get("id").asText()).isEqualTo("T-001");
        assertThat(rules.get(0).get("shortDescription").get("text").asText()).isEqualTo("合计不等于各项之和");
        assertThat(rules.get(0).get("fullDescription").get("text").asText()).isEqualTo("说明 <b>A</b>");
        assertThat(rules.get(0).get("help").get("text").asText()).contains("条例第五十条");
        assertThat(rules.get(0).get("defaultConfiguration").get("level").asText()).isEqualTo("error");
        assertThat(rules.get(1).get("defaultConfiguration").get("level").asText()).isEqualTo("note");
        JsonNode results = run.get("results");
        assertThat(results).hasSize(2);
        JsonNode first = results.get(0);
        assertThat(first.get("ruleId").asText()).isEqualTo("T-001");
        assertThat(first.get("ruleIndex").asInt()).isZero();
        assertThat(first.get("level").asText()).isEqualTo("error");
        assertThat(first.get("properties").get("suspects").get(0).get("row").asText()).isEqualTo("granted");
        assertThat(results.get(1).get("properties").has("suspects")).isFalse();
        JsonNode phys = first.get("locations").get(0).get("physicalLocation");
        assertThat(phys.get("artifactLocation").get("uri").asText()).isEqualTo("%E7%94%B2.txt");
        assertThat(phys.get("region").get("startLine").asInt()).isEqualTo(12);
        assertThat(results.get(1).get("level").asText()).isEqualTo("note");
        assertThat(results.get(1).get("locations").get(0).get("physicalLocation").has("region")).isFalse();
        JsonNode notes = run.get("invocations").get(0).get("toolExecutionNotifications");
        assertThat(notes).hasSize(1);
        assertThat(notes.get(0).get("message").get("text").asText()).contains("文件损坏");
    }

    @Test
    void htmlIsSelfContainedAndEscapesReportText() throws Exception {
        String html = new String(Fixtures.render("html"), StandardCharsets.UTF_8);
        assertThat(html).startsWith("<!DOCTYPE html>");
        assertThat(html).doesNotContain("<script").doesNotContain("<x>").doesNotContain("src=")
                .doesNotContain("<link");
        assertThat(html).contains("&lt;script&gt;").contains("&quot;6&quot;").contains("乙 &amp; 丙.txt")
                .contains("文件损坏 &lt;x&gt;").contains("说明 &lt;b&gt;A&lt;/b&gt;");
        assertThat(html).contains("@media print");
        assertThat(html).contains("可能填错：表三（一）予以公开 自然人列：填 3，应为 1");
        // summary before the per-report part, rule descriptions after it
        assertThat(html.indexOf("按规则")).isLessThan(html.indexOf("各报告的发现"));
        assertThat(html.indexOf("各报告的发现")).isLessThan(html.indexOf("规则说明"));
    }

    @Test
    void textListsEveryFileAndTheRuleSummary() throws Exception {
        String text = new String(Fixtures.render("text"), StandardCharsets.UTF_8);
        assertThat(text).contains("[已检查] 甲.txt").contains("[无法读取] 坏.pdf");
        assertThat(text).contains("T-001 [错误] 合计不等于各项之和：1 份报告，1 项");
        assertThat(text).contains("      可能填错：表三（一）予以公开 自然人列：填 3，应为 1\n");
        assertThat(text).contains("某市人民政府：报告 1 份，有错误的 1 份");
        assertThat(text.strip()).endsWith("合计：3 个文件，已检查 2 个，无法读取 1 个；错误 1 项，警告 0 项，提示 1 项");
    }

    private static List<String> cells(Row row) {
        List<String> list = new ArrayList<>();
        row.forEach(c -> list.add(c.getStringCellValue()));
        return list;
    }
}
