package org.nianbao.engine.crossreport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * 内容雷同 between reports. National boilerplate is removed first: the template's fixed wording
 * (boilerplate.txt), statute and notice titles (see {@link Fingerprint}), and every shingle that occurs
 * in the reports of at least {@link SimilarityOptions#commonThreshold} different agencies of the pool
 * (learnt from the reports at hand). What is left is each report's own text; the similarity of A to B
 * is the share of A's own shingles that B also has.
 *
 * <p>All-against-all within a year uses MinHash signatures with locality-sensitive hashing (16 bands
 * of 4 rows): only pairs that share a band are compared exactly, so the work grows with the number of
 * reports, not its square.
 */
public final class Similarity {
    private static final int BANDS = 16;
    private static final int ROWS = 4;
    private static final long[] SEEDS = seeds(BANDS * ROWS);

    private final SimilarityOptions options;
    private final long[] builtin;

    public Similarity(SimilarityOptions options) {
        this.options = options;
        this.builtin = builtinBoilerplate(options.shingle());
    }

    public SimilarityOptions options() {
        return options;
    }

    /** A report prepared for comparison: its own (non-boilerplate) shingles, sorted. */
    public static final class Prepared {
        final ReportDigest digest;
        long[] own;

        Prepared(ReportDigest digest, long[] all) {
            this.digest = digest;
            this.own = all;
        }

        public ReportDigest digest() {
            return digest;
        }

        public int size() {
            return own.length;
        }
    }

    /** The reports of a pool, with the boilerplate learnt from all of them removed. */
    public final class Pool {
        final List<Prepared> prepared = new ArrayList<>();
        final long[] boilerplate;

        Pool(List<ReportDigest> digests) {
            Map<String, List<long[]>> byAgency = new TreeMap<>();
            for (ReportDigest d : digests) {
                long[] all = Fingerprint.of(d.comparable(d.narrative()), options.shingle()).distinct();
                prepared.add(new Prepared(d, all));
                byAgency.computeIfAbsent(agencyOf(d), k -> new ArrayList<>()).add(all);
            }
            boilerplate = union(builtin, frequent(byAgency.values(), options.commonThreshold(byAgency.size())));
            for (Prepared p : prepared) {
                p.own = minus(p.own, boilerplate);
            }
        }

        public List<Prepared> reports() {
            return prepared;
        }

        /** The boilerplate shingles (built-in and learnt), sorted. */
        public int boilerplateSize() {
            return boilerplate.length;
        }

        /**
         * Compares A with B; null when A is too short to judge or shares less than the partial threshold
         * ({@code sameYear} for {@code same_year} pairs).
         */
        public TextMatch compare(Prepared a, Prepared b, String scope) {
            if (a.own.length < options.minShingles()) {
                return null;
            }
            double share = (double) intersection(a.own, b.own) / a.own.length;
            boolean previous = "previous".equals(scope);
            double floor = previous ? options.partial() : options.sameYear();
            if (share < floor) {
                return null;
            }
            String level = !previous || share >= options.heavy() ? "heavy" : "partial";
            return new TextMatch(scope, level, share, perSection(a.digest, b.own), passages(a.digest, b.own),
                    b.digest.file(), b.digest.agency(), b.digest.year());
        }

        /**
         * Pairs (i, j), i &lt; j, of reports of the same year and different agencies whose MinHash
         * signatures share a band, in ascending order.
         */
        public List<Pair> candidates(List<Integer> indexes) {
            Map<Long, List<Integer>> buckets = new HashMap<>();
            long[] sig = new long[BANDS * ROWS];
            for (int idx : indexes) {
                Prepared p = prepared.get(idx);
                if (p.own.length < options.minShingles()) {
                    continue;
                }
                signature(p.own, sig);
                for (int band = 0; band < BANDS; band++) {
                    long h = band * 0x9e3779b97f4a7c15L;
                    for (int r = 0; r < ROWS; r++) {
                        h = Fingerprint.mix(h ^ sig[band * ROWS + r]);
                    }
                    buckets.computeIfAbsent(h, k -> new ArrayList<>(2)).add(idx);
                }
            }
            java.util.TreeSet<Long> pairs = new java.util.TreeSet<>();
            for (List<Integer> bucket : buckets.values()) {
                if (bucket.size() < 2 || bucket.size() > 200) {
                    continue; // a bucket of hundreds is shared template text that survived; exact pairs would be quadratic
                }
                for (int x = 0; x < bucket.size(); x++) {
                    for (int y = x + 1; y < bucket.size(); y++) {
                        int i = Math.min(bucket.get(x), bucket.get(y));
                        int j = Math.max(bucket.get(x), bucket.get(y));
                        if (i != j && !agencyOf(prepared.get(i).digest).equals(agencyOf(prepared.get(j).digest))) {
                            pairs.add(((long) i << 32) | j);
                        }
                    }
                }
            }
            List<Pair> out = new ArrayList<>(pairs.size());
            for (long p : pairs) {
                out.add(new Pair((int) (p >>> 32), (int) p));
            }
            return out;
        }

        /** The share of each section's own shingles that B has: "一、总体情况 40%，二、… 12%". */
        private String perSection(ReportDigest a, long[] other) {
            Map<String, Share> bySection = new LinkedHashMap<>();
            for (ReportDigest.SectionText s : a.sections()) {
                long[] own = minus(Fingerprint.of(a.comparable(s.body()), options.shingle()).distinct(), boilerplate);
                if (own.length == 0) {
                    continue;
                }
                bySection.computeIfAbsent(s.label(), k -> new Share()).add(intersection(own, other), own.length);
            }
            StringBuilder sb = new StringBuilder();
            for (Map.Entry<String, Share> e : bySection.entrySet()) {
                if (sb.length() > 0) {
                    sb.append("，");
                }
                sb.append(e.getKey()).append(' ').append(e.getValue().percent()).append('%');
            }
            return sb.toString();
        }

        /** The longest runs of A's text whose shingles B has too (boilerplate breaks a run), as printed. */
        private List<String> passages(ReportDigest a, long[] other) {
            record Run(int length, String text, int order) {
            }
            List<Run> runs = new ArrayList<>();
            int k = options.shingle();
            for (ReportDigest.SectionText s : a.sections()) {
                Fingerprint f = Fingerprint.of(a.comparable(s.body()), k);
                int start = -1;
                for (int i = 0; i <= f.shingles.length; i++) {
                    boolean shared = i < f.shingles.length && Fingerprint.contains(other, f.shingles[i])
                            && !Fingerprint.contains(boilerplate, f.shingles[i]);
                    if (shared && start < 0) {
                        start = i;
                    } else if (!shared && start >= 0) {
                        int len = Fingerprint.length(start, i - 1, k);
                        if (len >= 2 * k) {
                            runs.add(new Run(len, f.passage(start, i - 1, k), runs.size()));
                        }
                        start = -1;
                    }
                }
            }
            runs.sort(Comparator.comparingInt((Run r) -> -r.length()).thenComparingInt(Run::order));
            List<String> out = new ArrayList<>();
            for (Run r : runs.subList(0, Math.min(options.passages(), runs.size()))) {
                out.add(r.text().length() > 80 ? r.text().substring(0, 80) + "……" : r.text());
            }
            return out;
        }
    }

    /** Two reports of a pool by their indexes, {@code first < second}. */
    public record Pair(int first, int second) {
    }

    /** Shingles of a section that the other report has too, out of the section's own shingles. */
    private static final class Share {
        private int shared;
        private int own;

        void add(int sharedShingles, int ownShingles) {
            shared += sharedShingles;
            own += ownShingles;
        }

        long percent() {
            return Math.round(100.0 * shared / own);
        }
    }

    /** Prepares a pool: fingerprints every report and learns the boilerplate from all of them. */
    public Pool pool(List<ReportDigest> digests) {
        return new Pool(digests);
    }

    static String agencyOf(ReportDigest d) {
        return d.agencyKey() == null || d.agencyKey().isEmpty() ? "\u0000" + d.file() : d.agencyKey();
    }

    private static void signature(long[] set, long[] sig) {
        Arrays.fill(sig, Long.MAX_VALUE);
        for (long v : set) {
            for (int i = 0; i < sig.length; i++) {
                long h = Fingerprint.mix(v ^ SEEDS[i]);
                if (h < sig[i]) {
                    sig[i] = h;
                }
            }
        }
    }

    private static long[] seeds(int n) {
        long[] s = new long[n];
        long x = 0x5DEECE66DL;
        for (int i = 0; i < n; i++) {
            x = Fingerprint.mix(x + 0x9e3779b97f4a7c15L);
            s[i] = x;
        }
        return s;
    }

    /** Shingles present in at least {@code min} of the groups (each group = one agency's reports). */
    static long[] frequent(java.util.Collection<List<long[]>> groups, int min) {
        if (groups.size() < min) {
            return new long[0];
        }
        int total = 0;
        List<long[]> perGroup = new ArrayList<>();
        for (List<long[]> g : groups) {
            long[] u = new long[0];
            for (long[] s : g) {
                u = union(u, s);
            }
            perGroup.add(u);
            total += u.length;
        }
        long[] all = new long[total];
        int n = 0;
        for (long[] u : perGroup) {
            System.arraycopy(u, 0, all, n, u.length);
            n += u.length;
        }
        Arrays.sort(all);
        long[] out = new long[Math.max(16, total / Math.max(1, min))];
        int m = 0;
        for (int i = 0; i < all.length; ) {
            int j = i;
            while (j < all.length && all[j] == all[i]) {
                j++;
            }
            if (j - i >= min) {
                if (m == out.length) {
                    out = Arrays.copyOf(out, out.length * 2);
                }
                out[m++] = all[i];
            }
            i = j;
        }
        return Arrays.copyOf(out, m);
    }

    static int intersection(long[] a, long[] b) {
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                n++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return n;
    }

    static long[] union(long[] a, long[] b) {
        long[] out = new long[a.length + b.length];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length || j < b.length) {
            long v;
            if (j >= b.length || i < a.length && a[i] < b[j]) {
                v = a[i++];
            } else if (i >= a.length || b[j] < a[i]) {
                v = b[j++];
            } else {
                v = a[i++];
                j++;
            }
            out[n++] = v;
        }
        return Arrays.copyOf(out, n);
    }

    static long[] minus(long[] a, long[] b) {
        long[] out = new long[a.length];
        int n = 0;
        for (long v : a) {
            if (Arrays.binarySearch(b, v) < 0) {
                out[n++] = v;
            }
        }
        return Arrays.copyOf(out, n);
    }

    private static long[] builtinBoilerplate(int k) {
        try (InputStream in = Similarity.class.getResourceAsStream("boilerplate.txt")) {
            if (in == null) {
                return new long[0];
            }
            long[] set = new long[0];
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                String l = line.strip();
                if (!l.isEmpty() && !l.startsWith("#")) {
                    set = union(set, Fingerprint.of(l, k).distinct());
                }
            }
            return set;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
