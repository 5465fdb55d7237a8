package org.nianbao.engine.batch;

import java.nio.file.Path;
import org.nianbao.engine.CheckResult;
import org.nianbao.engine.Checker;
import org.nianbao.engine.model.Report;
import org.nianbao.engine.source.UnreadableInputException;

/**
 * One input of a batch, named as it appears in every output: a file, an entry of a zip archive
 * (read in place, never extracted), or an input refused before reading (unsafe entry path, zip
 * bomb, unreadable directory …) that is still reported with its reason.
 */
public final class BatchInput {
    private final String name;
    private final Path file;
    private final ZipArchive archive;
    private final ZipArchive.Entry entry;
    private final String refusedCode;
    private final String refusedMessage;
    private final java.util.function.Supplier<byte[]> content;

    private BatchInput(String name, Path file, ZipArchive archive, ZipArchive.Entry entry, String refusedCode,
                       String refusedMessage, java.util.function.Supplier<byte[]> content) {
        this.name = name;
        this.file = file;
        this.archive = archive;
        this.entry = entry;
        this.refusedCode = refusedCode;
        this.refusedMessage = refusedMessage;
        this.content = content;
    }

    /** Content made on demand by a worker (benchmarks stream synthetic reports without a disk). */
    public static BatchInput inMemory(String name, java.util.function.Supplier<byte[]> content) {
        return new BatchInput(name, null, null, null, null, null, content);
    }

    public static BatchInput file(Path file, String name) {
        return new BatchInput(name, file, null, null, null, null, null);
    }

    static BatchInput zipEntry(ZipArchive archive, ZipArchive.Entry entry) {
        return new BatchInput(archive.displayName() + "!/" + entry.name(), null, archive, entry, null, null, null);
    }

    public static BatchInput refused(String name, String code, String message) {
        return new BatchInput(name, null, null, null, code, message, null);
    }

    /** The name shown in outputs (the path as given, or {@code archive.zip!/entry}). */
    public String name() {
        return name;
    }

    /** The file extension in lower case ("" when none), for per-format statistics. */
    public String extension() {
        String n = name.substring(name.lastIndexOf('/') + 1);
        int dot = n.lastIndexOf('.');
        return dot < 0 ? "" : n.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    }

    /** Reads and checks this input. Never throws: any failure becomes an unreadable result. */
    public CheckResult check(Checker checker) {
        return check(checker, null);
    }

    /**
     * Reads and checks this input; {@code contentSeen} (may be null) receives the bytes read for an
     * archive entry or in-memory input (e.g. to hash them), before they are interpreted. A plain
     * file is read by its reader and not passed on.
     */
    public CheckResult check(Checker checker, java.util.function.Consumer<byte[]> contentSeen) {
        if (refusedCode != null) {
            return CheckResult.unreadable(name, refusedCode, refusedMessage);
        }
        try {
            if (file != null) {
                return checker.check(file, name);
            }
            if (content != null) {
                byte[] bytes = content.get();
                if (contentSeen != null) {
                    contentSeen.accept(bytes);
                }
                Report r = checker.extract(Path.of(name.substring(name.lastIndexOf('/') + 1)), bytes, name);
                return CheckResult.checked(name, r, checker.run(r));
            }
            byte[] bytes = archive.read(entry);
            if (contentSeen != null) {
                contentSeen.accept(bytes);
            }
            Report r = checker.extract(entry.fileNameHint(), bytes, name);
            return CheckResult.checked(name, r, checker.run(r));
        } catch (UnreadableInputException e) {
            return CheckResult.unreadable(name, e.code(), e.getMessage());
        } catch (OutOfMemoryError e) {
            // one oversized or pathological input; its allocations are garbage again once we are here
            return CheckResult.unreadable(name, "out-of-memory", "内存不足，无法检查此文件（文件过大或结构过于复杂）");
        } catch (RuntimeException | StackOverflowError e) {
            return CheckResult.unreadable(name, "internal",
                    "检查时发生内部错误（请报告此问题）：" + e.getClass().getSimpleName()
                            + (e.getMessage() == null ? "" : "：" + e.getMessage()));
        }
    }
}
