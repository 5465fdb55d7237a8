package org.nianbao.web;

/** A request beyond a limit of the service: answered with {@link #status()} and a Chinese message. */
public final class LimitException extends RuntimeException {
    private final int status;

    public LimitException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
