package org.nianbao.engine.interpret;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.nianbao.engine.model.LabelTypo;
import org.nianbao.engine.model.Location;
import org.nianbao.engine.model.Report;
import org.nianbao.engine.model.Section;
import org.nianbao.engine.model.TableInfo;
import org.nianbao.engine.model.TableKeys;

/**
 * Misspelt fixed labels ({@link Vocabulary#FIXED_LABELS}): a text one edit away from the label (one
 * character wrong, missing or extra — 先行有效件数, 本年废止件, 行政法复议) where the report nowhere
 * prints the label itself. Table labels are searched in the text as published (before any table
 * recovery rewrote it); heading terms in the part headings only.
 */
final class LabelTypos {
    private LabelTypos() {
    }

    static void find(Report r, String publishedLabelText, java.util.Map<String, String> regions) {
        for (Vocabulary.FixedLabel f : Vocabulary.FIXED_LABELS) {
            if ("heading".equals(f.in())) {
                for (Section s : r.getSections()) {
                    String h = Text.label(s.heading());
                    for (String w : near(h, f)) {
                        r.getLabelTypos().add(new LabelTypo("heading", w, f.label(), s.numeral() + "、" + s.heading(),
                                s.location()));
                    }
                }
                continue;
            }
            // Within the table where it is found; else the whole text (but never where the label is right).
            String where = regions.getOrDefault(f.in(), publishedLabelText);
            List<String> typos = publishedLabelText.contains(f.label()) ? List.of() : near(where, f);
            if (typos.isEmpty()) {
                continue;
            }
            TableInfo t = r.tableInfo(f.in());
            Location loc = t != null && t.location() != null ? t.location() : r.getLocation();
            for (String w : typos) {
                if (reported(r, w, f.label())) {
                    continue; // already reported where the table reader matched the misspelt label
                }
                int at = publishedLabelText.indexOf(w);
                String context = publishedLabelText.substring(Math.max(0, at - 8),
                        Math.min(publishedLabelText.length(), at + w.length() + 8));
                r.getLabelTypos().add(new LabelTypo(f.in(), w, f.label(), context, loc));
            }
        }
        columnHeaders(r, regions);
    }

    /**
     * Misspelt column headers of 表三 and 表四, by place: the header (the table's region up to its
     * first row) is walked in the vocabulary's printed order; a header word not found before the
     * next word that is, where a text one edit away from it stands in between, is reported — only
     * when it is the one header word (of four characters or more) not found in its place, since a
     * header read out of order or interleaved is no evidence of a misspelling.
     */
    static void columnHeaders(Report r, java.util.Map<String, String> regions) {
        for (java.util.Map.Entry<String, List<String>> e : Vocabulary.COLUMN_HEADERS.entrySet()) {
            String region = regions.get(e.getKey());
            if (region == null) {
                continue;
            }
            String header = header(e.getKey(), region);
            List<String> words = e.getValue();
            int cursor = 0;
            int misses = 0;
            List<LabelTypo> found = new ArrayList<>();
            for (int k = 0; k < words.size(); k++) {
                String w = words.get(k);
                int at = header.indexOf(w, cursor);
                int next = -1;
                for (int j = k + 1; j < words.size() && next < 0; j++) {
                    next = header.indexOf(words.get(j), cursor);
                }
                if (at >= 0 && (next < 0 || at <= next)) {
                    cursor = at + w.length();
                    continue;
                }
                String between = header.substring(cursor, next < 0 ? header.length() : next);
                if (w.length() < 4) {
                    continue;
                }
                misses++;
                String typo = atPlace(between, w);
                if (typo == null) {
                    continue;
                }
                cursor += between.indexOf(typo) + typo.length();
                if (!reported(r, typo, w)) {
                    TableInfo t = r.tableInfo(e.getKey());
                    Location loc = t != null && t.location() != null ? t.location() : r.getLocation();
                    found.add(new LabelTypo(e.getKey(), typo, w, between, loc));
                }
            }
            // A header read interleaved (merged cells read column by column: 结果结果其他尚未维持纠正…)
            // misses most words; only a header read in order with one word misspelt says that word is.
            if (misses == 1) {
                r.getLabelTypos().addAll(found);
            }
        }
    }

