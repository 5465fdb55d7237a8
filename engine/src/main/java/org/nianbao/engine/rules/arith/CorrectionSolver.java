package org.nianbao.engine.rules.arith;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the smallest sets of cells whose correction satisfies every identity of a table.
 *
 * <p>The table is a vector of known values {@code v} and a list of homogeneous linear identities
 * {@code Σ a·x = 0} with integer coefficients. A set {@code S} of cells is a <em>correction</em> when,
 * treating the cells of {@code S} as unknowns and every other cell as printed, the identities have
 * exactly one solution for {@code S}, that solution is a non-negative whole number for every cell and
 * differs from the printed value in every cell of {@code S}. Corrections of size 1, then 2, … up to
 * {@code maxSize} are searched; the first size that has any wins, and all corrections of that size are
 * returned (several means the numbers cannot tell them apart).
 *
 * <p>Search: a correction must touch every violated identity, and every satisfied identity it touches
 * it must touch at least twice (a lone changed cell would break it). Sets are grown by branching over
 * the cells of the first identity that does not meet this, so only plausible sets are tried; each is
 * then solved exactly in rational arithmetic. Deterministic: corrections come in lexicographic order
 * of their cell indices.
 */
public final class CorrectionSolver {

    /** One identity {@code Σ coefficients[k]·x[cells[k]] = 0}. */
    public record Equation(int[] cells, int[] coefficients) {
        public Equation {
            if (cells.length != coefficients.length) {
                throw new IllegalArgumentException("cells and coefficients differ in length");
            }
            cells = cells.clone();
            coefficients = coefficients.clone();
        }
    }

    /** One changed cell of a correction: its index, printed value and the value that satisfies every identity. */
    public record Change(int cell, BigDecimal value, BigInteger expected) {
    }

    /** The outcome: the corrections of the smallest size found (empty when none up to the bound). */
    public record Result(int size, List<List<Change>> corrections) {
        public Result {
            corrections = List.copyOf(corrections);
        }

        public boolean unique() {
            return corrections.size() == 1;
        }
    }

    private final BigDecimal[] values;
    private final List<Equation> equations;
    /** For each cell, the equations it appears in, and its coefficient there. */
    private final boolean[][] member;
    private final BigDecimal[] residual;
    /** The most identities any one cell appears in: a set of k cells can explain at most k times as many. */
    private final int maxDegree;

    /**
     * @param values    the printed value of each cell (all known: callers never pass unread cells)
     * @param equations the identities over the cell indices
     */
    public CorrectionSolver(double[] values, List<Equation> equations) {
        this.values = new BigDecimal[values.length];
        for (int i = 0; i < values.length; i++) {
            this.values[i] = BigDecimal.valueOf(values[i]);
        }
        this.equations = List.copyOf(equations);
        this.member = new boolean[equations.size()][values.length];
        this.residual = new BigDecimal[equations.size()];
        for (int e = 0; e < equations.size(); e++) {
            Equation eq = equations.get(e);
            BigDecimal r = BigDecimal.ZERO;
            for (int k = 0; k < eq.cells().length; k++) {
                member[e][eq.cells()[k]] = true;
                r = r.add(this.values[eq.cells()[k]].multiply(BigDecimal.valueOf(eq.coefficients()[k])));
            }
            residual[e] = r;
        }
        int most = 0;
        for (int c = 0; c < values.length; c++) {
            int d = 0;
            for (int e = 0; e < equations.size(); e++) {
                d += member[e][c] ? 1 : 0;
            }
            most = Math.max(most, d);
        }
        this.maxDegree = most;
    }

    /** True when identity {@code e} holds with the printed values. */
    public boolean holds(int e) {
        return residual[e].signum() == 0;
    }

    /** True when every identity holds. */
    public boolean consistent() {
        for (int e = 0; e < residual.length; e++) {
            if (!holds(e)) {
                return false;
            }
        }
        return true;
    }

    /** The corrections of the smallest size up to {@code maxSize}; size 0 when every identity holds. */
    public Result solve(int maxSize) {
        if (consistent()) {
            return new Result(0, List.of());
        }
        for (int k = 1; k <= maxSize; k++) {
            Set<List<Integer>> candidates = new LinkedHashSet<>();
            grow(new ArrayList<>(), k, candidates, new java.util.HashSet<>());
            List<List<Integer>> sorted = new ArrayList<>(candidates);
            sorted.sort(CorrectionSolver::lexicographic);
            List<List<Change>> found = new ArrayList<>();
            for (List<Integer> s : sorted) {
                List<Change> c = correction(s);
                if (c != null) {
                    found.add(c);
                }
            }
            if (!found.isEmpty()) {
                return new Result(k, found);
            }
        }
        return new Result(-1, List.of());
    }

