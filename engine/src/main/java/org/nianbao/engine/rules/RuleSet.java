package org.nianbao.engine.rules;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.nianbao.engine.interpret.Edition;
import org.nianbao.engine.interpret.Editions;

/**
 * The rules of a run: the rule bases (one per edition pack) and the edition data that goes with
 * them — both bundled, or both from one {@code --rules DIR} (its DRL files and {@code edition.yaml}
 * files). Built once and passed to everything that interprets or checks reports, so that the
 * interpreter, the rules and the outputs always agree on the editions.
 *
 * <p>The rule bases are loaded on first use: a command that only interprets ({@code extract}) never
 * pays for them. Thread-safe.
 */
public final class RuleSet {
    private final Supplier<RuleEngine> engine;
    private final Supplier<Editions> editions;
    private volatile RuleEngine loaded;
    /** Whether {@link #warmUp} has begun; shared with the {@link #withTimeLimit} copies of this set. */
    private final java.util.concurrent.atomic.AtomicBoolean warming;

    private RuleSet(Supplier<RuleEngine> engine, Supplier<Editions> editions) {
        this(engine, editions, new java.util.concurrent.atomic.AtomicBoolean());
    }

    private RuleSet(Supplier<RuleEngine> engine, Supplier<Editions> editions,
            java.util.concurrent.atomic.AtomicBoolean warming) {
        this.engine = engine;
        this.editions = editions;
        this.warming = warming;
    }

    /**
     * The bundled rules (prebuilt executable model) and the bundled editions. The edition data (YAML)
     * is parsed on a background thread while the caller loads the rule model, which shortens a
     * one-report run on two cores; {@link #editions()} waits for it.
     */
    public static RuleSet bundled() {
        java.util.concurrent.CompletableFuture<Editions> e = java.util.concurrent.CompletableFuture.supplyAsync(
                Editions::bundled, task -> {
                    Thread t = new Thread(task, "nianbao-editions");
                    t.setDaemon(true);
                    t.start();
                });
        return new RuleSet(RuleEngine::bundled, () -> {
            try {
                return e.join();
            } catch (java.util.concurrent.CompletionException x) {
                if (x.getCause() instanceof RuntimeException re) {
                    throw re;
                }
                throw x;
            }
        });
    }

    /**
     * The DRL files and {@code edition.yaml} files under {@code dir} (an edited copy of {@code rules/}),
     * with the built-in editions for those the directory does not redefine.
     */
    public static RuleSet fromDirectory(Path dir) {
        Editions e = Editions.withDirectory(dir);
        return new RuleSet(() -> RuleEngine.fromDirectory(dir), () -> e);
    }

    /** An already compiled engine with the given editions (tests, benchmarks). */
    public static RuleSet of(RuleEngine engine, Editions editions) {
        RuleSet s = new RuleSet(() -> engine, () -> editions);
        s.loaded = engine;
        return s;
    }

    /** The rule bases; compiled or loaded now if not yet. Throws {@link RuleLoadException} on bad rules. */
    public RuleEngine engine() {
        RuleEngine e = loaded;
        if (e == null) {
            synchronized (this) {
                e = loaded;
                if (e == null) {
                    e = engine.get();
                    loaded = e;
                }
            }
        }
        return e;
    }

    /**
     * The same rules and editions with a per-report time limit on the rules (see
     * {@link RuleEngine#withTimeLimit}); null or zero for none. Loads nothing now.
     */
    public RuleSet withTimeLimit(java.time.Duration limit) {
        return new RuleSet(() -> engine().withTimeLimit(limit), editions, warming);
    }

    public Editions editions() {
        return editions.get();
    }

    /**
     * Starts building, on a background daemon thread, the rule base a report of the current edition
     * (the one without an end year) needs, so that a one-report run builds it on the second core while
     * the report is read and interpreted instead of afterwards. A check that needs the base before it
     * is ready waits for this build rather than starting another; a run that needs another edition
     * simply does not use it. Only the first call on a set (or its time-limited copies) does anything.
     */
    public void warmUp() {
        if (!warming.compareAndSet(false, true)) {
            return;
        }
        Thread t = new Thread(() -> {
            try {
                RuleEngine rules = engine(); // the rule model first: it does not wait for the edition data
                Edition current = null;
                for (Edition e : editions().all()) {
                    if (e.toYear() == null && !e.legacy()) {
                        current = e;
                    }
                }
                if (current != null) {
                    rules.prepare(current.id());
                }
            } catch (RuntimeException e) {
                // bad rules or edition data: the run itself reports them where it loads them
            }
        }, "nianbao-warm-up");
        t.setDaemon(true);
        t.start();
    }

    /** True once {@link #warmUp} has been called on this set or one of its time-limited copies. */
    public boolean warmingUp() {
        return warming.get();
    }

    /** Every rule, sorted by id. */
    public List<RuleInfo> rules() {
        return engine().rules();
    }

    /** The edition's Chinese name from its data; the id itself for an edition without data. */
    public String editionName(String edition) {
        return editionName(editions(), edition);
    }

    /** The edition's Chinese name in {@code editions} (may be null: the id); "未能识别格式版本" for unknown. */
    public static String editionName(Editions editions, String edition) {
        if (edition == null || edition.equals("unknown")) {
            return "未能识别格式版本";
        }
        Edition e = editions == null ? null : editions.byId(edition);
        return e == null ? edition : e.name();
    }
}
