package org.nianbao.engine.rules;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.drools.compiler.kie.builder.impl.DrlProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.model.KieBaseModel;
import org.kie.api.builder.model.KieModuleModel;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.nianbao.engine.model.Report;

/**
 * Compiles the rule packs once and checks reports with them. One KieBase per edition pack
 * ({@code common} + the pack); {@code common} alone for reports whose edition has no pack.
 * Thread-safe: each {@link #check} opens its own session on the shared KieBases.
 */
public final class RuleEngine {
    public static final String COMMON = "common";
    /**
     * The cross-report pack: rules over a report and its related reports (previous year, same year),
     * run in a second phase with {@link #checkCross}; its KieBase holds this pack alone and it is never
     * chosen as an edition.
     */
    public static final String CROSS = "cross";

    /** Time the rules may take on one report unless {@link #withTimeLimit} says otherwise. */
    public static final java.time.Duration DEFAULT_TIME_LIMIT = java.time.Duration.ofSeconds(20);

    private final Map<String, java.util.function.Supplier<KieBase>> bases;
    private final Map<String, RuleInfo> rules;
    private final java.time.Duration timeLimit;
    /**
     * Rules stopped at the time limit, by rule name → the report where it happened: they are not fired
     * again by this engine (a runaway consequence would otherwise hang every later report of the run
     * too); each later report gets a {@link FindingSink#RULE_SUSPENDED} finding instead.
     */
    private final Map<String, Suspension> suspended = new java.util.concurrent.ConcurrentHashMap<>();

    private record Suspension(String packageName, String file) {
    }

    private volatile List<RuleInfo> sorted;

    private RuleEngine(Map<String, java.util.function.Supplier<KieBase>> bases, Map<String, RuleInfo> rules) {
        this(bases, rules, DEFAULT_TIME_LIMIT);
    }

    private RuleEngine(Map<String, java.util.function.Supplier<KieBase>> bases, Map<String, RuleInfo> rules,
                       java.time.Duration timeLimit) {
        this.bases = bases;
        this.rules = rules;
        this.timeLimit = timeLimit;
    }

    /**
     * The same rules (sharing the built KieBases) with another per-report time limit; null or zero for
     * none. Past the limit {@link #check} stops the report's session and throws {@link RuleTimeoutException}.
     */
    public RuleEngine withTimeLimit(java.time.Duration limit) {
        return new RuleEngine(bases, rules, limit == null || limit.isZero() || limit.isNegative() ? null : limit);
    }

    public java.time.Duration timeLimit() {
        return timeLimit;
    }

    /** Every KieBase reports a failing consequence as a finding instead of aborting the session. */
    private static final org.kie.api.conf.KieBaseOption FAILURE_HANDLER =
            org.kie.internal.conf.ConsequenceExceptionHandlerOption.get(RuleFailureHandler.class);

    /** Where the rules module's build lists the executable-model classes it generated (one per DRL package). */
    public static final String MODEL_INDEX = "META-INF/kie/org.nianbao/nianbao-rules/drools-model";

    /**
     * The rules bundled on the class path: the executable model generated at build time when it is
     * there (fast start, no DRL compiler), else the bundled DRL compiled now.
     */
    public static RuleEngine bundled() {
        ClassLoader loader = RuleEngine.class.getClassLoader();
        List<String> models = modelClassNames(loader);
        if (!models.isEmpty()) {
            return fromModels(models, loader);
        }
        return compile(RuleSource.fromClasspath(loader));
    }

    /** True when {@link #bundled()} loads the prebuilt executable model (for diagnostics and benchmarks). */
    public static boolean hasPrebuiltModel() {
        return !modelClassNames(RuleEngine.class.getClassLoader()).isEmpty();
    }

