package org.nianbao.engine.extract.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A table drawn with ruling lines: the rulings of one connected component (horizontal lines that
 * cross vertical ones) and the distinct row ({@code ys}) and column ({@code xs}) boundaries.
 * {@link #find} detects them on a page; {@link PageLayout} places glyphs into their cells.
 */
record RuledTable(List<Ruling> rulings, float[] xs, float[] ys) {

    int rows() {
        return ys.length - 1;
    }

    int columns() {
        return xs.length - 1;
    }

    /** Index of the interval of {@code bounds} that holds v, or -1. */
    static int slot(float[] bounds, float v) {
        if (v < bounds[0] || v > bounds[bounds.length - 1]) {
            return -1;
        }
        for (int i = 0; i + 1 < bounds.length; i++) {
            if (v >= bounds[i] && v <= bounds[i + 1]) {
                return i;
            }
        }
        return -1;
    }

    /** The ruled tables of a page, top to bottom: connected rulings with at least two columns. */
    static List<RuledTable> find(List<Ruling> raw) {
        List<Ruling> merged = new ArrayList<>();
        merged.addAll(merge(raw, true));
        merged.addAll(merge(raw, false));
        int n = merged.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < n; i++) {
            Ruling a = merged.get(i);
            if (!a.horizontal()) {
                continue;
            }
            for (int j = 0; j < n; j++) {
                Ruling b = merged.get(j);
                if (b.horizontal()) {
                    continue;
                }
                if (a.covers(b.pos(), 3f) && b.covers(a.pos(), 3f)) {
                    parent[root(parent, i)] = root(parent, j);
                }
            }
        }
        List<RuledTable> tables = new ArrayList<>();
        boolean[] done = new boolean[n];
        for (int i = 0; i < n; i++) {
            int root = root(parent, i);
            if (done[root]) {
                continue;
            }
            done[root] = true;
            List<Ruling> comp = new ArrayList<>();
            for (int j = 0; j < n; j++) {
                if (root(parent, j) == root) {
                    comp.add(merged.get(j));
                }
            }
            float[] ys = positions(comp, true);
            float[] xs = positions(comp, false);
            // at least two columns: a framed box around running text is not a table
            if (ys.length >= 2 && xs.length >= 3) {
                tables.add(new RuledTable(comp, xs, ys));
            }
        }
        tables.sort(Comparator.comparingDouble(t -> t.ys[0]));
        return tables;
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** Joins collinear segments that touch or overlap. */
    private static List<Ruling> merge(List<Ruling> raw, boolean horizontal) {
        List<Ruling> list = new ArrayList<>();
        for (Ruling r : raw) {
            if (r.horizontal() == horizontal) {
                list.add(r);
            }
        }
        list.sort(Comparator.comparingDouble(Ruling::pos).thenComparingDouble(Ruling::from));
        List<Ruling> out = new ArrayList<>();
        for (Ruling r : list) {
            boolean joined = false;
            for (int k = out.size() - 1; k >= 0 && k >= out.size() - 50; k--) {
                Ruling o = out.get(k);
                if (Math.abs(o.pos() - r.pos()) <= 1.2f && r.from() <= o.to() + 2f && r.to() >= o.from() - 2f) {
                    out.set(k, new Ruling(horizontal, o.pos(), Math.min(o.from(), r.from()), Math.max(o.to(), r.to())));
                    joined = true;
                    break;
                }
            }
            if (!joined) {
                out.add(r);
            }
        }
        return out;
    }

    /** Distinct positions of the component's horizontal (y) or vertical (x) lines; closer than 3 pt is one. */
    private static float[] positions(List<Ruling> comp, boolean horizontal) {
        List<Float> ps = new ArrayList<>();
        for (Ruling r : comp) {
            if (r.horizontal() == horizontal) {
                ps.add(r.pos());
            }
        }
        ps.sort(Float::compare);
        List<Float> out = new ArrayList<>();
        for (float p : ps) {
            if (out.isEmpty() || p - out.get(out.size() - 1) > 3f) {
                out.add(p);
            }
        }
        float[] a = new float[out.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = out.get(i);
        }
        return a;
    }

    /** Whether a ruling of this table runs along {@code pos} (a row or column boundary) at {@code at}. */
    boolean hasBorder(boolean horizontal, float pos, float at) {
        for (Ruling r : rulings) {
            if (r.horizontal() == horizontal && Math.abs(r.pos() - pos) <= 3f && r.covers(at, -1f)) {
                return true;
            }
        }
        return false;
    }
}
