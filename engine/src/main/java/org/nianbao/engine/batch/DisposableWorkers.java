package org.nianbao.engine.batch;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import org.nianbao.engine.rules.RuleEngine;
import org.nianbao.engine.rules.RuleTimeoutException;

/**
 * A fixed number of daemon worker threads whose tasks run rules in place under the time limit (see
 * {@link RuleEngine#onDisposableThread}): no hand-off of each report to a rule thread. When a rule on a
 * worker runs past the limit and ignores both halt and interrupt, the worker is left to it: the task's
 * future completes with {@code onAbandon}'s value, and one more worker joins so that {@code threads} stay
 * live. Used by batch runs and by the web service's shared check pool.
 */
public final class DisposableWorkers implements AutoCloseable {
    private final ThreadPoolExecutor pool;

    public DisposableWorkers(int threads, String namePrefix) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        AtomicInteger n = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, namePrefix + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Runs {@code work} on a worker. The future holds its value, or {@code onAbandon}'s for the timeout
     * when a runaway rule kept the worker; an exception or error of {@code work} completes it exceptionally.
     */
    public <T> Future<T> submit(Supplier<T> work, Function<RuleTimeoutException, T> onAbandon) {
        CompletableFuture<T> done = new CompletableFuture<>();
        pool.execute(() -> {
            try {
                done.complete(RuleEngine.onDisposableThread(timeout -> {
                    done.complete(onAbandon.apply(timeout));
                    synchronized (pool) {
                        pool.setMaximumPoolSize(pool.getMaximumPoolSize() + 1);
                        pool.setCorePoolSize(pool.getCorePoolSize() + 1);
                    }
                }, work));
            } catch (Throwable e) {
                done.completeExceptionally(e);
            }
        });
        return done;
    }

    /** Stops the workers (interrupting running tasks). */
    @Override
    public void close() {
        pool.shutdownNow();
    }
}
