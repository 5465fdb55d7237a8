package org.nianbao.engine;

import java.nio.file.Path;
import java.util.List;
import org.nianbao.engine.batch.ReportResult;
import org.nianbao.engine.extract.Readers;
import org.nianbao.engine.interpret.Editions;
import org.nianbao.engine.interpret.ReportBuilder;
import org.nianbao.engine.model.Report;
import org.nianbao.engine.rules.Finding;
import org.nianbao.engine.rules.RuleEngine;
import org.nianbao.engine.rules.RuleLoadException;
import org.nianbao.engine.rules.RuleSet;
import org.nianbao.engine.rules.RuleSettings;
import org.nianbao.engine.rules.RuleTimeoutException;
import org.nianbao.engine.source.SourceDocument;
import org.nianbao.engine.source.UnreadableInputException;

/**
 * The one place where read → interpret → rules is wired: {@code check}, {@code extract}, batch
 * workers and rule cases all go through here. Thread-safe; one instance (one {@link RuleSet})
 * serves every report of a run.
 */
public final class Checker {
    private final Readers readers;
    private final RuleSet ruleSet;
    private final RuleSettings settings;
    private final String forcedPack;
    private final ReportBuilder builder;

    /** Where an input's document comes from (a file, bytes in memory, an archive entry). */
    @FunctionalInterface
    public interface Source {
        SourceDocument read(Readers readers) throws UnreadableInputException;
    }

    /**
     * {@code source} read at most once: the first call reads it, later calls get the same document (or
     * the same {@link UnreadableInputException}). A document is immutable, so two checks may share it.
     */
    public static Source readOnce(Source source) {
        return new Source() {
            private SourceDocument doc;
            private UnreadableInputException failed;

            @Override
            public synchronized SourceDocument read(Readers readers) throws UnreadableInputException {
                if (doc == null && failed == null) {
                    try {
                        doc = source.read(readers);
                    } catch (UnreadableInputException e) {
                        failed = e;
                    }
                }
                if (failed != null) {
                    throw failed;
                }
                return doc;
            }
        };
    }

    public Checker(Readers readers, RuleSet ruleSet, RuleSettings settings, String forcedPack) {
        this(readers, ruleSet, settings, forcedPack, new ReportBuilder(ruleSet::editions));
    }

    /** A checker for an already compiled engine with the bundled editions. */
    public Checker(Readers readers, RuleEngine engine, RuleSettings settings, String forcedPack) {
        this(readers, RuleSet.of(engine, Editions.bundled()), settings, forcedPack);
    }

    private Checker(Readers readers, RuleSet ruleSet, RuleSettings settings, String forcedPack, ReportBuilder builder) {
        this.readers = readers;
        this.ruleSet = ruleSet;
        this.settings = settings;
        this.forcedPack = forcedPack;
        this.builder = builder;
    }

    /** The same checker with another forced pack ({@code null}: the detected edition's). */
    public Checker withPack(String pack) {
        return new Checker(readers, ruleSet, settings, pack, builder);
    }

    public RuleSet ruleSet() {
        return ruleSet;
    }

    public RuleEngine engine() {
        return ruleSet.engine();
    }

    /** Reads and interprets a file without running rules. */
    public Report extract(Path file) throws UnreadableInputException {
        return extract(file, file.toString());
    }

    public Report extract(Path file, String displayName) throws UnreadableInputException {
        return interpret(readers.read(file), displayName);
    }

    /** Interprets already-read bytes (for archive entries), named {@code displayName}. */
    public Report extract(Path nameHint, byte[] content, String displayName) throws UnreadableInputException {
        return interpret(readers.read(nameHint, content), displayName);
    }

    /** Interprets a document already read (benchmarks time reading and interpretation apart). */
    public Report interpret(SourceDocument doc, String displayName) {
        return builder.build(new SourceDocument(displayName, doc.format(), doc.blocks(), doc.notes()));
    }

    /** Checks one file: the result holds either its findings, or why it could not be read. */
    public ReportResult check(Path file, String displayName) {
        return check(displayName, r -> r.read(file));
    }

    /** Checks bytes already in memory; {@code nameHint}'s file name helps choose the reader. */
    public ReportResult check(Path nameHint, byte[] content, String displayName) {
        return check(displayName, r -> r.read(nameHint, content));
    }

    /**
     * Reads, interprets and checks one input. Never throws for a bad input: an unreadable document,
     * an out-of-memory on one pathological input or an internal error becomes an unreadable result
     * with a stable code and a Chinese reason.
     */
    public ReportResult check(String displayName, Source source) {
        return check(displayName, source, null);
    }

    /**
     * Like {@link #check(String, Source)}, and hands the interpreted report to {@code observer} (when not
     * null) after the rules ran, before the report is dropped: cross-report checking keeps a compact digest
     * of it. An exception in the observer makes the input unreadable like any internal error.
     */
    public ReportResult check(String displayName, Source source, java.util.function.Consumer<Report> observer) {
        long t0 = System.nanoTime();
        try {
            Report r = interpret(source.read(readers), displayName);
            String notReport = ReportEvidence.notAReport(r);
            if (notReport != null) {
                // a text that is no annual report at all is listed as such, not checked as one
                return ReportResult.unreadable(displayName, ReportEvidence.CODE, notReport, System.nanoTime() - t0);
            }
            List<Finding> findings = run(r);
            if (observer != null) {
                observer.accept(r);
            }
            return ReportResult.checked(displayName, r, findings, System.nanoTime() - t0);
        } catch (UnreadableInputException e) {
            return ReportResult.unreadable(displayName, e.code(), e.getMessage(), System.nanoTime() - t0);
        } catch (RuleTimeoutException e) {
            // the rules ran past the engine's time limit on this report; the batch goes on
            return ReportResult.unreadable(displayName, e.code(), e.getMessage(), System.nanoTime() - t0);
        } catch (RuleLoadException e) {
            throw e; // the rules, not this input, are broken: the run stops
        } catch (OutOfMemoryError e) {
            // one oversized or pathological input; its allocations are garbage again once we are here
            return ReportResult.unreadable(displayName, "out-of-memory", "内存不足，无法检查此文件（文件过大或结构过于复杂）",
                    System.nanoTime() - t0);
        } catch (StackOverflowError e) {
            return ReportResult.unreadable(displayName, "too-complex", "文件结构嵌套过深，无法处理",
                    System.nanoTime() - t0);
        } catch (RuntimeException e) {
            return ReportResult.unreadable(displayName, "internal",
                    "检查时发生内部错误（请报告此问题）：" + e.getClass().getSimpleName()
                            + (e.getMessage() == null ? "" : "：" + e.getMessage()), System.nanoTime() - t0);
        }
    }

    /** Runs the rules on an interpreted report. */
    public List<Finding> run(Report r) {
        return ruleSet.engine().check(r, forcedPack, settings);
    }
}
