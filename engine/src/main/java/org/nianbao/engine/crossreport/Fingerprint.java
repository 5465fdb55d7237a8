package org.nianbao.engine.crossreport;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text reduced for comparison: letters, ideographs and digits only (full-width forms folded, every
 * digit read as 0 so that changed years and counts do not hide a copy), statute and notice titles
 * (《…》) and document numbers (〔2021〕30号) left out, then cut into overlapping shingles of
 * {@code k} characters, each hashed to 64 bits. Keeps the offsets back into the original text so that
 * shared passages can be quoted as printed.
 */
public final class Fingerprint {
    private static final Pattern TITLE = Pattern.compile("《[^《》\\n]{1,80}》");
    private static final Pattern DOC_NUMBER = Pattern.compile(
            "[\\p{IsHan}A-Za-z]{0,16}[〔\\[［(（]\\s*(?:19|20)\\d{2}\\s*[〕\\]］)）]\\s*\\d{1,4}\\s*号");

    final String text;
    /** original offset of each kept character */
    final int[] offsets;
    /** shingle hashes in text order (one per start position) */
    final long[] shingles;

    private Fingerprint(String text, int[] offsets, long[] shingles) {
        this.text = text;
        this.offsets = offsets;
        this.shingles = shingles;
    }

    public static Fingerprint of(String text, int k) {
        if (text == null) {
            text = "";
        }
        boolean[] skip = new boolean[text.length()];
        mark(TITLE.matcher(text), skip);
        mark(DOC_NUMBER.matcher(text), skip);
        char[] kept = new char[text.length()];
        int[] offsets = new int[text.length()];
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (skip[i]) {
                continue;
            }
            char c = fold(text.charAt(i));
            if (Character.isLetterOrDigit(c)) {
                kept[n] = Character.isDigit(c) ? '0' : c;
                offsets[n] = i;
                n++;
            }
        }
        int count = Math.max(0, n - k + 1);
        long[] sh = new long[count];
        for (int i = 0; i < count; i++) {
            long h = 0xcbf29ce484222325L;
            for (int j = 0; j < k; j++) {
                h ^= kept[i + j];
                h *= 0x100000001b3L;
            }
            sh[i] = mix(h);
        }
        return new Fingerprint(text, Arrays.copyOf(offsets, n), sh);
    }

    private static void mark(Matcher m, boolean[] skip) {
        while (m.find()) {
            Arrays.fill(skip, m.start(), m.end(), true);
        }
    }

    /** Full-width ASCII forms to half width, ideographic space to space. */
    static char fold(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') {
            return (char) (c - 0xFEE0);
        }
        return c == '\u3000' ? ' ' : c;
    }

    /** splitmix64 finaliser: spreads the FNV hash over all 64 bits (MinHash needs that). */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** The distinct shingles, sorted. */
    public long[] distinct() {
        long[] s = shingles.clone();
        Arrays.sort(s);
        int n = 0;
        for (int i = 0; i < s.length; i++) {
            if (i == 0 || s[i] != s[i - 1]) {
                s[n++] = s[i];
            }
        }
        return Arrays.copyOf(s, n);
    }

    /** The original text from the shingle at {@code from} to the end of the shingle at {@code to}, inclusive. */
    String passage(int from, int to, int k) {
        int start = offsets[from];
        int end = offsets[Math.min(to + k - 1, offsets.length - 1)] + 1;
        return text.substring(start, end).replaceAll("\\s+", "");
    }

    /** Kept characters covered by shingles {@code from}..{@code to}. */
    static int length(int from, int to, int k) {
        return to - from + k;
    }

    static boolean contains(long[] sorted, long v) {
        return Arrays.binarySearch(sorted, v) >= 0;
    }
}
