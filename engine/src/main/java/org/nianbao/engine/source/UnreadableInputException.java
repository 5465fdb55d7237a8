package org.nianbao.engine.source;

/**
 * The input cannot be read. {@link #code()} is a stable machine-readable reason (empty, binary,
 * encoding, corrupt, scanned, too-large, unsupported, io); the message says why in Chinese for
 * the end user. The caller adds the file name.
 */
public class UnreadableInputException extends Exception {
    private final String code;

    public UnreadableInputException(String code, String message) {
        super(message);
        this.code = code;
    }

    public UnreadableInputException(String code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
