package org.nianbao.cli;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Clean-up on the way out of an interrupted run (SIGINT, SIGTERM): one JVM shutdown hook runs the
 * tasks still registered — temporary output files, POI's temporary sheet files. A run that ends
 * normally unregisters its tasks first, so the hook then has nothing to do.
 */
final class Cleanup {
    private static final Set<Runnable> TASKS = new LinkedHashSet<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(Cleanup::runAll, "nianbao-cleanup"));
    }

    private Cleanup() {
    }

    static void register(Runnable task) {
        synchronized (TASKS) {
            TASKS.add(task);
        }
    }

    static void unregister(Runnable task) {
        synchronized (TASKS) {
            TASKS.remove(task);
        }
    }

    static void runAll() {
        List<Runnable> tasks;
        synchronized (TASKS) {
            tasks = new ArrayList<>(TASKS);
            TASKS.clear();
        }
        for (Runnable t : tasks) {
            try {
                t.run();
            } catch (RuntimeException | Error e) {
                // best effort on the way out: the other tasks still run
            }
        }
    }
}
