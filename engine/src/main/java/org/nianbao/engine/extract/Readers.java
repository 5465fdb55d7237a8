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

    public Readers(List<DocumentReader> readers) {
        this.readers = List.copyOf(readers);
    }

    /** All built-in readers, most specific first; plain text last. */
    public static Readers standard() {
        List<DocumentReader> list = new ArrayList<>(FormatReaders.binaryAndMarkup());
        list.add(new TextReader());
        return new Readers(list);
    }

    public SourceDocument read(Path file) throws UnreadableInputException {
        byte[] content;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new UnreadableInputException("too-large",
                        "文件过大（" + (size / 1024 / 1024) + " MiB，上限 " + (MAX_BYTES / 1024 / 1024) + " MiB）");
            }
            content = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UnreadableInputException("io", "无法读取文件：" + e.getMessage(), e);
        }
        return read(file, content);
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
                } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
                    throw new UnreadableInputException("corrupt",
                            "文件损坏或格式无法解析（" + r.format() + "）：" + e.getClass().getSimpleName()
                                    + (e.getMessage() == null ? "" : "：" + e.getMessage()), e);
                }
            }
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
