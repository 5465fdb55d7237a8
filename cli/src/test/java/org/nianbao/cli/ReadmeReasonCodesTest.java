package org.nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README's tables are the user's reference: every reason code the sources can produce is listed
 * under "Reason codes", no listed code is one the sources never produce, and every exit code of
 * {@link ExitCode} is explained.
 */
class ReadmeReasonCodesTest {
    /** How the sources name a reason code: readers' exceptions, refused inputs, results, code constants. */
    private static final Pattern PRODUCED = Pattern.compile(
            "UnreadableInputException\\(\\s*\"([a-z0-9-]+)\""
                    + "|refused\\([^;]*?,\\s*\"([a-z0-9-]+)\"\\s*,"
                    + "|unreadable\\([^;]*?,\\s*\"([a-z0-9-]+)\"\\s*,"
                    + "|String (?:CODE|SPECIAL_FILE) = \"([a-z0-9-]+)\"");

    private static final Pattern LISTED = Pattern.compile("^\\| `([a-z0-9-]+)` \\|", Pattern.MULTILINE);

    @Test
    void readmeListsExactlyTheReasonCodesTheSourcesProduce() throws IOException {
        Path root = TestFiles.projectRoot();
        Set<String> produced = new TreeSet<>();
        for (String module : new String[] {"engine/src/main/java", "cli/src/main/java"}) {
            try (Stream<Path> files = Files.walk(root.resolve(module))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    Matcher m = PRODUCED.matcher(Files.readString(f, StandardCharsets.UTF_8));
                    while (m.find()) {
                        for (int g = 1; g <= m.groupCount(); g++) {
                            if (m.group(g) != null) {
                                produced.add(m.group(g));
                            }
                        }
                    }
                }
            }
        }
        String readme = Files.readString(root.resolve("README.md"), StandardCharsets.UTF_8);
        int start = readme.indexOf("### Reason codes");
        assertThat(start).as("README has a Reason codes section").isPositive();
        int end = readme.indexOf("\n#", start + 5);
        Set<String> listed = new TreeSet<>();
        Matcher m = LISTED.matcher(readme.substring(start, end < 0 ? readme.length() : end));
        while (m.find()) {
            listed.add(m.group(1));
        }
        assertThat(produced).as("codes found in the sources").contains("binary", "not-report", "timeout", "special-file");
        assertThat(listed).isEqualTo(produced);
    }

    @Test
    void readmeExplainsEveryExitCode() throws IOException {
        String readme = Files.readString(TestFiles.projectRoot().resolve("README.md"), StandardCharsets.UTF_8);
        String section = readme.substring(readme.indexOf("### Exit codes"));
        for (int code : new int[] {ExitCode.CLEAN, ExitCode.FINDINGS, ExitCode.USAGE_OR_RULES, ExitCode.UNREADABLE,
            ExitCode.INTERNAL}) {
            assertThat(section).contains("\n| " + code + " | ");
        }
    }
}
