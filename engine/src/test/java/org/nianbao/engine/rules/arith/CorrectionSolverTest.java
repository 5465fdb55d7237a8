package org.nianbao.engine.rules.arith;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

class CorrectionSolverTest {

    /** a + b = c as {a, b, c}. */
    private static CorrectionSolver.Equation sum(int total, int... parts) {
        int[] cells = new int[parts.length + 1];
        int[] coef = new int[parts.length + 1];
        cells[0] = total;
        coef[0] = 1;
        for (int i = 0; i < parts.length; i++) {
            cells[i + 1] = parts[i];
            coef[i + 1] = -1;
        }
        return new CorrectionSolver.Equation(cells, coef);
    }

    /**
     * A 2×2 grid with row and column totals and a grand total:
     * <pre>
     *  0 1 | 2
     *  3 4 | 5
     *  6 7 | 8
     * </pre>
     */
    private static List<CorrectionSolver.Equation> grid() {
        return List.of(sum(2, 0, 1), sum(5, 3, 4), sum(8, 6, 7), sum(6, 0, 3), sum(7, 1, 4), sum(8, 2, 5));
    }

    private static List<String> describe(CorrectionSolver.Result r) {
        return r.corrections().stream().map(c -> c.stream().map(ch -> ch.cell() + ":" + ch.value().stripTrailingZeros()
                .toPlainString() + "→" + ch.expected()).toList().toString()).toList();
    }

    @Test
    void aConsistentTableNeedsNoCorrection() {
        CorrectionSolver s = new CorrectionSolver(new double[]{1, 2, 3, 4, 5, 9, 5, 7, 12}, grid());
        assertThat(s.consistent()).isTrue();
        assertThat(s.solve(3).size()).isZero();
        assertThat(s.solve(3).corrections()).isEmpty();
    }

    @Test
    void oneWrongInnerCellIsFoundWithItsValue() {
        // cell 4 printed 6 instead of 5: its row and its column fail, nothing else.
        CorrectionSolver.Result r = new CorrectionSolver(new double[]{1, 2, 3, 4, 6, 9, 5, 7, 12}, grid()).solve(3);
        assertThat(r.size()).isEqualTo(1);
        assertThat(r.unique()).isTrue();
        assertThat(describe(r)).containsExactly("[4:6→5]");
    }

    @Test
    void aWrongTotalIsFoundToo() {
        CorrectionSolver.Result r = new CorrectionSolver(new double[]{1, 2, 3, 4, 5, 9, 5, 7, 13}, grid()).solve(3);
        assertThat(describe(r)).containsExactly("[8:13→12]");
    }

    @Test
    void aCellAndItsRowTotalRaisedTogetherAreFoundAsAPairWithTheOtherRowsAsAlternatives() {
        // cell 0 and its row total 2 both +2: the row still adds up, the columns 6 and 8 do not. In so
        // small a grid, lowering the other row by 2, or raising the bottom totals by 2, fits equally well.
        CorrectionSolver.Result r = new CorrectionSolver(new double[]{3, 2, 5, 4, 5, 9, 5, 7, 12}, grid()).solve(3);
        assertThat(r.size()).isEqualTo(2);
        assertThat(describe(r)).containsExactly("[0:3→1, 2:5→3]", "[3:4→2, 5:9→7]", "[6:5→7, 8:12→14]");
    }

    @Test
    void oneEquationLeavesEveryCellAsAnEquallyGoodAlternative() {
        // 2 = 1 + 2 (total printed 2, parts 1 and 2): total→3, part 0→0 or part 1→1.
        CorrectionSolver.Result r = new CorrectionSolver(new double[]{2, 1, 2}, List.of(sum(0, 1, 2))).solve(3);
        assertThat(r.size()).isEqualTo(1);
        assertThat(r.unique()).isFalse();
        assertThat(describe(r)).containsExactly("[0:2→3]", "[1:1→0]", "[2:2→1]");
    }

    @Test
    void correctionsThatWouldMakeACountNegativeAreNotCandidates() {
        // total 1, parts 1 + 1 + 1 + 0: only the total can be wrong.
        CorrectionSolver.Result r = new CorrectionSolver(new double[]{1, 1, 1, 1, 0}, List.of(sum(0, 1, 2, 3, 4))).solve(3);
        assertThat(r.unique()).isTrue();
        assertThat(describe(r)).containsExactly("[0:1→3]");
    }

    @Test
    void fractionalSolutionsAreNotCandidates() {
        // x + x-like structure: cell 0 appears in two equations with the same sign: 2·x = 3 has no whole solution.
        List<CorrectionSolver.Equation> eqs = List.of(new CorrectionSolver.Equation(new int[]{0, 1}, new int[]{2, -1}));
        CorrectionSolver.Result r = new CorrectionSolver(new double[]{1, 3}, eqs).solve(1);
        assertThat(describe(r)).containsExactly("[1:3→2]");
    }

    @Test
    void moreErrorsThanTheBoundGiveNoCorrection() {
        // Four independent errors in four disjoint equations; bound 3.
        List<CorrectionSolver.Equation> eqs = List.of(sum(0, 1), sum(2, 3), sum(4, 5), sum(6, 7));
        CorrectionSolver.Result r = new CorrectionSolver(new double[]{1, 2, 1, 2, 1, 2, 1, 2}, eqs).solve(3);
        assertThat(r.size()).isEqualTo(-1);
        assertThat(r.corrections()).isEmpty();
    }

    @Test
    void exactArithmeticHandlesDecimals() {
        CorrectionSolver s = new CorrectionSolver(new double[]{0.3, 0.1, 0.2}, List.of(sum(0, 1, 2)));
        assertThat(s.consistent()).isTrue();
    }

    @Test
    void gaussJordanDetectsInconsistentAndUnderdeterminedSystems() {
        CorrectionSolver.Fraction one = CorrectionSolver.Fraction.of(1);
        CorrectionSolver.Fraction two = CorrectionSolver.Fraction.of(2);
        CorrectionSolver.Fraction zero = CorrectionSolver.Fraction.ZERO;
        // x = 1 and x = 2: inconsistent.
        assertThat(CorrectionSolver.solveUnique(List.of(new CorrectionSolver.Fraction[]{one, one},
                new CorrectionSolver.Fraction[]{one, two}), 1)).isNull();
        // x + y = 2 alone: underdetermined.
        assertThat(CorrectionSolver.solveUnique(List.<CorrectionSolver.Fraction[]>of(
                new CorrectionSolver.Fraction[]{one, one, two}), 2)).isNull();
        // x + y = 2, x − y = 0: x = y = 1.
        CorrectionSolver.Fraction[] x = CorrectionSolver.solveUnique(List.of(new CorrectionSolver.Fraction[]{one, one, two},
                new CorrectionSolver.Fraction[]{one, CorrectionSolver.Fraction.of(-1), zero}), 2);
        assertThat(x).isNotNull();
        assertThat(x[0].numerator()).isEqualTo(BigInteger.ONE);
        assertThat(x[1].numerator()).isEqualTo(BigInteger.ONE);
    }
}
