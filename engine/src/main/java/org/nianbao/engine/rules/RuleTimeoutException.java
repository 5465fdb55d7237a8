package org.nianbao.engine.rules;

import java.util.List;

/**
 * The rules did not finish on one report within the time limit ({@link RuleEngine#withTimeLimit}).
 * The message (Chinese, for the end user) names the rule(s) still running; {@link #CODE} is the
 * stable reason code under which the report is listed.
 */
public final class RuleTimeoutException extends RuntimeException {
    public static final String CODE = "timeout";

    private final List<String> running;

    public RuleTimeoutException(String message, List<String> running) {
        super(message);
        this.running = List.copyOf(running);
    }

    /** Ids of the rules that were running (or, between firings, had just fired) when time ran out. */
    public List<String> running() {
        return running;
    }

    public String code() {
        return CODE;
    }
}