    /**
     * The one text in {@code between} (the place where the header word stands) that is one edit
     * from the word, all in Chinese characters: of the word's length (a wrong character) first, then
     * one longer (an extra character), then one shorter (a missing one); null when none or several.
     */
    static String atPlace(String between, String word) {
        int m = word.length();
        for (int len : new int[] {m, m + 1, m - 1}) {
            Set<String> found = new LinkedHashSet<>();
            for (int i = 0; i + len <= between.length(); i++) {
                String c = between.substring(i, i + len);
                if (c.codePoints().allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)
                        && Vocabulary.distance(c, word, 1) == 1) {
                    found.add(c);
                }
            }
            if (found.size() == 1) {
                return found.iterator().next();
            }
            if (found.size() > 1) {
                return null;
            }
        }
        return null;
    }

    /** The header of a table's region: up to its first row (表三) or its first figure (表四). */
    private static String header(String table, String region) {
        int end = region.length();
        if (TableKeys.APPLICATIONS.equals(table)) {
            for (String w : Vocabulary.APPLICATION_ROWS.get(0).words()) {
                int i = region.indexOf(w);
                if (i >= 0) {
                    end = Math.min(end, i);
                }
            }
        } else {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("[0-9]").matcher(region);
            if (m.find()) {
                end = m.start();
            }
        }
        return region.substring(0, end);
    }

    private static boolean reported(Report r, String found, String expected) {
        for (LabelTypo l : r.getLabelTypos()) {
            if (l.found().equals(found) && l.expected().equals(expected)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The distinct texts in {@code text} one edit away from the label, or none when the label itself
     * occurs. Any such text keeps one half of the label intact, so only windows around the halves'
     * occurrences are compared.
     */
    static List<String> near(String text, Vocabulary.FixedLabel f) {
        String l = f.label();
        int m = l.length();
        if (m < 4 || text.contains(l)) {
            return List.of();
        }
        Set<String> out = new LinkedHashSet<>();
        String[] halves = {l.substring(0, m / 2), l.substring(m / 2)};
        for (int h = 0; h < 2; h++) {
            String half = halves[h];
            for (int at = text.indexOf(half); at >= 0; at = text.indexOf(half, at + 1)) {
                // Where the label would start if this half is in place.
                int base = h == 0 ? at : at - (m - half.length());
                for (int len = m - 1; len <= m + 1; len++) {
                    for (int shift = -1; shift <= 1; shift++) {
                        int start = base + shift;
                        if (start < 0 || start + len > text.length()) {
                            continue;
                        }
                        String w = text.substring(start, start + len);
                        if (oneEdit(w, l, f.substitutions())) {
                            out.add(w);
                        }
                    }
                }
            }
        }
        return new ArrayList<>(out);
    }

    /**
     * True when {@code w} is exactly one edit from {@code l}: an extra inner character, a wrong
     * character (not the last), a missing character (not the first). Labels without
     * {@code substitutions} only allow the extra inner character.
     */
    static boolean oneEdit(String w, String l, boolean full) {
        int m = l.length();
        if (w.length() == m + 1) {
            for (int k = 1; k < w.length() - 1; k++) {
                if ((w.substring(0, k) + w.substring(k + 1)).equals(l)) {
                    return Text.hasCjk(w.substring(k, k + 1));
                }
            }
            return false;
        }
        if (!full) {
            return false;
        }
        if (w.length() == m) {
            // One wrong character, not the last (a wrong last character is read as the label cut short
            // and the next word begun: 本年废止件|现行有效件数).
            int diff = 0;
            int at = -1;
            for (int i = 0; i < m; i++) {
                if (w.charAt(i) != l.charAt(i)) {
                    diff++;
                    at = i;
                }
            }
            return diff == 1 && at < m - 1 && Text.hasCjk(w.substring(at, at + 1));
        }
        if (w.length() == m - 1) {
            // One missing character, not the first (先行有效件数 is one wrong character, not 行有效件数).
            for (int k = 1; k < m; k++) {
                if ((l.substring(0, k) + l.substring(k + 1)).equals(w)) {
                    return true;
                }
            }
        }
        return false;
    }
}
