package org.nianbao.engine.batch;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.nianbao.engine.source.UnreadableInputException;

/**
 * A zip archive read in place: its entries become batch inputs and are decompressed one at a time,
 * with bounded size, when a worker checks them. Thread-safe ({@link ZipFile} is).
 * Entry names are read as UTF-8, or as GB18030 (common for archives made on Chinese Windows).
 */
final class ZipArchive implements Closeable {
    private static final Charset GB18030 = Charset.forName("GB18030");

    /** One file entry: its name inside the archive, and the declared sizes. */
    record Entry(String name, long size, long compressedSize) {
        /** A path whose file name carries the entry's extension, for choosing a reader. */
        Path fileNameHint() {
            String n = name.substring(name.lastIndexOf('/') + 1);
            try {
                return Path.of(n.isEmpty() ? "entry" : n);
            } catch (RuntimeException e) {
                return Path.of("entry");
            }
        }
    }

    private final ZipFile zip;
    private final String displayName;
    private final ZipLimits limits;
    private final AtomicLong expanded = new AtomicLong();
    private int skipped;

    private ZipArchive(ZipFile zip, String displayName, ZipLimits limits) {
        this.zip = zip;
        this.displayName = displayName;
        this.limits = limits;
    }

    static ZipArchive open(Path file, String displayName, ZipLimits limits) throws IOException {
        ZipFile z;
        try {
            z = new ZipFile(file.toFile(), StandardCharsets.UTF_8);
            // Names are decoded lazily by some JDKs: touch them all now so a bad encoding shows here.
            for (Enumeration<? extends ZipEntry> e = z.entries(); e.hasMoreElements(); ) {
                e.nextElement().getName();
            }
        } catch (IllegalArgumentException | java.util.zip.ZipException e) {
            z = new ZipFile(file.toFile(), GB18030);
        }
        return new ZipArchive(z, displayName, limits);
    }

    /** Hidden and sidecar entries skipped by {@link #inputs()}. */
    int skipped() {
        return skipped;
    }

    String displayName() {
        return displayName;
    }

    /**
     * The archive's inputs, sorted by entry name: readable entries, and refused ones (unsafe path,
     * nested archive, declared too large, suspicious compression ratio) with their reason.
     * Directories, hidden files and sidecars are skipped as in a directory walk.
     */
    List<BatchInput> inputs() {
        List<ZipEntry> entries = new ArrayList<>();
        int files = 0;
        for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
            ZipEntry z = e.nextElement();
            if (!z.isDirectory()) {
                entries.add(z);
                files++;
                if (files > limits.maxEntries()) {
                    return List.of(BatchInput.refused(displayName, "zip-too-many-entries",
                            "压缩包条目过多（超过 " + limits.maxEntries() + " 个），疑似压缩炸弹，未检查其中任何文件"));
                }
            }
        }
        entries.sort((a, b) -> a.getName().compareTo(b.getName()));
        List<BatchInput> inputs = new ArrayList<>();
        for (ZipEntry z : entries) {
            String name = z.getName();
            String shown = displayName + "!/" + name;
            if (!isSafe(name)) {
                inputs.add(BatchInput.refused(shown, "zip-unsafe-path",
                        "压缩包条目路径不安全（绝对路径或含“..”），已拒绝，未检查"));
                continue;
            }
            if (InputExpander.isHiddenOrSidecar(name)) {
                skipped++;
                continue;
            }
            if (name.toLowerCase(java.util.Locale.ROOT).endsWith(".zip")) {
                inputs.add(BatchInput.refused(shown, "zip-nested",
                        "压缩包中嵌套的压缩包不展开检查；请解压后单独检查"));
                continue;
            }
            long size = z.getSize();
            long csize = z.getCompressedSize();
            if (size > limits.maxEntryBytes()) {
                inputs.add(BatchInput.refused(shown, "too-large", "压缩包条目过大（解压后 " + mib(size) + " MiB，上限 "
                        + mib(limits.maxEntryBytes()) + " MiB），未检查"));
                continue;
            }
            if (isBomb(size, csize)) {
                inputs.add(BatchInput.refused(shown, "zip-bomb", bombMessage()));
                continue;
            }
            inputs.add(BatchInput.zipEntry(this, new Entry(name, size, csize)));
        }
        return inputs;
    }

    /** Decompresses one entry, enforcing the limits on the bytes actually produced. */
    byte[] read(Entry entry) throws UnreadableInputException {
        ZipEntry z = zip.getEntry(entry.name());
        if (z == null) {
            throw new UnreadableInputException("io", "压缩包条目无法读取");
        }
        long cap = limits.maxEntryBytes();
        try (InputStream in = zip.getInputStream(z)) {
            byte[] data = in.readNBytes((int) Math.min(cap + 1, Integer.MAX_VALUE - 16));
            if (data.length > cap) {
                throw new UnreadableInputException("too-large", "压缩包条目解压后超过 " + mib(cap) + " MiB 上限（实际大小与声明不符，疑似压缩炸弹），未检查");
            }
            if (isBomb(data.length, entry.compressedSize())) {
                throw new UnreadableInputException("zip-bomb", bombMessage());
            }
            long total = expanded.addAndGet(data.length);
            if (total > limits.maxTotalBytes()) {
                throw new UnreadableInputException("zip-total-too-large", "压缩包解压总量超过 "
                        + mib(limits.maxTotalBytes()) + " MiB 上限，其余条目未检查");
            }
            return data;
        } catch (IOException | RuntimeException e) {
            throw new UnreadableInputException("corrupt", "压缩包条目损坏，无法解压", e);
        }
    }

    private boolean isBomb(long size, long compressed) {
        return size > limits.ratioFloorBytes() && compressed > 0 && size / compressed > limits.maxRatio();
    }

    private String bombMessage() {
        return "压缩包条目压缩比异常（超过 " + limits.maxRatio() + " 倍），疑似压缩炸弹，已拒绝，未检查";
    }

    /** Relative names only: no leading slash or drive letter, no ".." segment. */
    static boolean isSafe(String name) {
        String n = name.replace('\\', '/');
        if (n.startsWith("/") || n.matches("^[A-Za-z]:.*") || n.indexOf('\0') >= 0) {
            return false;
        }
        for (String part : n.split("/")) {
            if (part.equals("..")) {
                return false;
            }
        }
        return true;
    }

    private static long mib(long bytes) {
        return bytes / 1024 / 1024;
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
