package org.nianbao.engine.batch;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.nianbao.engine.extract.IoReasons;
import org.nianbao.engine.extract.Readers;

/**
 * Expands the PATH arguments into batch inputs, in a deterministic order: each argument in the order
 * given; directories recursively, sorted by path; zip archives (by the {@code .zip} extension, also
 * inside directories) read in place, entries sorted by name. Hidden files and the corpus's sidecar
 * files are skipped. Nothing is dropped silently: a directory or archive that cannot be read becomes
 * an input refused with its reason.
 */
public final class InputExpander implements Closeable {
    private final ZipLimits limits;
    private final List<ZipArchive> open = new ArrayList<>();
    private int skipped;

    public InputExpander(ZipLimits limits) {
        this.limits = limits;
    }

    /** The inputs for these paths. Paths must exist (the caller reports missing ones as usage errors). */
    public List<BatchInput> expand(List<Path> paths) {
        List<BatchInput> inputs = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                walk(p, inputs);
            } else if (Files.exists(p) && !Files.isRegularFile(p)) {
                // a named pipe or a device named on the command line: never opened (a FIFO blocks, /dev/zero never ends)
                inputs.add(BatchInput.refused(p.toString(), Readers.SPECIAL_FILE, Readers.specialFileMessage()));
            } else {
                addFile(p, p.toString(), inputs);
            }
        }
        return inputs;
    }

    /**
     * The inputs of one file shown under {@code name} rather than its path (e.g. an upload saved
     * under a temporary name): the file itself, or a zip archive's entries as {@code name!/entry}.
     */
    public List<BatchInput> expandAs(Path file, String name) {
        List<BatchInput> inputs = new ArrayList<>();
        addFile(file, name, inputs);
        return inputs;
    }

    private void walk(Path root, List<BatchInput> inputs) {
        List<Path> files = new ArrayList<>();
        List<BatchInput> refused = new ArrayList<>();
        try {
            Files.walkFileTree(root, java.util.EnumSet.of(java.nio.file.FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (!dir.equals(root) && dir.getFileName().toString().startsWith(".")) {
                        skipped++;
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (isHiddenOrSidecar(root.relativize(file).toString())) {
                        skipped++;
                        return FileVisitResult.CONTINUE;
                    }
                    if (attrs.isRegularFile()) {
                        files.add(file);
                    } else if (attrs.isSymbolicLink()) {
                        refused.add(BatchInput.refused(file.toString(), "io", "符号链接指向的文件不存在"));
                    } else if (!attrs.isDirectory()) {
                        refused.add(BatchInput.refused(file.toString(), Readers.SPECIAL_FILE, Readers.specialFileMessage()));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    refused.add(BatchInput.refused(file.toString(), "io", "无法读取（" + IoReasons.chinese(e) + "）"));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            refused.add(BatchInput.refused(root.toString(), "io", "无法读取目录（" + IoReasons.chinese(e) + "）"));
        }
        List<Object[]> all = new ArrayList<>();
        for (Path f : files) {
            all.add(new Object[] {f.toString(), f});
        }
        for (BatchInput b : refused) {
            all.add(new Object[] {b.name(), b});
        }
        all.sort((a, b) -> ((String) a[0]).compareTo((String) b[0]));
        for (Object[] o : all) {
            if (o[1] instanceof Path f) {
                addFile(f, f.toString(), inputs);
            } else {
                inputs.add((BatchInput) o[1]);
            }
        }
    }

    private void addFile(Path file, String name, List<BatchInput> inputs) {
        if (!name.toLowerCase(Locale.ROOT).endsWith(".zip")) {
            inputs.add(BatchInput.file(file, name));
            return;
        }
        try {
            ZipArchive z = ZipArchive.open(file, name, limits);
            open.add(z);
            List<BatchInput> entries = z.inputs();
            skipped += z.skipped();
            if (entries.isEmpty()) {
                inputs.add(BatchInput.refused(name, "empty", "压缩包中没有可检查的文件"));
            }
            inputs.addAll(entries);
        } catch (java.nio.file.FileSystemException e) {
            inputs.add(BatchInput.refused(name, "io", "压缩包无法打开（" + IoReasons.chinese(e) + "）"));
        } catch (IOException | RuntimeException e) {
            inputs.add(BatchInput.refused(name, "corrupt", "压缩包损坏或不是有效的 ZIP 文件，无法打开"));
        }
    }

    /**
     * In a directory walk, hidden files and folders ({@code .x}, {@code __MACOSX}) and the corpus's
     * own tooling (expectation files, provenance notes, generator scripts: *.yaml, *.yml, *.md,
     * *.tsv, *.json, *.py, *.sh) are not reports. A file named explicitly is always checked.
     */
    private static final String[] SIDECAR_EXTENSIONS = {".yaml", ".yml", ".md", ".tsv", ".json", ".py", ".sh"};

    public static boolean isHiddenOrSidecar(String relativePath) {
        String rel = relativePath.replace('\\', '/');
        for (String part : rel.split("/")) {
            if (part.startsWith(".") && !part.equals(".") || part.equals("__MACOSX")) {
                return true;
            }
        }
        String name = rel.substring(rel.lastIndexOf('/') + 1);
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        for (String ext : SIDECAR_EXTENSIONS) {
            if (lower.endsWith(ext)) {
                return true;
            }
        }
        return false;
    }

    /** Hidden files and folders, and sidecar files, skipped so far (a skipped folder counts once). */
    public int skipped() {
        return skipped;
    }

    /** Closes the archives opened during expansion (after the batch has run). */
    @Override
    public void close() {
        for (ZipArchive z : open) {
            try {
                z.close();
            } catch (IOException ignored) {
                // closing a read-only archive: nothing to recover
            }
        }
        open.clear();
    }
}
