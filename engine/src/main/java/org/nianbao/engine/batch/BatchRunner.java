package org.nianbao.engine.batch;

import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.nianbao.engine.Checker;
import org.nianbao.engine.model.Report;
import org.nianbao.engine.rules.RuleEngine;

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
        run(inputs, r -> null, (r, d) -> sink.accept(r));
    }

    /**
     * Checks every input and also derives a value from each interpreted report on the worker thread (e.g.
     * the compact digest cross-report checks keep, while the report's facts are still at hand); {@code sink}
     * receives each result with its value, in input order.
     */
    public <D> void run(List<BatchInput> inputs, java.util.function.Function<Report, D> derive,
                        java.util.function.BiConsumer<ReportResult, D> sink) {
        runTasks(inputs, in -> checkOne(in, derive), sink);
    }

    /**
     * Checks every input with this runner's checker and with {@code other}, reading each input once (see
     * {@link BatchInput#checkTwice}); {@code sink} receives both results of each input, in input order. When
     * a runaway rule costs an input its worker, both results are that timeout.
     */
    public void runPaired(List<BatchInput> inputs, Checker other,
                          java.util.function.BiConsumer<ReportResult, ReportResult> sink) {
        runTasks(inputs, in -> {
            BatchInput.Both both = in.checkTwice(checker, other);
            return new Done<>(both.first(), both.second());
        }, (first, second) -> sink.accept(first, second == null ? first : second));
    }

    private <D> void runTasks(List<BatchInput> inputs, java.util.function.Function<BatchInput, Done<D>> work,
                              java.util.function.BiConsumer<ReportResult, D> sink) {
        // Always on worker threads, even for one job: the workers are disposable (RuleEngine.onDisposableThread),
        // so the rules run on them under the time limit without a hand-off per report.
        DisposableWorkers pool = new DisposableWorkers(jobs, "nianbao-worker-");
        int window = jobs * 4;
        ArrayDeque<Future<Done<D>>> inFlight = new ArrayDeque<>();
        try {
            for (BatchInput in : inputs) {
                if (inFlight.size() >= window) {
                    Done<D> d = await(inFlight.removeFirst());
                    sink.accept(d.result(), d.value());
                }
                inFlight.addLast(submit(pool, in, work));
            }
            while (!inFlight.isEmpty()) {
                Done<D> d = await(inFlight.removeFirst());
                sink.accept(d.result(), d.value());
            }
        } finally {
            pool.close();
        }
    }

    private record Done<D>(ReportResult result, D value) {
    }

    /**
     * Checks {@code in} on a worker. When a rule on it runs past the time limit and ignores both halt and
     * interrupt, the worker is left to that rule: the input's result is the timeout, and another worker
     * takes its place (see {@link DisposableWorkers}).
     */
    private static <D> Future<Done<D>> submit(DisposableWorkers pool, BatchInput in,
                                              java.util.function.Function<BatchInput, Done<D>> work) {
        long[] started = new long[1];
        return pool.submit(() -> {
            started[0] = System.nanoTime();
            return work.apply(in);
        }, timeout -> new Done<>(ReportResult.unreadable(in.name(), timeout.code(), timeout.getMessage(),
                System.nanoTime() - started[0]), null));
    }

    private <D> Done<D> checkOne(BatchInput in, java.util.function.Function<Report, D> derive) {
        List<D> value = new java.util.ArrayList<>(1);
        ReportResult r = in.check(checker, report -> value.add(derive.apply(report)));
        return new Done<>(r, r.readable() && !value.isEmpty() ? value.get(0) : null);
    }

    /**
     * The value of a task whose own failures are results: waits, keeps the interrupt, rethrows an
     * {@link Error} (e.g. out of memory) as it is.
     */
    public static <T> T await(Future<T> f) {
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

}
