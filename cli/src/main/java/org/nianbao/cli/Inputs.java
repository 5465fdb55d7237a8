package org.nianbao.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Expands the PATH arguments: files as given, directories recursively (sorted, hidden files skipped). */
public final class Inputs {
    private Inputs() {
    }

    /** One input to check: where it is and the name shown for it. */
    public record Input(Path path, String name) {
    }

    public static List<Input> expand(List<Path> paths) {
        List<Input> inputs = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(Files::isRegularFile)
                            .filter(f -> !isHiddenOrSidecar(p.relativize(f)))
                            .sorted()
                            .forEach(f -> inputs.add(new Input(f, f.toString())));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else if (Files.exists(p)) {
                inputs.add(new Input(p, p.toString()));
            } else {
                throw new UsageException("文件或目录不存在：" + p);
            }
        }
        return inputs;
    }

    /**
     * In a directory walk, hidden files and the corpus's own tooling (expectation files, provenance
     * notes, generator scripts: *.expected.yaml, *.yaml, *.yml, *.md, *.tsv, *.json, *.py, *.sh) are
     * not reports. Every other file found is checked or explained. A file named explicitly on the
     * command line is always checked.
     */
    static boolean isHiddenOrSidecar(Path rel) {
        for (Path part : rel) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        String name = rel.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        for (String ext : SIDECAR_EXTENSIONS) {
            if (name.endsWith(ext)) {
                return true;
            }
        }
        return false;
    }

    private static final String[] SIDECAR_EXTENSIONS = {".yaml", ".yml", ".md", ".tsv", ".json", ".py", ".sh"};
}
