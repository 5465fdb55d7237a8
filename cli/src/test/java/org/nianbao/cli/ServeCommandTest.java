package org.nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.engine.Checker;
import org.nianbao.engine.extract.Readers;
import org.nianbao.engine.rules.RuleSet;
import org.nianbao.engine.rules.RuleSettings;
import org.nianbao.web.MemoryReviewStore;
import org.nianbao.web.WebConfig;
import org.nianbao.web.WebServer;

class ServeCommandTest {
    @TempDir
    Path temp;

    @Test
    void apiJsonIsExactlyTheCliJson() throws Exception {
        Path dir = Files.createDirectories(temp.resolve("in"));
        Path a = Files.copy(TestFiles.seed(TestFiles.SEED_2020), dir.resolve(TestFiles.SEED_2020));
        Path b = TestFiles.mutated(dir, TestFiles.SEED_2021, "0", "7");
        // the same agency's previous year: cross-report checks (carry-over, repeated text) compare the two
        Path prev = dir.resolve("prev-" + TestFiles.SEED_2020);
        Files.writeString(prev, Files.readString(a).replace("2020", "2019").replace("2021", "2020"));
        Path zip = dir.resolve("报告.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip), StandardCharsets.UTF_8)) {
            z.putNextEntry(new ZipEntry("甲/" + TestFiles.SEED_2021));
            z.write(Files.readAllBytes(TestFiles.seed(TestFiles.SEED_2021)));
            z.closeEntry();
            z.putNextEntry(new ZipEntry("../bad.txt"));
            z.write("x".getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        CliRunner.Result cli = CliRunner.run("check", "--format", "json", a.toString(), b.toString(), zip.toString(),
                prev.toString());
        assertThat(cli.out()).contains("\"schema\" : \"nianbao/check/1\"");
        // the CLI names files by the path given; the service by the uploaded file name
        String expected = cli.out().replace(dir + "/", "");

        Checker checker = new Checker(Readers.standard(), RuleSet.bundled(), RuleSettings.DEFAULTS, null);
        WebConfig cfg = new WebConfig("127.0.0.1", 0, 64L * 1024 * 1024, 100, null, null, temp.resolve("web"), 2);
        try (WebServer server = new WebServer(cfg, checker, "test", new MemoryReviewStore()).start()) {
            String boundary = "----b" + System.nanoTime();
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            for (Path p : List.of(a, b, zip, prev)) {
                body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                        + p.getFileName() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
                body.write(Files.readAllBytes(p));
                body.write("\r\n".getBytes(StandardCharsets.UTF_8));
            }
            body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + server.port() + "/api/check"))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
            assertThat(r.body()).isEqualTo(expected);
            assertThat(r.body()).contains("\"rule\" : \"CRS-");
            assertThat(r.body()).contains("报告.zip!/甲/").contains("zip-unsafe-path").contains("\"file\" : \"mutated-");
        }
    }

    @Test
    void helpDescribesTheService() {
        CliRunner.Result r = CliRunner.run("serve", "--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("--host").contains("--port").contains("--archive").contains("--max-upload-mb")
                .contains("--token");
    }

    @Test
    void aPortInUseIsAUsageError() throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            CliRunner.Result r = CliRunner.run("serve", "--port", String.valueOf(taken.getLocalPort()));
            assertThat(r.code()).isEqualTo(ExitCode.USAGE_OR_RULES);
            assertThat(r.err()).contains("无法在 127.0.0.1:" + taken.getLocalPort() + " 启动服务");
        }
    }

    @Test
    void badOptionsAreUsageErrors() {
        assertThat(CliRunner.run("serve", "--port", "70000").code()).isEqualTo(ExitCode.USAGE_OR_RULES);
        assertThat(CliRunner.run("serve", "--token", "short").code()).isEqualTo(ExitCode.USAGE_OR_RULES);
    }
}
