package org.nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.engine.render.JsonRenderer;

class CheckCommandBatchTest {
    @TempDir
    Path dir;

    private static final String REPORT = """
            某县人民政府2021年政府信息公开工作年度报告
            一、总体情况
            本年度工作情况。
            """;

    private int run(StringWriter out, StringWriter err, String... args) {
        return Main.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    private Path corpus() throws Exception {
        Path in = dir.resolve("in");
        Files.createDirectories(in.resolve("sub"));
        Files.writeString(in.resolve("a.txt"), REPORT);
        Files.writeString(in.resolve("sub/b.txt"), REPORT.replace("某县", "某市"));
        Files.writeString(in.resolve("empty.txt"), "");
        try (OutputStream os = Files.newOutputStream(in.resolve("c.zip")); ZipOutputStream z = new ZipOutputStream(os)) {
            z.putNextEntry(new ZipEntry("d.txt"));
            z.write(REPORT.getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new ZipEntry("../x.txt"));
            z.write(1);
        }
        return in;
    }

    @Test
    void everyInputIsAccountedForInEveryOutputAndOrderDoesNotDependOnJobs() throws Exception {
        Path in = corpus();
        Path json1 = dir.resolve("one.json");
        Path json2 = dir.resolve("two.json");
        Path xlsx = Files.createDirectories(dir.resolve("out")).resolve("r.xlsx");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int rc = run(out, err, "check", in.toString(), "--no-progress", "-j", "1", "--format", "json", "-o",
                json1.toString(), "--report", "xlsx=" + xlsx, "--fail-on", "never");
        assertThat(err.toString()).isEmpty();
        assertThat(rc).isEqualTo(ExitCode.UNREADABLE);
        run(new StringWriter(), new StringWriter(), "check", in.toString(), "--no-progress", "-j", "3", "--format",
                "json", "-o", json2.toString(), "--fail-on", "never");
        assertThat(Files.readString(json2)).isEqualTo(Files.readString(json1));
        JsonNode root = JsonRenderer.MAPPER.readTree(json1.toFile());
        assertThat(root.get("reports")).hasSize(5);
        assertThat(root.get("summary").get("files").asInt()).isEqualTo(5);
        assertThat(root.get("summary").get("unreadable").asInt()).isEqualTo(2);
        assertThat(root.get("reports").get(0).get("file").asText()).isEqualTo(in.resolve("a.txt").toString());
        assertThat(root.get("reports").get(1).get("file").asText()).endsWith("c.zip!/../x.txt");
        assertThat(root.get("reports").get(1).get("error").get("code").asText()).isEqualTo("zip-unsafe-path");
        assertThat(Files.size(xlsx)).isPositive();
        try (var files = Files.list(dir.resolve("out"))) {
            assertThat(files.toList()).containsExactly(xlsx); // no temporary file left behind
        }
    }

    @Test
    void textOutputEndsWithSummariesAndTotal() throws Exception {
        StringWriter out = new StringWriter();
        int rc = run(out, new StringWriter(), "check", corpus().toString(), "--no-progress");
        String text = out.toString();
        assertThat(text).contains("按报告（5 个文件）").contains("[无法读取]").contains("按规则");
        assertThat(text.strip()).contains("合计：5 个文件，已检查 3 个，无法读取 2 个");
        assertThat(rc).isIn(ExitCode.FINDINGS, ExitCode.UNREADABLE);
    }

    @Test
    void binaryFormatToStdoutAndUnknownFormatAreUsageErrors() throws Exception {
        StringWriter err = new StringWriter();
        assertThat(run(new StringWriter(), err, "check", corpus().toString(), "--format", "xlsx"))
                .isEqualTo(ExitCode.USAGE_OR_RULES);
        assertThat(err.toString()).contains("-o");
        assertThat(run(new StringWriter(), new StringWriter(), "check", corpus().toString(), "--format", "pdf"))
                .isEqualTo(ExitCode.USAGE_OR_RULES);
    }
}
