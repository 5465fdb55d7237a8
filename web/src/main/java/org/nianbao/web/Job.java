package org.nianbao.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.nianbao.engine.batch.BatchSummary;
import org.nianbao.engine.batch.ReportResult;
import org.nianbao.engine.model.Report;
import org.nianbao.engine.rules.RuleInfo;

/**
 * One upload being checked or checked: its inputs' results in input order, progress while it runs.
 * Held in memory only (see {@link JobStore}); the uploaded files themselves are deleted once checked.
 */
public final class Job {
    public enum State { RUNNING, DONE, FAILED }

    /**
     * One input's outcome: its name, the SHA-256 of its bytes (null when unreadable), the report's
     * facts (null when unreadable; drawn on its page) and the check result.
     */
    public record Entry(int index, String file, String contentHash, Report report, ReportResult row,
                        org.nianbao.engine.crossreport.CrossPhase.Digested digest) {
        public boolean readable() {
            return row.readable();
        }

        /** The agency's key in the archive (aliases resolved), or null. */
        public String agencyKey() {
            return digest == null ? null : digest.digest().agencyKey();
        }

        Entry withRow(ReportResult r) {
            return new Entry(index, file, contentHash, report, r, digest);
        }
    }

    private final String id;
    private final Instant created = Instant.now();
    private final List<Entry> entries = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger done = new AtomicInteger();
    private volatile int total;
    private volatile State state = State.RUNNING;
    private volatile String failure;
    private volatile BatchSummary summary;

    Job(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public Instant created() {
        return created;
    }

    void total(int n) {
        total = n;
    }

    public int total() {
        return total;
    }

    public int done() {
        return done.get();
    }

    void add(Entry e) {
        entries.add(e);
        done.incrementAndGet();
    }

    /** Marks the job done; entries are sorted by input index and summarised. */
    void finish(List<RuleInfo> catalog) {
        finish(catalog, entries());
    }

    /** Marks the job done with these entries (e.g. with cross-report findings added), in input order. */
    void finish(List<RuleInfo> catalog, List<Entry> sorted) {
        BatchSummary s = new BatchSummary(catalog);
        for (Entry e : sorted) {
            s.add(e.row());
        }
        synchronized (entries) {
            entries.clear();
            entries.addAll(sorted);
        }
        summary = s;
        state = State.DONE;
    }

    void fail(String message) {
        failure = message;
        state = State.FAILED;
    }

    public State state() {
        return state;
    }

    public String failure() {
        return failure;
    }

    /** The entries so far, in input order. */
    public List<Entry> entries() {
        synchronized (entries) {
            List<Entry> copy = new ArrayList<>(entries);
            copy.sort((a, b) -> Integer.compare(a.index(), b.index()));
            return copy;
        }
    }

    public Entry entry(int index) {
        for (Entry e : entries()) {
            if (e.index() == index) {
                return e;
            }
        }
        return null;
    }

    /** Run totals; null while running. */
    public BatchSummary summary() {
        return summary;
    }
}
