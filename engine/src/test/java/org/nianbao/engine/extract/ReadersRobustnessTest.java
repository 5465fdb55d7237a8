package org.nianbao.engine.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.nianbao.engine.extract.Fixtures.unreadable;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.engine.source.SourceDocument;
import org.nianbao.engine.source.UnreadableInputException;

/** Bad input of every kind gives a clear {@link UnreadableInputException}, never a crash. */
class ReadersRobustnessTest {
    @Test
    void emptyAndBlankFiles() {
        assertThat(unreadable("a.pdf", new byte[0]).code()).isEqualTo("empty");
        assertThat(unreadable("a.docx", " \n\t ".getBytes()).code()).isEqualTo("empty");
    }

    @Test
    void randomBinaryIsBinary() {
        byte[] bytes = new byte[4096];
        new Random(7).nextBytes(bytes);
        bytes[0] = 0;
        var e = unreadable("report.pdf", bytes);
        assertThat(e.code()).isEqualTo("binary");
        assertThat(e.getMessage()).contains("二进制文件");
    }

    @Test
    void magicNumbersFollowedByGarbage() {
        byte[] zip = withHead(new byte[] {'P', 'K', 3, 4});
        assertThat(unreadable("x.docx", zip).code()).isIn("corrupt", "unsupported");
        byte[] ole = withHead(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
                (byte) 0xE1});
        assertThat(unreadable("x.doc", ole).code()).isEqualTo("corrupt");
        byte[] pdf = withHead("%PDF-1.4\n".getBytes());
        assertThat(unreadable("x.pdf", pdf).code()).isEqualTo("corrupt");
    }

    private static byte[] withHead(byte[] head) {
        byte[] bytes = new byte[2048];
        new Random(11).nextBytes(bytes);
        System.arraycopy(head, 0, bytes, 0, head.length);
        return bytes;
    }

    @Test
    void tooLargeFilesAreRefusedBeforeReading(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("huge.pdf");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(Readers.MAX_BYTES + 1); // sparse: nothing is written
        }
        UnreadableInputException e = org.junit.jupiter.api.Assertions.assertThrows(UnreadableInputException.class,
                () -> Readers.standard().read(big));
        assertThat(e.code()).isEqualTo("too-large");
    }

    /** Every committed rendering, cut short or with bytes overwritten, reads or fails cleanly. */
    @TestFactory
    Stream<DynamicTest> damagedFilesNeverCrash() throws Exception {
        Path dir = FormatEquivalenceTestSupport.repo().resolve("corpus/formats");
        List<DynamicTest> tests = new ArrayList<>();
        for (String ext : List.of("html", "docx", "doc", "pdf")) {
            Path file = dir.resolve("004_a8c303d518d0ba68." + ext);
            byte[] original = Files.readAllBytes(file);
            Random random = new Random(ext.hashCode());
            for (int k = 0; k < 4; k++) {
                byte[] damaged;
                String how;
                if (k < 2) {
                    damaged = Arrays.copyOf(original, original.length * (k + 1) / 3);
                    how = "cut to " + damaged.length;
                } else {
                    damaged = original.clone();
                    for (int n = 0; n < 40; n++) {
                        damaged[16 + random.nextInt(damaged.length - 16)] = (byte) random.nextInt(256);
                    }
                    how = "40 bytes overwritten (" + k + ")";
                }
                byte[] input = damaged;
                tests.add(DynamicTest.dynamicTest(ext + ": " + how, () -> assertTimeoutPreemptively(
                        Duration.ofSeconds(20), () -> {
                            try {
                                SourceDocument d = Readers.standard().read(Path.of("damaged." + ext), input);
                                assertThat(d.blocks()).isNotNull();
                            } catch (UnreadableInputException e) {
                                assertThat(e.getMessage()).isNotBlank();
                                assertThat(e.code()).isIn("empty", "binary", "encoding", "corrupt", "unsupported");
                            }
                        })));
            }
        }
        return tests.stream();
    }
}
