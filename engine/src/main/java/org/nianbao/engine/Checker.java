package org.nianbao.engine;

import java.nio.file.Path;
import java.util.List;
import org.nianbao.engine.extract.Readers;
import org.nianbao.engine.interpret.ReportBuilder;
import org.nianbao.engine.model.Report;
import org.nianbao.engine.rules.Finding;
import org.nianbao.engine.rules.RuleEngine;
import org.nianbao.engine.rules.RuleSettings;
import org.nianbao.engine.rules.RuleTimeoutException;
import org.nianbao.engine.source.SourceDocument;
import org.nianbao.engine.source.UnreadableInputException;

/**
 * The two-line happy path: read a file, build its facts, run the rules. Thread-safe; one instance
 * (one compiled rule set) serves every report of a run.
 */
public final class Checker {
    private final Readers readers;
    private final RuleEngine engine;
    private final RuleSettings settings;
    private final String forcedPack;
    private final ReportBuilder builder;

    /** A checker for the bundled editions. */
    public Checker(Readers readers, RuleEngine engine, RuleSettings settings, String forcedPack) {
        this(readers, engine, settings, forcedPack, new ReportBuilder());
    }

    /** A checker whose interpreter knows the given editions (e.g. those of a {@code --rules} directory). */
    public Checker(Readers readers, RuleEngine engine, RuleSettings settings, String forcedPack, ReportBuilder builder) {
        this.readers = readers;
        this.engine = engine;
        this.settings = settings;
        this.forcedPack = forcedPack;
        this.builder = builder;
    }

    public RuleEngine engine() {
        return engine;
    }

    /** Reads and interprets a file without running rules. */
    public Report extract(Path file) throws UnreadableInputException {
        return extract(file, file.toString());
    }

    public Report extract(Path file, String displayName) throws UnreadableInputException {
        SourceDocument doc = readers.read(file);
        return builder.build(new SourceDocument(displayName, doc.format(), doc.blocks(), doc.notes()));
    }

    /** Interprets already-read bytes (for archive entries), named {@code displayName}. */
    public Report extract(Path nameHint, byte[] content, String displayName) throws UnreadableInputException {
        SourceDocument doc = readers.read(nameHint, content);
        return builder.build(new SourceDocument(displayName, doc.format(), doc.blocks(), doc.notes()));
    }

    /** Checks one file: the result holds either the report and its findings, or why it could not be read. */
    public CheckResult check(Path file, String displayName) {
        try {
            return check(extract(file, displayName), displayName);
        } catch (UnreadableInputException e) {
            return CheckResult.unreadable(displayName, e.code(), e.getMessage());
        }
    }

    /**
     * Checks a read report: a document that is no annual report at all is listed as such
     * ({@link ReportEvidence#CODE}) instead of being checked; rules that run past the engine's time
     * limit make the report one listed under {@link RuleTimeoutException#CODE}.
     */
    public CheckResult check(Report r, String displayName) {
        String notReport = ReportEvidence.notAReport(r);
        if (notReport != null) {
            return CheckResult.unreadable(displayName, ReportEvidence.CODE, notReport);
        }
        try {
            return CheckResult.checked(displayName, r, run(r));
        } catch (RuleTimeoutException e) {
            return CheckResult.unreadable(displayName, e.code(), e.getMessage());
        }
    }

    public List<Finding> run(Report r) {
        return engine.check(r, forcedPack, settings);
    }
}
