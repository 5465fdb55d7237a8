package org.nianbao.cli;

/** Exit codes of every nianbao command (also listed in --help and the README). */
public final class ExitCode {
    private ExitCode() {
    }

    /** No finding at or above the --fail-on threshold, every input read. */
    public static final int CLEAN = 0;
    /** Findings at or above the --fail-on threshold. */
    public static final int FINDINGS = 1;
    /** Usage error, or the rules could not be loaded (DRL does not compile, bad metadata, bad config). */
    public static final int USAGE_OR_RULES = 2;
    /** At least one input was not checked: unreadable, not a report, over the time limit (no finding reached the threshold). */
    public static final int UNREADABLE = 3;
    /** Internal error (a bug): please report it. */
    public static final int INTERNAL = 4;

}
