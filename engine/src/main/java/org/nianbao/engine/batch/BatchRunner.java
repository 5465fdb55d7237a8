package org.nianbao.engine.batch;

import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.nianbao.engine.Checker;

/**
 * Checks many inputs on {@code jobs} worker threads that share one {@link Checker} (one compiled
 * rule base), and hands the results to a sink <em>in input order</em>, on the calling thread, as
 * soon as each is ready. At most {@code jobs × 4} results are in flight, so memory does not grow
 * with the number of inputs; the sink needs no locking.
 */
public final class BatchRunner {
    private final Checker checker;
    private final int jobs;

    public BatchRunner(Checker checker, int jobs) {
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be at least 1");
        }
        this.checker = checker;
        this.jobs = jobs;
    }

    /** Checks every input; {@code sink} receives exactly one result per input, in order. */
    public void run(List<BatchInput> inputs, Consumer<ReportResult> sink) {
        if (jobs == 1) {
            for (BatchInput in : inputs) {
                sink.accept(checkOne(in));
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(jobs, daemonThreads());
        int window = jobs * 4;
        ArrayDeque<Future<ReportResult>> inFlight = new ArrayDeque<>();
        try {
            for (BatchInput in : inputs) {
                if (inFlight.size() >= window) {
                    sink.accept(await(inFlight.removeFirst()));
                }
                inFlight.addLast(pool.submit(() -> checkOne(in)));
            }
            while (!inFlight.isEmpty()) {
                sink.accept(await(inFlight.removeFirst()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private ReportResult checkOne(BatchInput in) {
        return in.check(checker);
    }

    private static ReportResult await(Future<ReportResult> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            // BatchInput.check turns every input problem into a result; this is an Error (e.g. OOM).
            Throwable c = e.getCause();
            if (c instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(c);
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "nianbao-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
