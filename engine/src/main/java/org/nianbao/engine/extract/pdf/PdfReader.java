package org.nianbao.engine.extract.pdf;

import java.nio.file.Path;
import java.util.List;
import org.nianbao.engine.source.DocumentReader;
import org.nianbao.engine.source.SourceDocument;
import org.nianbao.engine.source.UnreadableInputException;

public final class PdfReader implements DocumentReader {
    @Override
    public String format() {
        return "pdf";
    }

    @Override
    public boolean accepts(byte[] head, String fileName) {
        return false;
    }

    @Override
    public SourceDocument read(Path file, byte[] content) throws UnreadableInputException {
        throw new UnreadableInputException("unsupported", "PDF");
    }
}
