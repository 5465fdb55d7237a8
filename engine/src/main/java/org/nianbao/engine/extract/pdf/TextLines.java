package org.nianbao.engine.extract.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.nianbao.engine.extract.Grid;

/** Glyphs into text: lines by baseline, words by gaps, chunks by wide gaps. */
final class TextLines {
    private TextLines() {
    }

    /** Groups glyphs into lines by baseline, top to bottom, each line left to right. */
    static List<List<Glyph>> lines(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::y).thenComparingDouble(Glyph::x));
        List<List<Glyph>> lines = new ArrayList<>();
        List<Glyph> current = null;
        float baseline = 0;
        for (Glyph g : sorted) {
            if (current == null || Math.abs(g.y() - baseline) > g.size() * 0.4f) {
                current = new ArrayList<>();
                lines.add(current);
                baseline = g.y();
            }
            current.add(g);
        }
        for (List<Glyph> l : lines) {
            l.sort(Comparator.comparingDouble(Glyph::x));
        }
        return lines;
    }

    /** The text of one line; a gap wider than a quarter character is a space. */
    static String text(List<Glyph> line) {
        StringBuilder sb = new StringBuilder();
        Glyph prev = null;
        for (Glyph g : line) {
            if (prev != null && g.x() - (prev.x() + prev.width()) > g.size() * 0.25f) {
                sb.append(' ');
            }
            sb.append(g.text());
            prev = g;
        }
        return Grid.clean(sb.toString()).replace('\n', ' ');
    }

    /** Splits a line where the gap between characters is wider than about one character. */
    static List<String> chunks(List<Glyph> line) {
        List<String> out = new ArrayList<>();
        List<Glyph> cur = new ArrayList<>();
        Glyph prev = null;
        for (Glyph g : line) {
            if (prev != null && g.x() - (prev.x() + prev.width()) > g.size() * 1.2f) {
                out.add(text(cur));
                cur = new ArrayList<>();
            }
            cur.add(g);
            prev = g;
        }
        if (!cur.isEmpty()) {
            out.add(text(cur));
        }
        return out;
    }

    /** Whether two pieces of a wrapped text join without a space: only two Latin letters need one. */
    static boolean joinsTight(char before, char after) {
        return !(Character.isLetter(before) && before < 0x3000 && Character.isLetter(after) && after < 0x3000);
    }
}
