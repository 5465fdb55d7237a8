package org.nianbao.engine.model;

import java.math.BigDecimal;

/** Formatting helpers shared by facts, rules and renderers. */
public final class Numbers {
    private Numbers() {
    }

    public static String format(Double v) {
        if (v == null) {
            return "";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString(v.longValue());
        }
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    public static String format(double v) {
        return format(Double.valueOf(v));
    }

    public static String format(Number v) {
        return v == null ? "" : format(v.doubleValue());
    }

    /** The text without white space (what {@code replaceAll("\\s+", "")} gives, without a regex per call). */
    public static String withoutWhitespace(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r')) {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
