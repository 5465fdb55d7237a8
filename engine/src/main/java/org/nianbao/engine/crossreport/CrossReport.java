package org.nianbao.engine.crossreport;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.nianbao.engine.model.Cell;
import org.nianbao.engine.model.CellStatus;
import org.nianbao.engine.model.Location;
import org.nianbao.engine.model.Report;
import org.nianbao.engine.model.Section;
import org.nianbao.engine.model.TableInfo;
import org.nianbao.engine.model.TableKeys;
import org.nianbao.engine.rules.Finding;
import org.nianbao.engine.rules.RuleEngine;
import org.nianbao.engine.rules.RuleSettings;

/**
 * The second phase of a run: with every report's {@link ReportDigest} at hand (and the archive's),
 * finds each report's previous-year report (same agency key, year − 1; from this run first, else the
 * archive), its text matches (previous year; other agencies' reports of the same year) and archived
 * earlier versions, and runs the cross-report rule pack on them. Findings sit on the later report and
 * name the other one. Deterministic: everything follows the input order.
 */
public final class CrossReport {
    /** Text similarity under which an archived report of the same agency and year counts as changed. */
    static final double SAME_TEXT = 0.9;

    private final RuleEngine engine;
    private final RuleSettings settings;
    private final Similarity similarity;

    public CrossReport(RuleEngine engine, RuleSettings settings, SimilarityOptions options) {
        this.engine = engine;
        this.settings = settings;
        this.similarity = new Similarity(options);
    }

    /** The years whose archived reports a run needs: its own years and the years before them. */
    public static Set<Integer> yearsNeeded(List<ReportDigest> run) {
        Set<Integer> years = new TreeSet<>();
        for (ReportDigest d : run) {
            if (d != null && d.year() != null) {
                years.add(d.year());
                years.add(d.year() - 1);
            }
        }
        return years;
    }

    /**
     * Cross-report findings for each report of the run (same order; an empty list for a null digest,
     * i.e. an unreadable input).
     *
     * @param run      the run's digests in input order (null for unreadable inputs)
     * @param archived reports from the archive (of {@link #yearsNeeded} years), any order
     */
    public List<List<Finding>> analyse(List<ReportDigest> run, List<ArchivedReport> archived) {
        Set<String> runHashes = new HashSet<>();
        List<ReportDigest> pool = new ArrayList<>();
        List<Integer> runIndex = new ArrayList<>();
        for (ReportDigest d : run) {
            runIndex.add(d == null ? -1 : pool.size());
            if (d != null) {
                pool.add(d);
                runHashes.add(d.contentHash());
            }
        }
        int runCount = pool.size();
        List<ArchivedReport> stored = new ArrayList<>();
        for (ArchivedReport a : archived) {
            if (!runHashes.contains(a.digest().contentHash())) {
                stored.add(a);
            }
        }
        // latest first, then by file: the archive's pick of a previous year is deterministic
        stored.sort(Comparator.comparing(ArchivedReport::checkedAt, Comparator.reverseOrder())
                .thenComparing(a -> a.digest().file()));
        for (ArchivedReport a : stored) {
            pool.add(a.digest());
        }
        Similarity.Pool sims = similarity.pool(pool);
        List<List<TextMatch>> sameYear = sameYearMatches(sims, runCount);
        // agency key → pool indexes (run first, in input order; then the archive, latest first)
        java.util.Map<String, List<Integer>> byAgency = new java.util.HashMap<>();
        for (int j = 0; j < pool.size(); j++) {
            String k = pool.get(j).agencyKey();
            if (k != null && !k.isEmpty()) {
                byAgency.computeIfAbsent(k, x -> new ArrayList<>()).add(j);
            }
        }

        List<List<Finding>> out = new ArrayList<>();
        for (int i = 0; i < run.size(); i++) {
            ReportDigest d = run.get(i);
            if (d == null || d.year() == null) {
                out.add(List.of());
                continue;
            }
            int self = runIndex.get(i);
            List<Object> facts = new ArrayList<>();
            List<Integer> same = d.agencyKey() == null ? List.of() : byAgency.getOrDefault(d.agencyKey(), List.of());
            int prior = -1;
            ReportDigest priorDigest = null;
            for (int j : same) {
                if (pool.get(j).year() != null && pool.get(j).year() == d.year() - 1) {
                    prior = j;
                    break;
                }
            }
            if (prior >= 0) {
                ReportDigest p = pool.get(prior);
                priorDigest = p;
                addPrior(facts, p, prior < runCount ? "run" : "archive");
                TextMatch m = sims.compare(sims.reports().get(self), sims.reports().get(prior), "previous");
                if (m != null) {
                    facts.add(m);
                }
            }
            facts.addAll(sameYear.get(self));
            for (int j : same) {
                if (j < runCount) {
                    continue;
                }
                ArchivedReport a = stored.get(j - runCount);
                if (sameAgencyYear(a.digest(), d)) {
                    String changes = changes(a.digest(), d);
                    if (changes != null) {
                        ReportDigest o = a.digest();
                        facts.add(new ChangedVersion(o.file(), o.agency(), o.year(), a.checkedAt(), changes));
                        break;
                    }
                }
            }
            if (facts.isEmpty()) {
                out.add(List.of());
                continue;
            }
            Report now = thisYear(d);
            facts.addAll(now.facts());
            if (priorDigest != null) {
                facts.addAll(SectionRepeat.between(now, priorDigest));
            }
            out.add(engine.checkCross(facts, settings));
        }
        return out;
    }

