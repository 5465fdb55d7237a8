package org.nianbao.engine.interpret;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.engine.model.CellStatus;

/**
 * Reads a cell's text as a number, a blank ("", "/", "—", "-", "无") or invalid text. Full-width
 * digits and thousands separators are accepted; a trailing unit (件, 个, 项, 万元, 元, 万) is kept
 * apart.
 */
public final class CellParser {
    private CellParser() {
    }

    public record Parsed(CellStatus status, Double value, String unit) {
    }

    private static final Pattern NUMBER = Pattern.compile(
            "^([+-]?)(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?\\s*(件|个|项|条|万元|元|万|%)?$");

    private static final Pattern DASHES = Pattern.compile("[-—–－_]+");

    public static Parsed parse(String raw) {
        if (raw != null && isPlainWholeNumber(raw)) {
            // The common case ("0", "12459"): no normalisation or regex needed.
            return new Parsed(CellStatus.NUMBER, (double) Long.parseLong(raw), null);
        }
        String s = raw == null ? "" : Text.halfWidth(raw).replace('\u00A0', ' ').strip();
        s = s.replace('，', ',').replace('－', '-').replace('−', '-');
        if (s.isEmpty() || s.equals("/") || s.equals("\\") || DASHES.matcher(s).matches() || s.equals("无")
                || s.equals("空") || s.equals("&nbsp;")) {
            return new Parsed(CellStatus.BLANK, null, null);
        }
        String t = s.replace(" ", "");
        Matcher m = NUMBER.matcher(t);
        if (m.matches()) {
            String digits = m.group(2).replace(",", "");
            String frac = m.group(3) == null ? "" : m.group(3);
            double v = Double.parseDouble(digits + frac);
            if ("-".equals(m.group(1))) {
                v = -v;
            }
            return new Parsed(CellStatus.NUMBER, v, m.group(4));
        }
        return new Parsed(CellStatus.INVALID, null, null);
    }

    private static boolean isPlainWholeNumber(String s) {
        int n = s.length();
        if (n == 0 || n > 15) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** True when the text reads as a number or a blank marker (a value position, not a label). */
    public static boolean isValueLike(String raw) {
        return parse(raw).status() != CellStatus.INVALID;
    }
}
