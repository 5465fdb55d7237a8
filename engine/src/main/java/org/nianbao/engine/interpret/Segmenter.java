package org.nianbao.engine.interpret;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Splits a run of digits whose cell boundaries were lost (flattened web text: "640020470") into a
 * fixed number of numbers. Every segmentation is enumerated; a piece is a whole number without
 * leading zeros (the single digit 0 is allowed) or, for amount columns, such a number with one
 * decimal part. The caller's constraint filters complete (and, for pruning, partial)
 * segmentations. The result is only ever used when exactly one segmentation survives.
 */
final class Segmenter {
    private Segmenter() {
    }

    /** Work limit: beyond this many search steps the run is treated as ambiguous. */
    static final int MAX_STEPS = 300_000;

    /** Average characters per cell above which a run is not searched (counts of 6+ digits in every cell). */
    static final int MAX_PIECE = 5;

    /** Outcome: the surviving segmentations (at most {@code cap}) and whether the search was cut short. */
    record Result(List<List<String>> solutions, boolean exhausted) {
        boolean unique() {
            return !exhausted && solutions.size() == 1;
        }
    }

    /** A constraint checked on a prefix of {@code size} pieces; return false to prune. */
    interface Check {
        boolean ok(List<String> pieces, int size);
    }

    /**
     * @param run      digits (and '.' for amounts) with no other characters
     * @param parts    number of cells
     * @param decimal  which positions may hold a decimal number
     * @param check    constraint on prefixes (called after each piece) and on the full segmentation
     * @param cap      stop after this many solutions
     */
    static Result segment(String run, int parts, Predicate<Integer> decimal, Check check, int cap) {
        if (run == null || parts <= 0) {
            return new Result(new ArrayList<>(), false);
        }
        for (int i = 0; i < run.length(); i++) {
            char c = run.charAt(i);
            if (!(c >= '0' && c <= '9') && c != '.') {
                return new Result(new ArrayList<>(), false);
            }
        }
        if (parts >= 3 && run.length() > parts * MAX_PIECE) {
            // Longer than any plausible row: do not search, report it as not decidable.
            return new Result(new ArrayList<>(), true);
        }
        Search search = new Search(run, parts, decimal, check, cap);
        search.from(0);
        return new Result(search.out, search.cut);
    }

    /** One depth-first search over the ways to cut {@code run} into {@code parts} pieces. */
    private static final class Search {
        private final String run;
        private final int parts;
        private final Predicate<Integer> decimal;
        private final Check check;
        private final int cap;
        private final List<String> cur = new ArrayList<>();
        final List<List<String>> out = new ArrayList<>();
        private int steps;
        /** True when the search stopped at {@link #MAX_STEPS}. */
        boolean cut;

        Search(String run, int parts, Predicate<Integer> decimal, Check check, int cap) {
            this.run = run;
            this.parts = parts;
            this.decimal = decimal;
            this.check = check;
            this.cap = cap;
        }

        /** Extends the pieces in {@code cur}, which cover the run up to {@code pos}. */
        void from(int pos) {
            if (out.size() >= cap || cut) {
                return;
            }
            if (++steps > MAX_STEPS) {
                cut = true;
                return;
            }
            int k = cur.size();
            if (k == parts) {
                if (pos == run.length() && check.ok(cur, k)) {
                    out.add(List.copyOf(cur));
                }
                return;
            }
            int remainingParts = parts - k - 1;
            // The last piece is the whole remainder.
            int firstEnd = remainingParts == 0 ? run.length() : pos + 1;
            for (int end = firstEnd; end <= run.length() - remainingParts; end++) {
                if (++steps > MAX_STEPS) {
                    cut = true;
                    return;
                }
                String piece = run.substring(pos, end);
                if (!valid(piece, decimal.test(k))) {
                    continue;
                }
                cur.add(piece);
                if (cur.size() == parts || check.ok(cur, cur.size())) {
                    from(end);
                }
                cur.remove(cur.size() - 1);
                if (out.size() >= cap || cut) {
                    return;
                }
            }
        }
    }

    static boolean valid(String piece, boolean decimal) {
        int dot = piece.indexOf('.');
        String whole = dot < 0 ? piece : piece.substring(0, dot);
        if (whole.isEmpty() || (whole.length() > 1 && whole.charAt(0) == '0') || whole.indexOf('.') >= 0) {
            return false;
        }
        if (dot >= 0) {
            if (!decimal) {
                return false;
            }
            String frac = piece.substring(dot + 1);
            if (frac.isEmpty() || frac.indexOf('.') >= 0) {
                return false;
            }
        }
        return true;
    }

    static BigDecimal num(String piece) {
        return new BigDecimal(piece);
    }

    /** Sum of pieces [from, to) equals piece {@code total}; true while the prefix is too short to tell. */
    static boolean sumEquals(List<String> pieces, int size, int from, int to, int total) {
        if (size <= total) {
            return true;
        }
        BigDecimal s = BigDecimal.ZERO;
        for (int i = from; i < to; i++) {
            s = s.add(num(pieces.get(i)));
        }
        return s.compareTo(num(pieces.get(total))) == 0;
    }

    /** 表三 row: seven counts, the last is the sum of the first six. */
    static Result applicationRow(String run, int cap) {
        return segment(run, 7, i -> false, (p, n) -> sumEquals(p, n, 0, 6, 6), cap);
    }

    /** 表四 data row: fifteen counts in three groups of five, each total the sum of the four before it. */
    static Result reviewRow(String run, int cap) {
        return segment(run, 15, i -> false, (p, n) -> sumEquals(p, n, 0, 4, 4) && sumEquals(p, n, 5, 9, 9)
                && sumEquals(p, n, 10, 14, 14), cap);
    }
}
