package org.nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real {@code nianbao check} process (the CLI's main class on the test class path) interrupted
 * mid-run by SIGTERM and by SIGINT leaves nothing behind: no temporary output files beside the
 * outputs, no POI temporary sheet files in the temp folder, and no half-written outputs.
 */
@Timeout(value = 240, unit = TimeUnit.SECONDS)
class InterruptedRunCleanupTest {
    @TempDir
    Path tmp;

    @Test
    void sigtermAndSigintLeaveNoTemporaryFiles() throws Exception {
        assumeTrue(!System.getProperty("os.name").toLowerCase().contains("win"), "POSIX signals only");
        Path in = Files.createDirectory(tmp.resolve("in"));
        String text = Files.readString(TestFiles.seed(TestFiles.SEED_2020));
        for (int i = 0; i < 3000; i++) {
            Files.writeString(in.resolve(String.format("r%04d.txt", i)), text);
        }
        for (String signal : List.of("TERM", "INT")) {
            Path out = Files.createDirectory(tmp.resolve("out-" + signal));
            Path javaTmp = Files.createDirectory(tmp.resolve("javatmp-" + signal));
            Process p = start(in, out, javaTmp);
            try {
                boolean midRun = waitUntilMidRun(p, out, javaTmp);
                assertThat(midRun).as("the run had started writing when the signal came (SIG%s)", signal).isTrue();
                if (signal.equals("TERM")) {
                    p.destroy(); // SIGTERM on Linux
                } else {
                    new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).inheritIO().start().waitFor();
                }
                assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("process ended after SIG%s", signal).isTrue();
            } finally {
                p.destroyForcibly();
            }
            assertThat(list(out)).as("output folder after SIG%s", signal).isEmpty();
            assertThat(list(javaTmp)).as("temp folder after SIG%s", signal)
                    .noneMatch(n -> n.startsWith("poi-sxssf") || n.startsWith("nianbao-html"));
        }
    }

    private Process start(Path in, Path out, Path javaTmp) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        ProcessBuilder pb = new ProcessBuilder(java, "-Djava.io.tmpdir=" + javaTmp, "-Xmx512m", "-cp", cp,
                Main.class.getName(), "check", in.toString(), "-j", "1", "--no-progress", "--fail-on", "never",
                "--format", "json", "-o", out.resolve("结果.json").toString(),
                "--report", "xlsx=" + out.resolve("结果.xlsx"), "--report", "csv=" + out.resolve("发现.csv"),
                "--report", "html=" + out.resolve("结果.html"));
        pb.redirectOutput(tmp.resolve("child-" + out.getFileName() + ".out").toFile());
        pb.redirectError(tmp.resolve("child-" + out.getFileName() + ".err").toFile());
        return pb.start();
    }

    /** True once the temporary outputs exist, the JSON one has content, and POI's sheet files are there. */
    private static boolean waitUntilMidRun(Process p, Path out, Path javaTmp) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline && p.isAlive()) {
            boolean jsonStarted;
            try (Stream<Path> s = Files.list(out)) {
                jsonStarted = s.anyMatch(f -> f.getFileName().toString().endsWith(".tmp")
                        && f.getFileName().toString().startsWith(".结果.json") && size(f) > 0);
            }
            if (jsonStarted && list(javaTmp).stream().anyMatch(n -> n.startsWith("poi-sxssf"))
                    && list(out).size() == 4) {
                return true;
            }
            Thread.sleep(50);
        }
        return false;
    }

    private static long size(Path f) {
        try {
            return Files.size(f);
        } catch (IOException e) {
            return 0;
        }
    }

    private static List<String> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).map(f -> f.getFileName().toString()).toList();
        }
    }
}
