package org.nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input met the way a user meets it, through the CLI: files that are not files, inputs that are
 * not reports or not in a known encoding, outputs that would destroy data, picocli's own errors.
 * (Runaway and failing rules: {@link CliRuleIsolationTest}; interrupted runs: {@link InterruptedRunCleanupTest}.)
 */
class CliHardeningTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private static Path seed() {
        return TestFiles.seed(TestFiles.SEED_2020);
    }

    private static JsonNode reportsOf(CliRunner.Result r) throws IOException {
        return JSON.readTree(r.out()).path("reports");
    }

    private static JsonNode only(CliRunner.Result r) throws IOException {
        JsonNode reports = reportsOf(r);
        assertThat(reports).hasSize(1);
        return reports.get(0);
    }

    // ------------------------------------------------------------------ not regular files, bounded reads

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void namedPipeAndDeviceAreRefusedUpFrontAndTheRunGoesOn() throws Exception {
        Path fifo = tmp.resolve("pipe.txt");
        assumeTrue(mkfifo(fifo), "mkfifo is not available");
        assumeTrue(Files.exists(Path.of("/dev/zero")), "/dev/zero is not available");
        CliRunner.Result r = CliRunner.run("check", "--format", "json", fifo.toString(), "/dev/zero", seed().toString());
        assertThat(r.code()).isEqualTo(ExitCode.FINDINGS);
        JsonNode reports = reportsOf(r);
        assertThat(reports).hasSize(3);
        for (int i = 0; i < 2; i++) {
            assertThat(reports.get(i).path("status").asText()).isEqualTo("unreadable");
            assertThat(reports.get(i).path("error").path("code").asText()).isEqualTo("special-file");
            assertThat(reports.get(i).path("error").path("message").asText()).contains("不是普通文件");
        }
        assertThat(reports.get(2).path("status").asText()).isEqualTo("checked");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void extractOfANamedPipeSaysItIsNotAFileNotThatItIsMissing() throws Exception {
        Path fifo = tmp.resolve("pipe.txt");
        assumeTrue(mkfifo(fifo), "mkfifo is not available");
        CliRunner.Result r = CliRunner.run("extract", fifo.toString());
        assertThat(r.code()).isEqualTo(ExitCode.UNREADABLE);
        assertThat(r.err()).contains("不是普通文件").contains("special-file").doesNotContain("不存在");
    }

    @Test
    void namedFileOverTheSizeCapIsRefusedWithoutReadingIt() throws Exception {
        Path big = tmp.resolve("big.txt");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(65L * 1024 * 1024); // sparse: no disk used
        }
        JsonNode report = only(CliRunner.run("check", "--format", "json", big.toString()));
        assertThat(report.path("error").path("code").asText()).isEqualTo("too-large");
        assertThat(report.path("error").path("message").asText()).contains("文件过大").contains("64 MiB");
    }

    private static boolean mkfifo(Path p) {
        try {
            Process proc = new ProcessBuilder("mkfifo", p.toString()).redirectErrorStream(true).start();
            return proc.waitFor(10, TimeUnit.SECONDS) && proc.exitValue() == 0 && Files.exists(p);
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    // ------------------------------------------------------------------ deeply nested HTML

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void htmlNestedTenThousandLevelsDeepIsReadNotCalledCorrupt() throws Exception {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>");
        html.append("<div>".repeat(10_000));
        for (String line : Files.readAllLines(seed(), StandardCharsets.UTF_8)) {
            html.append("<p>").append(line.replace("&", "&amp;").replace("<", "&lt;")).append("</p>");
        }
        html.append("</div>".repeat(10_000)).append("</body></html>");
        Path page = Files.writeString(tmp.resolve("deep.html"), html, StandardCharsets.UTF_8);
        JsonNode report = only(CliRunner.run("check", "--format", "json", page.toString()));
        assertThat(report.path("error").path("code").asText()).isNotEqualTo("corrupt");
        assertThat(report.path("status").asText()).isEqualTo("checked");
        assertThat(report.path("agency").asText()).isEqualTo("鞍山市行政审批局");
    }

    // ------------------------------------------------------------------ outputs never destroy data

    @Test
    void outputOntoAnExistingFolderIsRefusedAndTheFolderIsUntouched() throws Exception {
        Path empty = Files.createDirectory(tmp.resolve("empty"));
        Path full = Files.createDirectory(tmp.resolve("full"));
        Files.writeString(full.resolve("keep.txt"), "keep");
        for (String[] args : List.of(new String[] {"-o", empty.toString()}, new String[] {"-o", full.toString()},
                new String[] {"--report", "json=" + empty})) {
            List<String> cmd = new ArrayList<>(List.of("check", seed().toString()));
            cmd.addAll(List.of(args));
            CliRunner.Result r = CliRunner.run(cmd.toArray(String[]::new));
            assertThat(r.code()).as(String.join(" ", args)).isEqualTo(ExitCode.USAGE_OR_RULES);
            assertThat(r.err()).contains("已存在的文件夹").doesNotContain("Exception");
        }
        assertThat(Files.isDirectory(empty)).isTrue();
        try (var s = Files.list(empty)) {
            assertThat(s).isEmpty();
        }
        try (var s = Files.list(full)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly("keep.txt");
        }
    }

    @Test
    void outputOntoAnInputFileIsRefusedAndTheReportIsUntouched() throws Exception {
        Path report = Files.copy(seed(), tmp.resolve("report.txt"));
        Path page = Files.writeString(tmp.resolve("report.html"), "<html><body><p>x</p></body></html>");
        byte[] before = Files.readAllBytes(report);
        CliRunner.Result direct = CliRunner.run("check", report.toString(), "-o", report.toString());
        CliRunner.Result viaDir = CliRunner.run("check", tmp.toString(), "--format", "json", "--report",
                "html=" + page);
        for (CliRunner.Result r : List.of(direct, viaDir)) {
            assertThat(r.code()).isEqualTo(ExitCode.USAGE_OR_RULES);
            assertThat(r.err()).contains("是要检查的输入文件之一");
        }
        assertThat(Files.readAllBytes(report)).isEqualTo(before);
        assertThat(Files.readString(page)).isEqualTo("<html><body><p>x</p></body></html>");
        try (var s = Files.list(tmp)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("report.txt", "report.html");
        }
    }

    @Test
    void unwritableOutputIsAUsageErrorInPlainChinese() throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/proc/self")), "no /proc file system");
        CliRunner.Result r = CliRunner.run("check", seed().toString(), "-o", "/proc/nianbao-test.json");
        assertThat(r.code()).isEqualTo(ExitCode.USAGE_OR_RULES);
        assertThat(r.err()).contains("无法写入输出文件").doesNotContain("Exception").doesNotContain("内部错误");
        Path notAFolder = Files.writeString(tmp.resolve("file.txt"), "x");
        CliRunner.Result under = CliRunner.run("check", seed().toString(), "-o", notAFolder.resolve("x.json").toString());
        assertThat(under.code()).isEqualTo(ExitCode.USAGE_OR_RULES);
        assertThat(under.err()).contains("不是文件夹").doesNotContain("Exception");
        CliRunner.Result report = CliRunner.run("check", seed().toString(), "--report", "csv=/proc/nianbao-test.csv");
        assertThat(report.code()).isEqualTo(ExitCode.USAGE_OR_RULES);
        assertThat(report.err()).contains("无法写入输出文件").doesNotContain("Exception");
    }

    @Test
    void readOnlyFolderIsAUsageErrorInPlainChinese() throws Exception {
        Path ro = Files.createDirectory(tmp.resolve("ro"));
        try {
            Files.setPosixFilePermissions(ro, java.nio.file.attribute.PosixFilePermissions.fromString("r-xr-xr-x"));
        } catch (UnsupportedOperationException e) {
            assumeTrue(false, "no POSIX permissions");
        }
        try {
            assumeTrue(!Files.isWritable(ro), "running as a user who may write anywhere (root)");
            CliRunner.Result r = CliRunner.run("check", seed().toString(), "-o", ro.resolve("x.json").toString());
            assertThat(r.code()).isEqualTo(ExitCode.USAGE_OR_RULES);
            assertThat(r.err()).contains("无法写入输出文件").contains("没有访问权限").doesNotContain("Exception");
        } finally {
            Files.setPosixFilePermissions(ro, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void missingOutputFolderIsRefusedNotCreated() {
        Path out = tmp.resolve("missing/sub/result.json");
        CliRunner.Result r = CliRunner.run("check", seed().toString(), "-o", out.toString());
        assertThat(r.code()).isEqualTo(ExitCode.USAGE_OR_RULES);
        assertThat(r.err()).contains("输出文件夹不存在").contains("missing");
        assertThat(tmp.resolve("missing")).doesNotExist();
    }

    @Test
    void formatFollowsTheOutputExtensionAndAMismatchIsRefused() throws Exception {
        Path xlsx = tmp.resolve("result.xlsx");
        CliRunner.Result r = CliRunner.run("check", seed().toString(), "-o", xlsx.toString());
        assertThat(r.code()).isEqualTo(ExitCode.FINDINGS);
        byte[] head = java.util.Arrays.copyOf(Files.readAllBytes(xlsx), 2);
        assertThat(new String(head, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
        Path json = tmp.resolve("result.json");
        CliRunner.Result j = CliRunner.run("check", seed().toString(), "-o", json.toString());
        assertThat(JSON.readTree(Files.readString(json)).path("schema").asText()).isEqualTo("nianbao/check/1");
        assertThat(j.code()).isEqualTo(ExitCode.FINDINGS);

        Path wrong = tmp.resolve("wrong.xlsx");
        CliRunner.Result mismatch = CliRunner.run("check", seed().toString(), "--format", "text", "-o", wrong.toString());
        assertThat(mismatch.code()).isEqualTo(ExitCode.USAGE_OR_RULES);
        assertThat(mismatch.err()).contains("扩展名").contains("xlsx");
        assertThat(wrong).doesNotExist();
    }

    // ------------------------------------------------------------------ honest about what it read

    @Test
    void oneByteFileAndATextThatIsNoReportAreListedAsNotReports() throws Exception {
        Path oneByte = Files.writeString(tmp.resolve("a.txt"), "a");
        Path article = Files.writeString(tmp.resolve("b.txt"),
                "今天天气很好，我们去公园散步。\n公园里有很多人在跑步、下棋。\nThe quick brown fox jumps over the lazy dog.\n");
        CliRunner.Result r = CliRunner.run("check", "--format", "json", oneByte.toString(), article.toString(),
                seed().toString());
        JsonNode reports = reportsOf(r);
        for (int i = 0; i < 2; i++) {
            assertThat(reports.get(i).path("status").asText()).isEqualTo("unreadable");
            assertThat(reports.get(i).path("error").path("code").asText()).isEqualTo("not-report");
            assertThat(reports.get(i).path("error").path("message").asText()).contains("不是政府信息公开工作年度报告");
            assertThat(reports.get(i).path("findings")).isEmpty();
        }
        assertThat(reports.get(2).path("status").asText()).isEqualTo("checked");
    }

    @Test
    void everyRealReportAndExcerptIsStillCheckedAsAReport() throws Exception {
        List<String> args = new ArrayList<>(List.of("check", "--format", "json", "--fail-on", "never",
                TestFiles.projectRoot().resolve("corpus").toString()));
        Path shared = TestFiles.projectRoot().resolve("../shared/corpus").normalize();
        if (Files.isDirectory(shared)) {
            args.add(shared.toString());
        } else {
            System.out.println("skipped ../shared/corpus: not present (only the bundled corpus is checked)");
        }
        JsonNode reports = reportsOf(CliRunner.run(args.toArray(String[]::new)));
        assertThat(reports.size()).isGreaterThan(10);
        for (JsonNode rep : reports) {
            assertThat(rep.path("error").path("code").asText()).as(rep.path("file").asText()).isNotEqualTo("not-report");
        }
    }

    @Test
    void utf16WithAndWithoutBomIsReadLikeUtf8() throws Exception {
        String text = Files.readString(seed(), StandardCharsets.UTF_8);
        JsonNode reference = only(CliRunner.run("check", "--format", "json", seed().toString()));
        Object[][] variants = {{"le-bom", StandardCharsets.UTF_16LE, new byte[] {(byte) 0xFF, (byte) 0xFE}},
            {"be-bom", StandardCharsets.UTF_16BE, new byte[] {(byte) 0xFE, (byte) 0xFF}},
            {"le", StandardCharsets.UTF_16LE, new byte[0]}, {"be", StandardCharsets.UTF_16BE, new byte[0]}};
        for (Object[] v : variants) {
            byte[] body = text.getBytes((Charset) v[1]);
            byte[] bom = (byte[]) v[2];
            byte[] all = new byte[bom.length + body.length];
            System.arraycopy(bom, 0, all, 0, bom.length);
            System.arraycopy(body, 0, all, bom.length, body.length);
            Path f = Files.write(tmp.resolve("utf16-" + v[0] + ".txt"), all);
            JsonNode report = only(CliRunner.run("check", "--format", "json", f.toString()));
            assertThat(report.path("status").asText()).as((String) v[0]).isEqualTo("checked");
            assertThat(report.path("agency").asText()).isEqualTo("鞍山市行政审批局");
            assertThat(rules(report)).as((String) v[0]).isEqualTo(rules(reference));
        }
    }

    private static List<String> rules(JsonNode report) {
        List<String> ids = new ArrayList<>();
        report.path("findings").forEach(f -> ids.add(f.path("rule").asText()));
        return ids;
    }

    @Test
    void big5TextIsRecognisedInsteadOfCheckedAsGibberish() throws Exception {
        String traditional = "鞍山市行政審批局2020年政府資訊公開工作年度報告\n"
                + "本年度報告根據《中華人民共和國政府資訊公開條例》要求編製。\n"
                + "一、總體情況\n二、主動公開政府資訊情況\n三、收到和處理政府資訊公開申請情況\n"
                + "四、政府資訊公開行政復議、行政訴訟情況\n五、存在的主要問題及改進情況\n六、其他需要報告的事項\n";
        Path big5 = Files.write(tmp.resolve("big5.txt"), traditional.getBytes(Charset.forName("Big5")));
        JsonNode report = only(CliRunner.run("check", "--format", "json", big5.toString()));
        assertThat(report.path("status").asText()).isEqualTo("unreadable");
        assertThat(report.path("error").path("code").asText()).isEqualTo("encoding");
        assertThat(report.path("error").path("message").asText()).contains("Big5");
        assertThat(report.path("findings")).isEmpty();
    }

    @Test
    void binaryFileGetsTheBinaryReasonCode() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0};
        Path f = Files.write(tmp.resolve("picture.txt"), png);
        JsonNode report = only(CliRunner.run("check", "--format", "json", f.toString()));
        assertThat(report.path("error").path("code").asText()).isEqualTo("binary");
        assertThat(report.path("error").path("message").asText()).contains("二进制文件");
    }

    @Test
    void docxBombIsRefusedInChineseWithoutPoiText() throws Exception {
        Path docx = tmp.resolve("bomb.docx");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(docx))) {
            z.putNextEntry(new ZipEntry("[Content_Types].xml"));
            z.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
                    + ".wordprocessingml.document.main+xml\"/></Types>").getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new ZipEntry("_rels/.rels"));
            z.write(("<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                    + "officeDocument\" Target=\"word/document.xml\"/></Relationships>").getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new ZipEntry("word/document.xml"));
            z.write("<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>"
                    .getBytes(StandardCharsets.UTF_8));
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 24; i++) {
                z.write(spaces);
            }
            z.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
        }
        JsonNode report = only(CliRunner.run("check", "--format", "json", docx.toString()));
        assertThat(report.path("status").asText()).isEqualTo("unreadable");
        String message = report.path("error").path("message").asText();
        assertThat(report.path("error").path("code").asText()).isEqualTo("zip-bomb");
        assertThat(message).contains("压缩炸弹").doesNotContain("Zip").doesNotContain("bomb").doesNotContain("bugzilla")
                .doesNotContainPattern("[A-Za-z]{5,}");
    }

    // ------------------------------------------------------------------ picocli's English never reaches users

    @Test
    void commandLineErrorsAreChineseAndTheHintNamesTheProgramOnce() {
        String[][] cases = {{"check"}, {"check", "--bogus", "x"}, {"chek"}, {"check", "--jobs", "many", "x"},
            {"check", "--report", "html", "x"}, {"extract", "a", "b"}, {"rules", "test", "--verbose=maybe"}};
        for (String[] args : cases) {
            CliRunner.Result r = CliRunner.run(args);
            String shown = String.join(" ", args);
            assertThat(r.code()).as(shown).isEqualTo(ExitCode.USAGE_OR_RULES);
            assertThat(r.err()).as(shown).startsWith("用法错误：")
                    .doesNotContain("Missing").doesNotContain("Unmatched").doesNotContain("Invalid")
                    .doesNotContain("Unknown").doesNotContain("nianbao nianbao");
            assertThat(r.err()).as(shown).containsPattern("运行 “nianbao( [a-z]+)* --help” 查看用法");
        }
        assertThat(CliRunner.run("check").err()).contains("缺少必需的参数：PATH").contains("“nianbao check --help”");
        assertThat(CliRunner.run("chek").err()).contains("chek").contains("check").contains("“nianbao --help”");
        assertThat(CliRunner.run("rules", "test", "--nope").err()).contains("“nianbao rules test --help”");
    }

    // ------------------------------------------------------------------ configuration

    @Test
    void configWithADuplicateKeyIsRefused() throws Exception {
        Path config = Files.writeString(tmp.resolve("nianbao.yaml"),
                "rules:\n  REG-PER-001: info\n  REG-PER-001: \"off\"\n");
        CliRunner.Result r = CliRunner.run("check", "--config", config.toString(), seed().toString());
        assertThat(r.code()).isEqualTo(ExitCode.USAGE_OR_RULES);
        assertThat(r.err()).contains("REG-PER-001").contains("不止一次").contains(config.toString());
    }
}