    private static int lexicographic(List<Integer> a, List<Integer> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = Integer.compare(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    /** Grows {@code set} (sorted) to closed sets of exactly {@code k} cells. */
    private void grow(List<Integer> set, int k, Set<List<Integer>> out, Set<List<Integer>> seen) {
        if (!seen.add(List.copyOf(set))) {
            return;
        }
        if (untouchedViolations(set) > (k - set.size()) * maxDegree) {
            return; // too many failing identities left for the cells still to add
        }
        int open = firstOpen(set);
        if (open < 0) {
            if (set.size() == k) {
                out.add(List.copyOf(set));
            }
            return;
        }
        if (set.size() == k) {
            return;
        }
        for (int cell : equations.get(open).cells()) {
            if (set.contains(cell)) {
                continue;
            }
            List<Integer> next = new ArrayList<>(set);
            next.add(cell);
            next.sort(null);
            grow(next, k, out, seen);
        }
    }

    private int untouchedViolations(List<Integer> set) {
        int n = 0;
        for (int e = 0; e < equations.size(); e++) {
            if (holds(e)) {
                continue;
            }
            boolean touched = false;
            for (int cell : set) {
                touched |= member[e][cell];
            }
            n += touched ? 0 : 1;
        }
        return n;
    }

    /** The first identity the set leaves unexplained (violated and untouched, or satisfied and touched once); else -1. */
    private int firstOpen(List<Integer> set) {
        for (int e = 0; e < equations.size(); e++) {
            int touched = 0;
            for (int cell : set) {
                if (member[e][cell]) {
                    touched++;
                }
            }
            if (holds(e) ? touched == 1 : touched == 0) {
                return e;
            }
        }
        return -1;
    }

    /** The unique whole non-negative solution for the cells of {@code set}, each differing from its value; else null. */
    private List<Change> correction(List<Integer> set) {
        int n = set.size();
        List<Fraction[]> rows = new ArrayList<>();
        for (int e = 0; e < equations.size(); e++) {
            Equation eq = equations.get(e);
            Fraction[] row = new Fraction[n + 1];
            java.util.Arrays.fill(row, Fraction.ZERO);
            boolean touches = false;
            // Σ_{j∈S} a_j·x_j = −Σ_{j∉S} a_j·v_j
            Fraction rhs = Fraction.ZERO;
            for (int k = 0; k < eq.cells().length; k++) {
                int cell = eq.cells()[k];
                int idx = set.indexOf(cell);
                if (idx >= 0) {
                    row[idx] = row[idx].add(Fraction.of(eq.coefficients()[k]));
                    touches = true;
                } else {
                    rhs = rhs.subtract(Fraction.of(values[cell]).multiply(Fraction.of(eq.coefficients()[k])));
                }
            }
            if (touches) {
                row[n] = rhs;
                rows.add(row);
            }
        }
        Fraction[] x = solveUnique(rows, n);
        if (x == null) {
            return null;
        }
        List<Change> changes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (!x[i].isInteger() || x[i].signum() < 0) {
                return null;
            }
            BigInteger v = x[i].numerator();
            if (new BigDecimal(v).compareTo(values[set.get(i)]) == 0) {
                return null;
            }
            changes.add(new Change(set.get(i), values[set.get(i)], v));
        }
        return changes;
    }

    /** Gauss–Jordan elimination; the unique solution of the augmented system, or null (none, or not unique). */
    static Fraction[] solveUnique(List<Fraction[]> rows, int n) {
        Fraction[][] m = rows.toArray(new Fraction[0][]);
        int rank = 0;
        int[] pivotCol = new int[n];
        for (int col = 0; col < n && rank < m.length; col++) {
            int p = -1;
            for (int r = rank; r < m.length; r++) {
                if (m[r][col].signum() != 0) {
                    p = r;
                    break;
                }
            }
            if (p < 0) {
                return null; // a free unknown: not unique
            }
            Fraction[] tmp = m[p];
            m[p] = m[rank];
            m[rank] = tmp;
            Fraction inv = m[rank][col];
            for (int c = 0; c <= n; c++) {
                m[rank][c] = m[rank][c].divide(inv);
            }
            for (int r = 0; r < m.length; r++) {
                if (r != rank && m[r][col].signum() != 0) {
                    Fraction f = m[r][col];
                    for (int c = 0; c <= n; c++) {
                        m[r][c] = m[r][c].subtract(f.multiply(m[rank][c]));
                    }
                }
            }
            pivotCol[rank] = col;
            rank++;
        }
        if (rank < n) {
            return null;
        }
        for (int r = rank; r < m.length; r++) {
            if (m[r][n].signum() != 0) {
                return null; // inconsistent
            }
        }
        Fraction[] x = new Fraction[n];
        for (int r = 0; r < n; r++) {
            x[pivotCol[r]] = m[r][n];
        }
        return x;
    }

    /** An exact rational number in lowest terms with a positive denominator. */
    record Fraction(BigInteger numerator, BigInteger denominator) {
        static final Fraction ZERO = new Fraction(BigInteger.ZERO, BigInteger.ONE);

        Fraction {
            if (denominator.signum() == 0) {
                throw new ArithmeticException("zero denominator");
            }
            if (denominator.signum() < 0) {
                numerator = numerator.negate();
                denominator = denominator.negate();
            }
            BigInteger g = numerator.gcd(denominator);
            if (!g.equals(BigInteger.ONE) && g.signum() != 0) {
                numerator = numerator.divide(g);
                denominator = denominator.divide(g);
            }
        }

        static Fraction of(long v) {
            return new Fraction(BigInteger.valueOf(v), BigInteger.ONE);
        }

        static Fraction of(BigDecimal d) {
            BigDecimal s = d.stripTrailingZeros();
            if (s.scale() <= 0) {
                return new Fraction(s.toBigIntegerExact(), BigInteger.ONE);
            }
            return new Fraction(s.unscaledValue(), BigInteger.TEN.pow(s.scale()));
        }

        Fraction add(Fraction o) {
            return new Fraction(numerator.multiply(o.denominator).add(o.numerator.multiply(denominator)),
                    denominator.multiply(o.denominator));
        }

        Fraction subtract(Fraction o) {
            return add(new Fraction(o.numerator.negate(), o.denominator));
        }

        Fraction multiply(Fraction o) {
            return new Fraction(numerator.multiply(o.numerator), denominator.multiply(o.denominator));
        }

        Fraction divide(Fraction o) {
            return new Fraction(numerator.multiply(o.denominator), denominator.multiply(o.numerator));
        }

        int signum() {
            return numerator.signum();
        }

        boolean isInteger() {
            return denominator.equals(BigInteger.ONE);
        }
    }
}