    private List<List<TextMatch>> sameYearMatches(Similarity.Pool sims, int runCount) {
        List<List<TextMatch>> matches = new ArrayList<>();
        for (int i = 0; i < runCount; i++) {
            matches.add(new ArrayList<>());
        }
        TreeSet<Integer> years = new TreeSet<>();
        for (Similarity.Prepared p : sims.reports()) {
            if (p.digest().year() != null) {
                years.add(p.digest().year());
            }
        }
        for (int year : years) {
            List<Integer> idx = new ArrayList<>();
            boolean anyRun = false;
            for (int i = 0; i < sims.reports().size(); i++) {
                if (Objects.equals(sims.reports().get(i).digest().year(), year)) {
                    idx.add(i);
                    anyRun |= i < runCount;
                }
            }
            if (!anyRun || idx.size() < 2) {
                continue;
            }
            for (Similarity.Pair pair : sims.candidates(idx)) {
                // Both ways: the share of A's own text found in B is not that of B's found in A.
                addSameYear(sims, pair.first(), pair.second(), runCount, matches);
                addSameYear(sims, pair.second(), pair.first(), runCount, matches);
            }
        }
        return matches;
    }

    /** Adds to report {@code a}'s matches its match with {@code b}, when {@code a} is one of this run's reports. */
    private static void addSameYear(Similarity.Pool sims, int a, int b, int runCount, List<List<TextMatch>> matches) {
        if (a >= runCount) {
            return;
        }
        TextMatch m = sims.compare(sims.reports().get(a), sims.reports().get(b), "same_year");
        if (m != null) {
            matches.get(a).add(m);
        }
    }

    private static boolean sameAgencyYear(ReportDigest a, ReportDigest b) {
        return a.agencyKey() != null && !a.agencyKey().isEmpty() && a.agencyKey().equals(b.agencyKey())
                && Objects.equals(a.year(), b.year());
    }

    /**
     * What differs between an archived version and this one (null when they are the same report, e.g.
     * the same page saved as text and as HTML): changed number cells, or the text when less than 90 %
     * of either is found in the other.
     */
    static String changes(ReportDigest before, ReportDigest now) {
        List<String> diffs = new ArrayList<>();
        for (ReportDigest.CellData c : now.cells()) {
            ReportDigest.CellData o = before.cell(c.table(), c.row(), c.column());
            if (o != null && c.status() == CellStatus.NUMBER && o.status() == CellStatus.NUMBER
                    && !c.value().equals(o.value())) {
                diffs.add(label(c) + " " + org.nianbao.engine.model.Numbers.format(o.value()) + " → "
                        + org.nianbao.engine.model.Numbers.format(c.value()));
            }
        }
        long[] a = Fingerprint.of(before.narrative(), 8).distinct();
        long[] b = Fingerprint.of(now.narrative(), 8).distinct();
        int common = Similarity.intersection(a, b);
        double share = Math.min(a.length == 0 ? 1 : (double) common / a.length, b.length == 0 ? 1 : (double) common / b.length);
        if (share < SAME_TEXT) {
            diffs.add("文字相同部分仅占 " + Math.round(share * 100) + "%");
        }
        if (diffs.isEmpty()) {
            return null;
        }
        if (diffs.size() > 6) {
            int more = diffs.size() - 5;
            diffs = new ArrayList<>(diffs.subList(0, 5));
            diffs.add("另有 " + more + " 处");
        }
        return String.join("；", diffs);
    }

    private static String label(ReportDigest.CellData c) {
        return TableKeys.shortName(c.table()) + "“" + (c.rowLabel() == null ? c.row() : c.rowLabel()) + "”“"
                + (c.columnLabel() == null ? c.column() : c.columnLabel()) + "”";
    }

    private static void addPrior(List<Object> facts, ReportDigest p, String source) {
        facts.add(new PriorReport(p.file(), p.agency(), p.year(), p.edition(), source));
        for (ReportDigest.CellData c : p.cells()) {
            facts.add(new PriorCell(c.table(), c.row(), c.column(), c.status(), c.value(), c.rowLabel(), c.columnLabel()));
        }
        for (ReportDigest.TableData t : p.tables()) {
            facts.add(new PriorTable(t.table(), t.present(), t.complete()));
        }
        for (ReportDigest.SectionText s : p.sections()) {
            facts.add(new PriorSection(s.kind(), s.numeral(), s.body()));
        }
    }

    /** This year's report rebuilt from its digest, as the facts the cross rules match on. */
    static Report thisYear(ReportDigest d) {
        Report r = new Report();
        r.setFile(d.file());
        r.setFormat(d.format());
        r.setAgency(d.agency());
        r.setYear(d.year());
        r.setEdition(d.edition() == null ? "unknown" : d.edition());
        for (ReportDigest.CellData c : d.cells()) {
            r.getCells().add(new Cell(c.table(), c.row(), c.column(), c.status(), c.value(), c.raw(), null,
                    new Location(d.file(), c.line(), null, null, c.table(), c.row(), c.column(), c.rowLabel(),
                            c.columnLabel())));
        }
        for (ReportDigest.TableData t : d.tables()) {
            r.getTableInfos().add(TableInfo.of(t.table())
                    .present(t.present())
                    .complete(t.complete())
                    .location(Location.ofLine(d.file(), 0))
                    .build());
        }
        int order = 0;
        for (ReportDigest.SectionText s : d.sections()) {
            if (s.kind().equals("preamble") || s.kind().equals("extra")) {
                continue;
            }
            Location l = Location.ofLine(d.file(), s.line() == null ? 0 : s.line()).withSection(s.numeral());
            r.getSections().add(new Section(++order, s.numeral(), order, s.heading(), s.kind(), "archived", s.body(), l));
        }
        return r;
    }
}
