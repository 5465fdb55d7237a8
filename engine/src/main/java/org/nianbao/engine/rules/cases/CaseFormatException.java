package org.nianbao.engine.rules.cases;

/** A test case file that cannot be used (bad YAML, missing keys); the message is Chinese and names the file. */
public final class CaseFormatException extends RuntimeException {
    public CaseFormatException(String message) {
        super(message);
    }
}