    private static List<String> modelClassNames(ClassLoader loader) {
        List<String> names = new ArrayList<>();
        try (java.io.InputStream in = loader.getResourceAsStream(MODEL_INDEX)) {
            if (in == null) {
                return names;
            }
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\\R")) {
                String l = line.strip();
                if (!l.isEmpty() && !l.contains(":")) {
                    names.add(l);
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        names.sort(null);
        return names;
    }

    /**
     * Builds one KieBase per pack from the prebuilt per-package models: {@code common} alone, and
     * {@code common} + each edition pack, exactly as {@link #compile} groups the DRL packages.
     */
    private static RuleEngine fromModels(List<String> classNames, ClassLoader loader) {
        Map<String, org.drools.model.Model> byPack = new TreeMap<>();
        for (String cn : classNames) {
            try {
                org.drools.model.Model m = (org.drools.model.Model) Class.forName(cn, true, loader)
                        .getDeclaredConstructor().newInstance();
                String pkg = cn.substring(0, cn.lastIndexOf('.'));
                byPack.put(pkg.substring(pkg.lastIndexOf('.') + 1), m);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("prebuilt rule model " + cn + " cannot be loaded", e);
            }
        }
        org.drools.model.Model common = byPack.get(COMMON);
        // KieBases are built on first use: a one-report run builds only the pack it needs.
        Map<String, java.util.function.Supplier<KieBase>> bases = new TreeMap<>();
        for (Map.Entry<String, org.drools.model.Model> e : byPack.entrySet()) {
            List<org.drools.model.Model> models = new ArrayList<>();
            models.add(e.getValue());
            if (!e.getKey().equals(COMMON) && !e.getKey().equals(CROSS) && common != null) {
                models.add(common);
            }
            bases.put(e.getKey(), new Lazy(() -> org.drools.modelcompiler.KieBaseBuilder.createKieBaseFromModel(models,
                    FAILURE_HANDLER)));
        }
        if (!bases.containsKey(COMMON)) {
            bases.put(COMMON, new Lazy(() -> org.drools.modelcompiler.KieBaseBuilder.createKieBaseFromModel(List.of(),
                    FAILURE_HANDLER)));
        }
        List<RuleLoadException.Problem> problems = new ArrayList<>();
        Map<String, RuleInfo> rules = new TreeMap<>();
        Map<String, String> idOrigin = new TreeMap<>();
        for (org.drools.model.Model m : byPack.values()) {
            for (org.drools.model.Rule rule : m.getRules()) {
                String origin = rule.getPackage().replace('.', '/');
                String pack = rule.getPackage().substring(rule.getPackage().lastIndexOf('.') + 1);
                addRule(rules, idOrigin, problems, rule.getName(), pack, rule.getMetaData(), origin);
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleLoadException(problems);
        }
        rules = Collections.unmodifiableMap(rules);
        return new RuleEngine(bases, rules);
    }

    /** The rules in a directory (an edited copy of {@code rules/}). */
    public static RuleEngine fromDirectory(Path dir) {
        List<RuleSource> sources = RuleSource.fromDirectory(dir);
        if (sources.isEmpty()) {
            throw new RuleLoadException(List.of(new RuleLoadException.Problem(dir.toString(), 0,
                    "目录中没有 .drl 规则文件")));
        }
        return compile(sources);
    }

    /** Compiles DRL sources with the classic DRL build (full file/line error reports). */
    public static RuleEngine compile(List<RuleSource> sources) {
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        Map<String, String> kiePathToOrigin = new LinkedHashMap<>();
        TreeSet<String> packs = new TreeSet<>();
        Map<String, String> packPackages = new TreeMap<>();
        for (RuleSource s : sources) {
            String path = s.kiePath();
            if (kiePathToOrigin.containsKey(path)) {
                path = path.replace(".drl", "_" + kiePathToOrigin.size() + ".drl");
            }
            kiePathToOrigin.put(path, s.origin());
            kfs.write(path, s.text());
            packs.add(s.pack());
            packPackages.put(s.pack(), s.packageName());
        }
        String commonPackage = packPackages.get(COMMON);
        KieModuleModel module = ks.newKieModuleModel();
        for (String pack : packs) {
            KieBaseModel kb = module.newKieBaseModel(pack).addPackage(packPackages.get(pack));
            if (!pack.equals(COMMON) && !pack.equals(CROSS) && commonPackage != null) {
                kb.addPackage(commonPackage);
            }
        }
        if (!packs.contains(COMMON)) {
            module.newKieBaseModel(COMMON).addPackage("org.nianbao.rules.none");
        }
        kfs.writeKModuleXML(module.toXML());
        KieBuilder builder = ks.newKieBuilder(kfs);
        builder.buildAll(DrlProject.class);
        List<RuleLoadException.Problem> problems = compileProblems(builder, kiePathToOrigin);
        if (!problems.isEmpty()) {
            throw new RuleLoadException(problems);
        }
        KieContainer container = ks.newKieContainer(builder.getKieModule().getReleaseId());
        org.kie.api.KieBaseConfiguration conf = ks.newKieBaseConfiguration();
        conf.setOption(FAILURE_HANDLER);
        Map<String, KieBase> bases = new TreeMap<>();
        for (String pack : packs) {
            bases.put(pack, container.newKieBase(pack, conf));
        }
        if (!bases.containsKey(COMMON)) {
            bases.put(COMMON, container.newKieBase(COMMON, conf));
        }
        Map<String, RuleInfo> rules = collectRules(bases, sources, problems);
        if (!problems.isEmpty()) {
            throw new RuleLoadException(problems);
        }
        Map<String, java.util.function.Supplier<KieBase>> built = new TreeMap<>();
        bases.forEach((pack, kb) -> built.put(pack, () -> kb));
        return new RuleEngine(built, rules);
    }

    /**
     * The build's errors, each once (Drools repeats them per KieBase), mapped back to the user's
     * file; the follow-up "Parser returned a null Package" is dropped when the file has a real error.
     */
    private static List<RuleLoadException.Problem> compileProblems(KieBuilder builder,
                                                                   Map<String, String> kiePathToOrigin) {
        java.util.LinkedHashSet<RuleLoadException.Problem> unique = new java.util.LinkedHashSet<>();
        for (Message m : builder.getResults().getMessages(Message.Level.ERROR)) {
            String path = m.getPath();
            String origin = path == null ? "?" : kiePathToOrigin.getOrDefault(path,
                    kiePathToOrigin.getOrDefault("src/main/resources/" + path, path));
            unique.add(new RuleLoadException.Problem(origin, Math.max(m.getLine(), 0), m.getText().strip()));
        }
        List<RuleLoadException.Problem> problems = new ArrayList<>();
        for (RuleLoadException.Problem p : unique) {
            boolean followUp = p.message().contains("Parser returned a null Package")
                    && unique.stream().anyMatch(o -> o != p && o.file().equals(p.file())
                    && !o.message().contains("Parser returned a null Package"));
            if (!followUp) {
                problems.add(p);
            }
        }
        return problems;
    }

    private static Map<String, RuleInfo> collectRules(Map<String, KieBase> bases, List<RuleSource> sources,
                                                      List<RuleLoadException.Problem> problems) {
        Map<String, String> ruleFile = new LinkedHashMap<>();
        Map<String, String> ruleIdOrigin = new TreeMap<>();
        Map<String, RuleInfo> byName = new TreeMap<>();
        for (KieBase base : bases.values()) {
            for (KiePackage pkg : base.getKiePackages()) {
                for (Rule rule : pkg.getRules()) {
                    if (byName.containsKey(rule.getName())) {
                        continue;
                    }
                    String origin = originOf(rule, sources);
                    String pack = pkg.getName().substring(pkg.getName().lastIndexOf('.') + 1);
                    addRule(byName, ruleIdOrigin, problems, rule.getName(), pack, rule.getMetaData(), origin);
                    ruleFile.put(rule.getName(), origin);
                }
            }
        }
        return Collections.unmodifiableMap(byName);
    }

    private static void addRule(Map<String, RuleInfo> byName, Map<String, String> ruleIdOrigin,
                                List<RuleLoadException.Problem> problems, String name, String pack,
                                Map<String, Object> meta, String origin) {
        RuleInfo info = RuleInfo.of(name, pack, meta, origin);
        for (String p : info.metadataProblems()) {
            problems.add(new RuleLoadException.Problem(origin, 0, "规则 “" + name + "” " + p));
        }
        String prev = ruleIdOrigin.put(info.id(), origin);
        if (prev != null) {
            problems.add(new RuleLoadException.Problem(origin, 0, "规则编号 " + info.id() + " 重复（另见 " + prev + "）"));
        }
        byName.put(name, info);
    }

    /** True when the rule base of {@code pack} has been built (diagnostics; tests of {@link #prepare}). */
    public boolean isBuilt(String pack) {
        java.util.function.Supplier<KieBase> lazy = bases.get(pack);
        return lazy instanceof Lazy l ? l.base != null : lazy != null;
    }

    /** A KieBase built once, on first use, by whichever thread asks first. */
    private static final class Lazy implements java.util.function.Supplier<KieBase> {
        private final java.util.function.Supplier<KieBase> build;
        private volatile KieBase base;

        Lazy(java.util.function.Supplier<KieBase> build) {
            this.build = build;
        }

        @Override
        public KieBase get() {
            KieBase b = base;
            if (b == null) {
                synchronized (this) {
                    b = base;
                    if (b == null) {
                        b = build.get();
                        base = b;
                    }
                }
            }
            return b;
        }
    }

    private static String originOf(Rule rule, List<RuleSource> sources) {
        String needle = "\"" + rule.getName() + "\"";
        for (RuleSource s : sources) {
            if (s.packageName().equals(rule.getPackageName()) && s.text().contains(needle)) {
                return s.origin();
            }
        }
        return rule.getPackageName();
    }

    /** Builds every pack's KieBase now (prebuilt models are otherwise built on first use); returns this. */
    public RuleEngine buildAll() {
        bases.values().forEach(java.util.function.Supplier::get);
        return this;
    }

    /**
     * Every loaded rule, sorted by id, each with the DRL file that defines it. Rules of the prebuilt
     * model only know their package; their file is found among the bundled DRL files on first call.
     */
    public List<RuleInfo> rules() {
        List<RuleInfo> list = sorted;
        if (list == null) {
            list = new ArrayList<>(rules.values());
            list.sort((a, b) -> a.id().compareTo(b.id()));
            if (list.stream().anyMatch(r -> r.file() != null && !r.file().endsWith(".drl"))) {
                list = withBundledFiles(list);
            }
            list = List.copyOf(list);
            sorted = list;
        }
        return list;
    }

    private static List<RuleInfo> withBundledFiles(List<RuleInfo> rules) {
        List<RuleSource> sources = RuleSource.fromClasspath(RuleEngine.class.getClassLoader());
        List<RuleInfo> out = new ArrayList<>(rules.size());
        for (RuleInfo r : rules) {
            String file = r.file();
            if (file != null && !file.endsWith(".drl")) {
                String pkg = file.replace('/', '.');
                for (RuleSource s : sources) {
                    if (s.packageName().equals(pkg) && definesRule(s.text(), r)) {
                        file = s.origin();
                        break;
                    }
                }
            }
            out.add(r.withFile(file));
        }
        return out;
    }

    private static boolean definesRule(String drl, RuleInfo r) {
        return drl.contains("@id(\"" + r.id() + "\")") || drl.contains("rule \"" + r.id() + "\"");
    }

    /** Edition packs available (besides common). */
    public List<String> packs() {
        List<String> p = new ArrayList<>(bases.keySet());
        p.remove(COMMON);
        p.remove(CROSS);
        return p;
    }

    /** The pack used for a report: the forced one, else the report's edition when a pack exists, else common. */
    public String packFor(Report report, String forcedPack) {
        if (forcedPack != null) {
            return forcedPack;
        }
        return bases.containsKey(report.getEdition()) ? report.getEdition() : COMMON;
    }

    public boolean hasPack(String pack) {
        return !CROSS.equals(pack) && bases.containsKey(pack);
    }

    /**
     * Builds the rule base of {@code pack} now, on the calling thread, unless it is built already (or
     * being built: then this waits for it). Unknown packs are ignored. A build error is left for the
     * check that needs the pack to report.
     */
    public void prepare(String pack) {
        java.util.function.Supplier<KieBase> lazy = bases.get(pack);
        if (lazy != null) {
            try {
                lazy.get();
            } catch (RuntimeException e) {
                // reported again, with its context, by the check that uses this pack
            }
        }
    }

    /** True when the cross-report pack is loaded. */
    public boolean hasCrossPack() {
        return bases.containsKey(CROSS);
    }

    /**
     * Runs the cross-report pack on the given facts (this year's report facts plus the related
     * reports' {@code Prior…}/{@code TextMatch} facts); empty when the pack is not loaded.
     */
    public List<Finding> checkCross(List<Object> facts, RuleSettings settings) {
        java.util.function.Supplier<KieBase> lazy = bases.get(CROSS);
        if (lazy == null) {
            return List.of();
        }
        FindingSink sink = new FindingSink(rules, settings);
        for (Object f : facts) {
            if (f instanceof Report r) {
                sink.forReport(r.getFile());
            }
        }
        return fire(lazy.get(), facts, sink, null);
    }

    /** One session pool per KieBase: a disposed pooled session is reset and reused, not rebuilt. */
    private final Map<KieBase, KieSessionsPool> pools = new java.util.concurrent.ConcurrentHashMap<>();

    private KieSessionsPool pool(KieBase base) {
        return pools.computeIfAbsent(base, b -> b.newKieSessionsPool(Runtime.getRuntime().availableProcessors()));
    }

    /**
     * Runs the rules on one report and returns its findings in deterministic order. A rule that throws
     * becomes a {@link FindingSink#RULE_FAILED} finding and the other rules still run. With a time limit,
     * the session runs on a worker thread; past the limit it is halted and abandoned, and
     * {@link RuleTimeoutException} names the rule(s) still running.
     */
    public List<Finding> check(Report report, String forcedPack, RuleSettings settings) {
        java.util.function.Supplier<KieBase> lazy = bases.get(packFor(report, forcedPack));
        KieBase base = lazy == null ? null : lazy.get();
        if (base == null) {
            throw new IllegalArgumentException("没有名为 " + forcedPack + " 的规则包");
        }
        FindingSink sink = new FindingSink(rules, settings);
        sink.forReport(report.getFile());
        List<Object> facts = new java.util.ArrayList<>(report.facts());
        facts.addAll(org.nianbao.engine.rules.arith.TableArithmetic.facts(report));
        facts.addAll(org.nianbao.engine.interpret.DerivedFacts.of(report));
        if (timeLimit == null) {
            return fire(base, facts, sink, null);
        }
        Watch watch = new Watch();
        watch.file = report.getFile();
        Caller caller = CALLER.get();
        if (caller != null) {
            return fireOnCallingThread(base, facts, sink, watch, caller);
        }
        java.util.concurrent.Future<List<Finding>> run = RULE_THREADS.submit(() -> fire(base, facts, sink, watch));
        try {
            return run.get(timeLimit.toNanos(), java.util.concurrent.TimeUnit.NANOSECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            watch.stop();
            run.cancel(true);
            throw timedOut(watch);
        } catch (InterruptedException e) {
            watch.stop();
            run.cancel(true);
            Thread.currentThread().interrupt();
            throw new java.util.concurrent.CancellationException("rule run interrupted");
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }

    /**
     * The time-limited run on a disposable calling thread (see {@link #onDisposableThread}): no hand-off to
     * another thread; the shared {@link Watchdog} halts the session and interrupts this thread at the limit.
     */
    private List<Finding> fireOnCallingThread(KieBase base, List<Object> facts, FindingSink sink, Watch watch,
                                              Caller caller) {
        watch.thread = Thread.currentThread();
        watch.engine = this;
        watch.onAbandon = caller.onAbandon();
        watch.deadline = System.nanoTime() + timeLimit.toNanos();
        watch.active = true;
        Watchdog.watch(watch);
        List<Finding> found;
        boolean stopped;
        try {
            found = fire(base, facts, sink, watch);
        } finally {
            stopped = watch.finish();
            Watchdog.forget(watch);
            if (stopped) {
                Thread.interrupted(); // the watchdog's interrupt belongs to this report only
            }
        }
        if (stopped) {
            throw timedOut(watch);
        }
        return found;
    }

    /** A thread that may be left to a runaway rule, and whom to tell when it is. */
    private record Caller(java.util.function.Consumer<RuleTimeoutException> onAbandon) {
    }

    private static final ThreadLocal<Caller> CALLER = new ThreadLocal<>();

    /**
     * Runs {@code body} on the current thread declared disposable: while it runs, time-limited
     * {@link #check} calls run the rules on this thread directly instead of handing each report to a rule
     * thread and waiting (the hand-off cost about a quarter of batch throughput). At the limit a shared
     * watchdog halts the session and interrupts this thread, and {@code check} throws
     * {@link RuleTimeoutException} as usual. A consequence that ignores both keeps this thread: after
     * {@link #ABANDON_GRACE} more, {@code onAbandon} receives the timeout (on the watchdog thread) and the
     * caller must carry on without this thread — a batch worker's report is then listed as timed out and a
     * fresh worker takes the rest (see {@code BatchRunner}).
     */
    public static <T> T onDisposableThread(java.util.function.Consumer<RuleTimeoutException> onAbandon,
                                           java.util.function.Supplier<T> body) {
        Caller previous = CALLER.get();
        CALLER.set(new Caller(onAbandon));
        try {
            return body.get();
        } finally {
            if (previous == null) {
                CALLER.remove();
            } else {
                CALLER.set(previous);
            }
        }
    }

    /** How long after halting and interrupting a disposable thread it is given up on. */
    public static final java.time.Duration ABANDON_GRACE = java.time.Duration.ofSeconds(1);

    /**
     * One daemon thread for all time-limited runs on disposable threads: every {@link #TICK_MILLIS} it
     * looks at the runs in progress (a set, so a report costs an add and a remove, no scheduled task).
     */
    private static final class Watchdog {
        static final long TICK_MILLIS = 50;
        private static final java.util.Set<Watch> RUNNING = java.util.concurrent.ConcurrentHashMap.newKeySet();
        private static volatile Thread thread;

        static void watch(Watch w) {
            RUNNING.add(w);
            if (thread == null) {
                start();
            }
        }

        static void forget(Watch w) {
            RUNNING.remove(w);
        }

        private static synchronized void start() {
            if (thread != null) {
                return;
            }
            Thread t = new Thread(Watchdog::loop, "nianbao-rules-watchdog");
            t.setDaemon(true);
            t.start();
            thread = t;
        }

        private static void loop() {
            while (true) {
                try {
                    Thread.sleep(TICK_MILLIS);
                } catch (InterruptedException e) {
                    // nobody interrupts the watchdog; keep watching
                }
                long now = System.nanoTime();
                for (Watch w : RUNNING) {
                    RuleTimeoutException abandoned = w.tick(now);
                    if (abandoned != null) {
                        RUNNING.remove(w);
                        try {
                            w.onAbandon.accept(abandoned);
                        } catch (RuntimeException | Error e) {
                            // the caller's handler failed; the watchdog must go on for the other runs
                        }
                    }
                }
            }
        }
    }

    private List<Finding> fire(KieBase base, List<Object> facts, FindingSink sink, Watch watch) {
        // Sessions come from the pool (reset and reused). One that failed or was halted past the time
        // limit is destroyed instead; the watch lets go of it before it can go back into the pool.
        KieSession session = pool(base).newKieSession();
        boolean failed = false;
        try {
            session.setGlobal("findings", sink);
            if (watch != null) {
                session.addEventListener(watch);
                if (!watch.attach(session)) {
                    failed = true;
                    return sink.findings();
                }
            }
            for (Object fact : facts) {
                session.insert(fact);
            }
            if (suspended.isEmpty()) {
                session.fireAllRules();
            } else {
                for (Map.Entry<String, Suspension> e : new TreeMap<>(suspended).entrySet()) {
                    if (base.getRule(e.getValue().packageName(), e.getKey()) != null) {
                        sink.ruleSuspended(e.getKey(), e.getValue().file());
                    }
                }
                session.fireAllRules(match -> !suspended.containsKey(match.getRule().getName()));
            }
        } catch (RuntimeException e) {
            // A condition threw (consequences are handled by RuleFailureHandler): keep what the other rules found.
            failed = true;
            String running = watch == null ? null : watch.current;
            sink.ruleFailed(running != null ? running : ruleNameIn(e), e);
        } finally {
            if (watch != null) {
                failed |= watch.detach();
                session.removeEventListener(watch);
            }
            if (failed) {
                session.destroy(); // not back into the pool after a failure or a halt mid-propagation
            } else {
                session.dispose();
            }
        }
        return sink.findings();
    }

    private static final java.util.regex.Pattern RULE_IN_MESSAGE = java.util.regex.Pattern.compile("[Rr]ule \\[?\"?([^\"\\]\\n]+)");

    private String ruleNameIn(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null) {
                java.util.regex.Matcher m = RULE_IN_MESSAGE.matcher(t.getMessage());
                while (m.find()) {
                    String name = m.group(1).strip();
                    if (rules.containsKey(name)) {
                        return name;
                    }
                }
            }
        }
        return null;
    }

    private RuleTimeoutException timedOut(Watch watch) {
        List<String> names = new ArrayList<>();
        String current = watch.stoppedRule;
        if (current != null) {
            names.add(current);
            suspended.putIfAbsent(current, new Suspension(watch.stoppedPackage, watch.file));
        } else if (watch.stoppedLast != null) {
            names.add(watch.stoppedLast);
        }
        List<String> ids = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        for (String n : names) {
            RuleInfo info = rules.get(n);
            ids.add(info == null ? n : info.id());
            shown.add(info == null ? "“" + n + "”" : info.id() + "（" + info.title() + "）");
        }
        long seconds = timeLimit.toSeconds();
        String limit = seconds > 0 ? seconds + " 秒" : timeLimit.toMillis() + " 毫秒";
        String who = shown.isEmpty() ? "无法确定是哪条规则（时限到时没有规则正在执行结论部分，可能是某条规则的条件运行过久）"
                : (current != null ? "仍在运行的规则：" : "最后运行的规则：") + String.join("、", shown)
                        + (current != null ? "（该规则在本次运行的其余报告中停用）" : "");
        return new RuleTimeoutException("规则检查超过时限（" + limit + "），已中止对本报告的检查；" + who
                + "。这通常是规则本身的问题（例如死循环），请报告给规则维护者；可用 --timeout 调整时限。", ids);
    }

    /** Worker threads for time-limited sessions: daemons, so that an abandoned runaway rule never blocks exit. */
    private static final java.util.concurrent.ExecutorService RULE_THREADS =
            java.util.concurrent.Executors.newCachedThreadPool(r -> {
                Thread t = new Thread(r, "nianbao-rules");
                t.setDaemon(true);
                return t;
            });

    /** Which rule's consequence is executing (for the time-limit message), and the session to halt. */
    private static final class Watch extends org.kie.api.event.rule.DefaultAgendaEventListener {
        volatile KieSession session;
        volatile boolean stopped;
        volatile String current;
        volatile String last;
        volatile String currentPackage;
        /** What was running when the run was stopped (the consequence may finish before the message is made). */
        volatile String stoppedRule;
        volatile String stoppedPackage;
        volatile String stoppedLast;
        String file;
        // runs on a disposable calling thread only (set before the watchdog sees this watch)
        Thread thread;
        RuleEngine engine;
        java.util.function.Consumer<RuleTimeoutException> onAbandon;
        long deadline;
        boolean active;
        private long stoppedAt;
        private boolean abandoned;

        /**
         * The watchdog's look at a run on a disposable thread: at the deadline halt and interrupt it; past the
         * grace, give it up and return the timeout to hand to the caller (else null).
         */
        RuleTimeoutException tick(long now) {
            synchronized (this) {
                if (!active || abandoned) {
                    return null;
                }
                if (!stopped) {
                    if (now - deadline < 0) {
                        return null;
                    }
                    stop();
                    stoppedAt = now;
                    thread.interrupt();
                    return null;
                }
                if (now - stoppedAt < ABANDON_GRACE.toNanos()) {
                    return null;
                }
                abandoned = true;
            }
            return engine.timedOut(this);
        }

        /** The run on the calling thread is over: the watchdog no longer touches it; true when it was stopped. */
        synchronized boolean finish() {
            active = false;
            return stopped;
        }

        @Override
        public void beforeMatchFired(org.kie.api.event.rule.BeforeMatchFiredEvent event) {
            currentPackage = event.getMatch().getRule().getPackageName();
            current = event.getMatch().getRule().getName();
        }

        @Override
        public void afterMatchFired(org.kie.api.event.rule.AfterMatchFiredEvent event) {
            last = current;
            current = null;
        }

        /** Stops the watched session, if it is still attached. */
        synchronized void stop() {
            if (!stopped) {
                stoppedRule = current;
                stoppedPackage = currentPackage;
                stoppedLast = last;
            }
            stopped = true;
            KieSession s = session;
            if (s != null) {
                s.halt();
            }
        }

        /** Watches {@code s}; false when the run was already stopped. */
        synchronized boolean attach(KieSession s) {
            session = s;
            return !stopped;
        }

        /** Lets go of the session (a later {@link #stop} no longer touches it); true when it was stopped. */
        synchronized boolean detach() {
            session = null;
            return stopped;
        }
    }
}
