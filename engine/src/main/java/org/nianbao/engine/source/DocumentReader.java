package org.nianbao.engine.source;

import java.nio.file.Path;

/**
 * Reads one input format into a {@link SourceDocument}. Implementations must not throw anything
 * but {@link UnreadableInputException} for bad input: the message names the problem in Chinese
 * (the file name is added by the caller).
 */
public interface DocumentReader {
    /** Short format id: txt, html, docx, doc, pdf. */
    String format();

    /** True when the leading bytes look like this format (content sniffing, not the extension). */
    boolean accepts(byte[] head, String fileName);

    SourceDocument read(Path file, byte[] content) throws UnreadableInputException;
}
