package org.nianbao.engine.extract.pdf;

/** One extracted character: top-left origin coordinates in points (y grows downwards, baseline). */
record Glyph(String text, float x, float y, float width, float height, float fontSize) {
    float centerX() {
        return x + width / 2;
    }

    /** Vertical centre of the glyph box (the baseline minus half the height). */
    float centerY() {
        return y - height / 2;
    }

    float size() {
        return Math.max(fontSize, Math.max(height, 4f));
    }
}
