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
}
