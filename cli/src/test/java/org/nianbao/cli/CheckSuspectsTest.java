package org.nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** issue 12, "which cell is wrong", end to end: seed 004 with one wrong number, as users see it. */
class CheckSuspectsTest {
    @TempDir
    Path tmp;

    @Test
    void aGrantedCellAndItsTotalRaisedByTwoAreNamedInJsonAndText() throws IOException {
        Path report = TestFiles.mutated(tmp, TestFiles.SEED_2020, "(一)予以公开 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |",
                "(一)予以公开 | 3 | 0 | 0 | 0 | 0 | 0 | 3 |");
        List<JsonNode> arithmetic = arithmeticFindings(report);
        for (JsonNode f : arithmetic) {
            assertThat(f.path("rule").asText()).isEqualTo("FMT-T3-002");
            assertThat(f.path("suspects").toString()).isEqualTo("["
                    + "{\"table\":\"applications\",\"row\":\"granted\",\"column\":\"natural_person\",\"value\":3.0,\"expected\":1.0},"
                    + "{\"table\":\"applications\",\"row\":\"granted\",\"column\":\"total\",\"value\":3.0,\"expected\":1.0}]");
        }
        assertThat(arithmetic).hasSize(2);
        CliRunner.Result text = CliRunner.run("check", report.toString());
        assertThat(text.out()).contains("最可能填错的是以下 2 处（按其他各项推算）：（一）予以公开 自然人列填 3 应为 1，（一）予以公开 总计列填 3 应为 1。")
                .contains("      可能填错：表三（一）予以公开 自然人列：填 3，应为 1；表三（一）予以公开 总计列：填 3，应为 1");
    }

    @Test
    void aChangedNewReceivedTotalAloneIsNamedWithItsExpectedValue() throws IOException {
        Path report = TestFiles.mutated(tmp, TestFiles.SEED_2020, "一、本年新收政府信息公开申请数量 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |",
                "一、本年新收政府信息公开申请数量 | 2 | 0 | 0 | 0 | 0 | 0 | 4 |");
        List<JsonNode> arithmetic = arithmeticFindings(report);
        for (JsonNode f : arithmetic) {
            assertThat(f.path("suspects").toString()).isEqualTo(
                    "[{\"table\":\"applications\",\"row\":\"new_received\",\"column\":\"total\",\"value\":4.0,\"expected\":2.0}]");
        }
        // the row sum (FMT-T3-003) and the 总计 column's balance (FMT-T3-001)
        assertThat(arithmetic).hasSize(2);
    }

    /** The 表三 arithmetic findings (FMT-T3-*) of {@code check --format json} on one report. */
    private static List<JsonNode> arithmeticFindings(Path report) throws IOException {
        CliRunner.Result json = CliRunner.run("check", "--format", "json", report.toString());
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode f : new ObjectMapper().readTree(json.out()).path("reports").get(0).path("findings")) {
            if (f.path("rule").asText().startsWith("FMT-T3-")) {
                out.add(f);
            }
        }
        return out;
    }
}
