package org.nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The training run behind the start-up caches: which reports it samples, and its --formats filter. */
class TrainCommandTest {
    static final Path CORPUS = Path.of("..", "corpus");

    @Test
    void samplesEveryFormatByDefaultAndOnlyTheNamedOnesWithFormats() throws Exception {
        List<Path> all = TrainCommand.sample(List.of(CORPUS), TrainCommand.REPORT_EXTENSIONS);
        assertThat(all).extracting(TrainCommandTest::extension).contains("txt", "html", "docx", "doc", "pdf");

        List<Path> text = TrainCommand.sample(List.of(CORPUS), Set.of("txt", "html", "htm"));
        assertThat(text).isNotEmpty();
        assertThat(text).extracting(TrainCommandTest::extension).containsOnly("txt", "html");
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "train-cache", "--formats",
                "txt,xls", CORPUS.toString());
        assertThat(code).isEqualTo(ExitCode.USAGE_OR_RULES);
        assertThat(err.toString()).contains("--formats");
    }

    private static String extension(Path p) {
        String n = p.getFileName().toString();
        return n.substring(n.lastIndexOf('.') + 1);
    }
}
