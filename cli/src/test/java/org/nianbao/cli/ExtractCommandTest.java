package org.nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class ExtractCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode extract(String seed) throws Exception {
        CliRunner.Result r = CliRunner.run("extract", "--format", "json", TestFiles.seed(seed).toString());
        assertThat(r.code()).isEqualTo(ExitCode.CLEAN);
        return JSON.readTree(r.out());
    }

    @Test
    void tablesAreKeyedByCanonicalKeys() throws Exception {
        JsonNode t2021 = extract(TestFiles.SEED_2021);
        assertThat(t2021.at("/tables/applications/rows/new_received/total").isInt()).isTrue();
        assertThat(t2021.at("/tables/applications/rows/new_received/total").asInt()).isZero();
        assertThat(t2021.at("/tables/proactive/rows/licensing/decisions").asInt()).isEqualTo(12459);
        assertThat(t2021.at("/edition").asText()).isEqualTo("n2021");

        JsonNode t2020 = extract(TestFiles.SEED_2020);
        assertThat(t2020.at("/tables/applications/rows/new_received/total").asInt()).isEqualTo(2);
        assertThat(t2020.at("/tables/applications/rows/results_total/total").asInt()).isEqualTo(2);
        assertThat(t2020.at("/tables/applications/rows/unable_not_held/natural_person").asInt()).isEqualTo(1);
        assertThat(t2020.at("/tables/proactive/rows/licensing/change").asInt()).isEqualTo(-37);
        assertThat(t2020.at("/tables/review_litigation/rows/review/total").asInt()).isZero();
    }

    @Test
    void everyCellKeepsItsSourceLocationAndRawText() throws Exception {
        JsonNode cell = extract(TestFiles.SEED_2020).at("/tables/applications/cells/new_received/total");
        assertThat(cell.path("status").asText()).isEqualTo("number");
        assertThat(cell.path("raw").asText()).isEqualTo("2");
        assertThat(cell.at("/location/line").asInt()).isEqualTo(39);
        assertThat(cell.at("/location/rowLabel").asText()).isEqualTo("一、本年新收政府信息公开申请数量");
        JsonNode read = extract(TestFiles.SEED_2020).at("/tables/applications/read");
        assertThat(read.path("complete").asBoolean()).isTrue();
        assertThat(read.path("method").asText()).isEqualTo("text-pipe");
    }

    @Test
    void unreadableFileExitsThree() throws Exception {
        java.nio.file.Path f = java.nio.file.Files.createTempFile("empty", ".txt");
        try {
            CliRunner.Result r = CliRunner.run("extract", f.toString());
            assertThat(r.code()).isEqualTo(ExitCode.UNREADABLE);
            assertThat(r.err()).contains(f.toString()).contains("文件为空");
        } finally {
            java.nio.file.Files.deleteIfExists(f);
        }
    }
}
