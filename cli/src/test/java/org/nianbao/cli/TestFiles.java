package org.nianbao.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the project's own files (corpus, rules) from the cli module's test working directory. */
final class TestFiles {
    private TestFiles() {
    }

    static Path projectRoot() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolve("corpus/seeds"))) {
            p = p.getParent();
        }
        if (p == null) {
            throw new IllegalStateException("project root with corpus/seeds not found");
        }
        return p;
    }

    static Path seed(String name) {
        return projectRoot().resolve("corpus/seeds").resolve(name);
    }

    static final String SEED_2021 = "000_20a0191baea80f94.txt";
    static final String SEED_2020 = "004_a8c303d518d0ba68.txt";

    /** A copy of a seed with one literal replacement; fails if the text to replace is not there. */
    static Path mutated(Path dir, String seed, String from, String to) throws IOException {
        String text = Files.readString(seed(seed), StandardCharsets.UTF_8);
        if (!text.contains(from)) {
            throw new IllegalArgumentException("seed " + seed + " does not contain: " + from);
        }
        Path copy = dir.resolve("mutated-" + seed);
        Files.writeString(copy, text.replace(from, to), StandardCharsets.UTF_8);
        return copy;
    }
}
