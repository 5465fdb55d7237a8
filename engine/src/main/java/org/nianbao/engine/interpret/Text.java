package org.nianbao.engine.interpret;

/** Text normalisation shared by the interpreter: full-width forms, brackets, quotes, white space. */
public final class Text {
    private Text() {
    }

    /** Full-width ASCII forms (digits, letters, punctuation) to half-width; ideographic space to space. */
    public static String halfWidth(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                sb.append((char) (c - 0xFEE0));
            } else if (c == '\u3000') {
                sb.append(' ');
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * Label normal form for matching: half-width, no white space, no quotes of any kind, 〔〕 as (),
     * "、" kept. "（三）危及“三安全 一稳定”" and "(三)危及三安全一稳定" compare equal.
     */
    public static String label(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            // halfWidth, in the same pass
            if (c >= '\uFF01' && c <= '\uFF5E') {
                c = (char) (c - 0xFEE0);
            } else if (c == '\u3000') {
                c = ' ';
            }
            if (Character.isWhitespace(c) || c == '\u00A0' || c == '"' || c == '\'' || c == '“' || c == '”'
                    || c == '‘' || c == '’' || c == '「' || c == '」' || c == '『' || c == '』') {
                continue;
            }
            if (c == '〔' || c == '【') {
                c = '(';
            } else if (c == '〕' || c == '】') {
                c = ')';
            } else if (c == '．') {
                c = '.';
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /** White space removed (all kinds), nothing else changed. */
    public static String compact(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean space = Character.isWhitespace(c) || c == '\u00A0' || c == '\u3000';
            if (space && sb == null) {
                sb = new StringBuilder(s.length()).append(s, 0, i);
            } else if (!space && sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }

    public static boolean hasCjk(String s) {
        for (int i = 0; i < s.length(); i++) {
            Character.UnicodeScript sc = Character.UnicodeScript.of(s.codePointAt(i));
            if (sc == Character.UnicodeScript.HAN) {
                return true;
            }
        }
        return false;
    }
}
