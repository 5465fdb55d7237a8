package org.nianbao.cli;

/** A usage problem found after parsing (bad option value, missing file): exit code 2. */
public class UsageException extends RuntimeException {
    public UsageException(String message) {
        super(message);
    }
}
