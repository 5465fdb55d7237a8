package org.nianbao.engine.archive;

/** The archive cannot be opened, read or written; the message is Chinese and names the file. */
public final class ArchiveException extends RuntimeException {
    public ArchiveException(String message) {
        super(message);
    }

    public ArchiveException(String message, Throwable cause) {
        super(message, cause);
    }
}
