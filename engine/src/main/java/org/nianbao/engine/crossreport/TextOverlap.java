package org.nianbao.engine.crossreport;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Sentence-level repetition between this year's and last year's text of one section (for
 * “五、存在的主要问题及改进情况” repeated word for word). Sentences are compared after white space and
 * punctuation are removed and digits unified (a copy with only the years changed is still a copy);
 * sentences shorter than {@link #MIN_CHARS} characters (headings, “无。”) do not count.
 */
public final class TextOverlap {
    static final int MIN_CHARS = 12;

    private TextOverlap() {
    }

    /** The sentences of {@code now} (as printed) that {@code before} also has. */
    public static List<String> repeated(String now, String before) {
        Set<String> old = new HashSet<>();
        for (String s : sentences(before)) {
            String k = key(s);
            if (k.length() >= MIN_CHARS) {
                old.add(k);
            }
        }
        List<String> out = new ArrayList<>();
        for (String s : sentences(now)) {
            String k = key(s);
            if (k.length() >= MIN_CHARS && old.contains(k)) {
                out.add(s.strip());
            }
        }
        return out;
    }

    /** The share (0–1) of this year's countable text that repeats last year's sentences. */
    public static double repeatedShare(String now, String before) {
        int total = 0;
        for (String s : sentences(now)) {
            int n = key(s).length();
            if (n >= MIN_CHARS) {
                total += n;
            }
        }
        if (total == 0) {
            return 0;
        }
        int same = 0;
        for (String s : repeated(now, before)) {
            same += key(s).length();
        }
        return (double) same / total;
    }

    /** {@link #repeatedShare} as a percentage for messages. */
    public static String percent(String now, String before) {
        return Math.round(repeatedShare(now, before) * 100) + "%";
    }

    /** The first repeated sentences quoted (at most three, each cut to 60 characters), for messages. */
    public static String sample(String now, String before) {
        StringBuilder sb = new StringBuilder();
        List<String> rep = repeated(now, before);
        for (String s : rep.subList(0, Math.min(3, rep.size()))) {
            String t = s.replaceAll("\\s+", "");
            sb.append(sb.isEmpty() ? "" : "；").append('“').append(t.length() > 60 ? t.substring(0, 60) + "……" : t)
                    .append('”');
        }
        return sb.toString();
    }

    static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            cur.append(c);
            if (c == '。' || c == '；' || c == ';' || c == '！' || c == '？' || c == '\n') {
                out.add(cur.toString());
                cur.setLength(0);
            }
        }
        if (!cur.toString().isBlank()) {
            out.add(cur.toString());
        }
        return out;
    }

    static String key(String sentence) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < sentence.length(); i++) {
            char c = Fingerprint.fold(sentence.charAt(i));
            if (Character.isLetterOrDigit(c)) {
                sb.append(Character.isDigit(c) ? '0' : c);
            }
        }
        return sb.toString();
    }
}
