package org.nianbao.engine.extract.pdf;

/**
 * Which grid position of a ruled table holds the text of each position: a merged cell is drawn by
 * leaving out the border between positions. A position without a left border belongs to the cell on
 * its left; otherwise a position without a top border belongs to the cell above (a vertical merge);
 * otherwise it is a cell of its own. Unlike a Word or HTML merge, a merge drawn by missing borders
 * need not be a rectangle, so it is kept as ownership rather than as row and column spans.
 */
final class CellOwners {
    private final int columns;
    /** Row-major: the position (row * columns + column) whose cell covers each position. */
    private final int[] owner;

    private CellOwners(int columns, int[] owner) {
        this.columns = columns;
        this.owner = owner;
    }

    static CellOwners of(RuledTable t) {
        int nr = t.rows();
        int nc = t.columns();
        int[] owner = new int[nr * nc];
        for (int i = 0; i < nr; i++) {
            float midY = (t.ys()[i] + t.ys()[i + 1]) / 2;
            for (int j = 0; j < nc; j++) {
                float midX = (t.xs()[j] + t.xs()[j + 1]) / 2;
                int self = i * nc + j;
                if (j > 0 && !t.hasBorder(false, t.xs()[j], midY)) {
                    owner[self] = owner[self - 1];
                } else if (i > 0 && !t.hasBorder(true, t.ys()[i], midX)) {
                    owner[self] = owner[self - nc];
                } else {
                    owner[self] = self;
                }
            }
        }
        return new CellOwners(nc, owner);
    }

    /** The row-major index of the position whose cell covers ({@code row}, {@code column}). */
    int owner(int row, int column) {
        return owner[row * columns + column];
    }

    /** Whether ({@code row}, {@code column}) holds a cell of its own (the first position of a merged cell). */
    boolean isOwner(int row, int column) {
        return owner(row, column) == row * columns + column;
    }
}
