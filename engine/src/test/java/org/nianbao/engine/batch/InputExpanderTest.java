package org.nianbao.engine.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputExpanderTest {
    @TempDir
    Path dir;

    private static void zip(Path file, Object... nameAndContent) throws IOException {
        try (OutputStream os = Files.newOutputStream(file); ZipOutputStream z = new ZipOutputStream(os)) {
            for (int i = 0; i < nameAndContent.length; i += 2) {
                z.putNextEntry(new ZipEntry((String) nameAndContent[i]));
                Object c = nameAndContent[i + 1];
                z.write(c instanceof byte[] b ? b : ((String) c).getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
    }

    private static List<String> names(List<BatchInput> inputs) {
        return inputs.stream().map(BatchInput::name).toList();
    }

    @Test
    void walksDirectoriesSortedSkippingHiddenAndSidecars() throws IOException {
        Files.createDirectories(dir.resolve("b"));
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve("b/2.txt"), "x");
        Files.writeString(dir.resolve("a.txt"), "x");
        Files.writeString(dir.resolve(".hidden.txt"), "x");
        Files.writeString(dir.resolve(".git/config"), "x");
        Files.writeString(dir.resolve("README.md"), "x");
        try (InputExpander e = new InputExpander(ZipLimits.DEFAULT)) {
            assertThat(names(e.expand(List.of(dir)))).containsExactly(dir.resolve("a.txt").toString(),
                    dir.resolve("b/2.txt").toString());
            assertThat(e.skipped()).isEqualTo(3); // .hidden.txt, the .git folder, README.md
        }
    }

    @Test
    void zipEntriesAreSortedAndUnsafeOnesRefusedButListed() throws IOException {
        Path z = dir.resolve("in.zip");
        zip(z, "b.txt", "报告", "../evil.txt", "x", "/abs.txt", "x", "a/c.txt", "报告", "__MACOSX/._a", "x",
                "nested.zip", "PK");
        try (InputExpander e = new InputExpander(ZipLimits.DEFAULT)) {
            List<BatchInput> in = e.expand(List.of(z));
            assertThat(names(in)).containsExactly(z + "!/../evil.txt", z + "!//abs.txt", z + "!/a/c.txt",
                    z + "!/b.txt", z + "!/nested.zip");
            assertThat(in.get(0).check(null).errorCode()).isEqualTo("zip-unsafe-path");
            assertThat(in.get(1).check(null).errorCode()).isEqualTo("zip-unsafe-path");
            assertThat(in.get(4).check(null).errorCode()).isEqualTo("zip-nested");
        }
    }

    @Test
    void zipBombsAndTooManyEntriesAreRefusedWithAReason() throws IOException {
        Path bomb = dir.resolve("bomb.zip");
        zip(bomb, "big.txt", new byte[5 * 1024 * 1024]);
        Path many = dir.resolve("many.zip");
        zip(many, "1.txt", "a", "2.txt", "b", "3.txt", "c");
        ZipLimits limits = new ZipLimits(2, 64L << 20, 1L << 30, 100, 1024 * 1024);
        try (InputExpander e = new InputExpander(limits)) {
            List<BatchInput> in = e.expand(List.of(bomb, many));
            assertThat(names(in)).containsExactly(bomb + "!/big.txt", many.toString());
            assertThat(in.get(0).check(null).errorCode()).isEqualTo("zip-bomb");
            assertThat(in.get(0).check(null).errorMessage()).contains("压缩炸弹");
            assertThat(in.get(1).check(null).errorCode()).isEqualTo("zip-too-many-entries");
        }
    }

    @Test
    void entryLargerThanDeclaredIsCappedWhileReading() throws Exception {
        Path z = dir.resolve("in.zip");
        zip(z, "a.txt", new byte[3000]);
        ZipLimits limits = new ZipLimits(10, 1000, 1L << 30, 1_000_000, 1L << 40);
        try (ZipArchive a = ZipArchive.open(z, "in.zip", limits)) {
            // the declared size check would refuse it up front; read it directly to test the cap
            ZipArchive.Entry entry = new ZipArchive.Entry("a.txt", 10, 10);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> a.read(entry))
                    .hasMessageContaining("上限");
        }
    }

    @Test
    void symlinksAreFollowedAndBrokenOnesReported() throws IOException {
        Path target = Files.writeString(dir.resolve("real.txt"), "x");
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.createSymbolicLink(in.resolve("a-link.txt"), target);
        Files.createSymbolicLink(in.resolve("b-broken.txt"), dir.resolve("missing.txt"));
        try (InputExpander e = new InputExpander(ZipLimits.DEFAULT)) {
            List<BatchInput> inputs = e.expand(List.of(in));
            assertThat(names(inputs)).containsExactly(in.resolve("a-link.txt").toString(),
                    in.resolve("b-broken.txt").toString());
            assertThat(inputs.get(1).check(null).errorCode()).isEqualTo("io");
        }
    }

    @Test
    void brokenArchiveIsReportedNotDropped() throws IOException {
        Path z = dir.resolve("broken.zip");
        Files.writeString(z, "not a zip");
        try (InputExpander e = new InputExpander(ZipLimits.DEFAULT)) {
            List<BatchInput> in = e.expand(List.of(z));
            assertThat(names(in)).containsExactly(z.toString());
            assertThat(in.get(0).check(null).errorCode()).isEqualTo("corrupt");
        }
    }
}
