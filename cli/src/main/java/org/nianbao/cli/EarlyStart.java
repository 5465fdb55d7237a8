package org.nianbao.cli;

import org.nianbao.engine.rules.RuleSet;

/**
 * Start-up work that does not depend on the parsed command line, begun before picocli builds its
 * model: for {@code check} and {@code extract} with the bundled rules, {@link RuleSet#bundled()} starts
 * parsing the edition data on its own thread, and for {@code check} {@link RuleSet#warmUp} loads the rule
 * model and builds the current edition's rule base on another, while the main thread builds the
 * command line (picocli, ≈ 20–40 ms). On two cores this took ≈ 30 ms off a one-report check. Only the
 * real process ({@link Main#main}) does this; {@link Main#run} (tests, training) never does.
 */
final class EarlyStart {
    private static RuleSet bundled;

    private EarlyStart() {
    }

    /** Begins loading the bundled rule set when these arguments run {@code check} or {@code extract} without {@code --rules}. */
    static synchronized void begin(String... args) {
        if (args.length == 0 || !(args[0].equals("check") || args[0].equals("extract"))) {
            return;
        }
        boolean forcedEdition = false;
        for (String a : args) {
            if (a.equals("--rules") || a.startsWith("--rules=") || a.equals("--help") || a.equals("-h")) {
                return;
            }
            forcedEdition |= a.equals("--edition") || a.startsWith("--edition=");
        }
        bundled = RuleSet.bundled();
        if (args[0].equals("check") && !forcedEdition) {
            bundled.warmUp(); // the rule model and the current edition's rule base, on another thread
        }
    }

    /** The bundled rule set begun by {@link #begin}, once; null when none was begun (or it was taken). */
    static synchronized RuleSet takeBundled() {
        RuleSet s = bundled;
        bundled = null;
        return s;
    }
}
