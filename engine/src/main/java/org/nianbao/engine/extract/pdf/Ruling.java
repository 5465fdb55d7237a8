package org.nianbao.engine.extract.pdf;

/**
 * An axis-aligned line segment drawn on a page (table border), in top-left origin coordinates.
 * Horizontal: {@code pos} is y and {@code from..to} the x extent; vertical: {@code pos} is x.
 */
record Ruling(boolean horizontal, float pos, float from, float to) {
    boolean covers(float v, float tol) {
        return v >= from - tol && v <= to + tol;
    }
}
