package org.nianbao.engine.render;

import java.io.IOException;
import org.nianbao.engine.batch.BatchSummary;
import org.nianbao.engine.batch.ReportResult;

/**
 * A streaming output format: {@link #begin} once, {@link #report} for every input in input order,
 * then {@link #end} with the run's totals. Implementations write incrementally where the format
 * allows and keep no more than a report at a time (plus the summary they are given at the end).
 * Called from one thread.
 */
public interface ResultRenderer {
    void begin(RunInfo run) throws IOException;

    void report(ReportResult result) throws IOException;

    /** Writes the summary and flushes; the caller closes the underlying stream. */
    void end(BatchSummary summary) throws IOException;

    /**
     * Abandons an unfinished output (an interrupted run): releases what the renderer holds outside
     * its stream, such as temporary files. May be called from another thread (a shutdown hook).
     */
    default void discard() {
    }

    /** The formats {@link #create} knows, for help texts. */
    java.util.List<String> FORMATS = java.util.List.of("text", "json", "xlsx", "csv", "html", "sarif");

    /** A renderer for a format name (see {@link #FORMATS}) writing to {@code out}. */
    static ResultRenderer create(String format, java.io.OutputStream out) {
        return switch (format) {
            case "text" -> new TextRenderer(out);
            case "json" -> new JsonRenderer(out);
            case "xlsx" -> new XlsxRenderer(out);
            case "csv" -> new CsvRenderer(out);
            case "html" -> new HtmlRenderer(out);
            case "sarif" -> new SarifRenderer(out);
            default -> throw new IllegalArgumentException("unknown format: " + format);
        };
    }

    /** True for formats that are binary and cannot go to a terminal. */
    static boolean isBinary(String format) {
        return format.equals("xlsx");
    }
}
