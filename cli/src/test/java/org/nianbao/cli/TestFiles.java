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

    /** A copy of rules/src/main/resources (the bundled DRL packs) under {@code dir}/rules-copy. */
    static Path copyOfRules(Path dir) throws IOException {
        Path src = projectRoot().resolve("rules/src/main/resources");
        Path dst = dir.resolve("rules-copy");
        try (java.util.stream.Stream<Path> s = Files.walk(src)) {
            for (Path p : s.toList()) {
                Path t = dst.resolve(src.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        }
        return dst;
    }

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
