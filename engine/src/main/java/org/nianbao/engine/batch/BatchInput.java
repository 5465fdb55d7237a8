package org.nianbao.engine.batch;

import java.nio.file.Path;
import org.nianbao.engine.Checker;

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

    /** Reads and checks this input with {@code checker}. Never throws: any failure becomes an unreadable result. */
    public ReportResult check(Checker checker) {
        return check(checker, null);
    }

    /**
     * Like {@link #check(Checker)}, and hands the interpreted report to {@code observer} (on this thread)
     * before it is dropped; not called for an unreadable input.
     */
    public ReportResult check(Checker checker, java.util.function.Consumer<org.nianbao.engine.model.Report> observer) {
        return check(checker, source(), observer);
    }

    /**
     * Checks this input with both checkers, reading it only once: the document read for the first is
     * handed to the second (both must use the same readers). For comparing two rule sets over a corpus.
     */
    public Both checkTwice(Checker first, Checker second) {
        Checker.Source once = Checker.readOnce(source());
        return new Both(check(first, once, null), check(second, once, null));
    }

    /** The results of one input checked by two checkers ({@link #checkTwice}). */
    public record Both(ReportResult first, ReportResult second) {
    }

    private ReportResult check(Checker checker, Checker.Source source,
                               java.util.function.Consumer<org.nianbao.engine.model.Report> observer) {
        if (refusedCode != null) {
            return ReportResult.unreadable(name, refusedCode, refusedMessage);
        }
        return checker.check(name, source, observer);
    }

    /** Where this input's document comes from (null for a refused input). */
    private Checker.Source source() {
        if (refusedCode != null) {
            return null;
        }
        if (file != null) {
            return r -> r.read(file);
        }
        if (content != null) {
            return r -> r.read(Path.of(name.substring(name.lastIndexOf('/') + 1)), content.get());
        }
        return r -> r.read(entry.fileNameHint(), archive.read(entry));
    }
}
