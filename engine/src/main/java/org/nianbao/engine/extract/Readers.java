package org.nianbao.engine.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.nianbao.engine.source.DocumentReader;
import org.nianbao.engine.source.SourceDocument;
import org.nianbao.engine.source.UnreadableInputException;

/**
 * Picks the reader for a file by its content (magic bytes, markup), not only by its extension,
 * and turns every failure into an {@link UnreadableInputException} with a Chinese reason.
 */
public final class Readers {
    /** Inputs larger than this are refused as too large (no real annual report comes near it). */
    public static final long MAX_BYTES = 64L * 1024 * 1024;

    private final List<DocumentReader> readers;

    private static final java.util.Map<String, String> FORMAT_NAMES = java.util.Map.of("txt", "文本", "html", "HTML",
            "docx", "Word .docx", "doc", "Word .doc", "pdf", "PDF");

    public Readers(List<DocumentReader> readers) {
        this.readers = List.copyOf(readers);
    }

    /** All built-in readers, most specific first; plain text last. */
    public static Readers standard() {
        List<DocumentReader> list = new ArrayList<>(FormatReaders.binaryAndMarkup());
        list.add(new TextReader());
        return new Readers(list);
    }

    /** Reason code of a path that is not a regular file (a named pipe, a device, a socket). */
    public static final String SPECIAL_FILE = "special-file";

    /**
     * Reads a file named on the command line or found in a directory. Only regular files are read (a
     * named pipe would block forever, /dev/zero never ends), and never more than {@link #MAX_BYTES}.
     */
    public SourceDocument read(Path file) throws UnreadableInputException {
        return read(file, readBounded(file));
    }

    /** The bytes of a regular file, refusing anything else and anything over {@link #MAX_BYTES}. */
    public static byte[] readBounded(Path file) throws UnreadableInputException {
        java.nio.file.attribute.BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class);
        } catch (IOException e) {
            throw new UnreadableInputException("io", "无法读取文件：" + IoReasons.chinese(e), e);
        }
        if (attrs.isDirectory()) {
            throw new UnreadableInputException(SPECIAL_FILE, "这是一个文件夹，不是文件");
        }
        if (!attrs.isRegularFile()) {
            throw new UnreadableInputException(SPECIAL_FILE, specialFileMessage());
        }
        if (attrs.size() > MAX_BYTES) {
            throw tooLarge(attrs.size());
        }
        try (java.io.InputStream in = Files.newInputStream(file)) {
            // the size may change while reading: never take more than the cap
            byte[] content = in.readNBytes((int) MAX_BYTES + 1);
            if (content.length > MAX_BYTES) {
                throw tooLarge(content.length);
            }
            return content;
        } catch (IOException e) {
            throw new UnreadableInputException("io", "无法读取文件：" + IoReasons.chinese(e), e);
        }
    }

    /** The Chinese reason for a path that is not a regular file. */
    public static String specialFileMessage() {
        return "不是普通文件（命名管道、设备文件或套接字），未读取";
    }

    private static UnreadableInputException tooLarge(long size) {
        return new UnreadableInputException("too-large",
                "文件过大（" + (size / 1024 / 1024) + " MiB，上限 " + (MAX_BYTES / 1024 / 1024) + " MiB）");
    }

    public SourceDocument read(Path file, byte[] content) throws UnreadableInputException {
        if (content.length == 0 || isBlank(content)) {
            throw new UnreadableInputException("empty", "文件为空");
        }
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        byte[] head = content.length > 8192 ? java.util.Arrays.copyOf(content, 8192) : content;
        for (DocumentReader r : readers) {
            if (r.accepts(head, name)) {
                try {
                    return r.read(file, content);
                } catch (UnreadableInputException e) {
                    throw e;
                } catch (StackOverflowError e) {
                    throw new UnreadableInputException("too-complex",
                            "文件结构嵌套过深，无法解析（" + FORMAT_NAMES.getOrDefault(r.format(), r.format()) + "）", e);
                } catch (OutOfMemoryError e) {
                    throw new UnreadableInputException("out-of-memory",
                            "内存不足，无法解析此文件（" + FORMAT_NAMES.getOrDefault(r.format(), r.format()) + "，文件过大或结构过于复杂）", e);
                } catch (RuntimeException e) {
                    throw new UnreadableInputException("corrupt",
                            "文件损坏或格式无法解析（" + FORMAT_NAMES.getOrDefault(r.format(), r.format()) + "）", e);
                }
            }
        }
        if (TextDecoder.looksBinary(head)) {
            throw new UnreadableInputException("binary",
                    "二进制文件，不是文本、HTML、Word 或 PDF 格式的报告（例如图片、压缩文件或可执行文件）");
        }
        throw new UnreadableInputException("unsupported", "不支持的文件格式（不是文本、HTML、Word 或 PDF 文件）");
    }

    private static boolean isBlank(byte[] content) {
        for (byte b : content) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }
}
