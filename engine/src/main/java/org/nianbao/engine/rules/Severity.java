package org.nianbao.engine.rules;

import java.util.Locale;

/** How serious a finding is. Ordered from most to least serious. */
public enum Severity {
    ERROR("错误"),
    WARNING("警告"),
    INFO("提示");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    /** The Chinese label shown to users: 错误 / 警告 / 提示. */
    public String label() {
        return label;
    }

    /** True when this severity is at least as serious as {@code threshold}. */
    public boolean atLeast(Severity threshold) {
        return ordinal() <= threshold.ordinal();
    }

    /** Parses ERROR/WARNING/INFO (any case) or 错误/警告/提示; null when the text is none of them. */
    public static Severity parse(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        for (Severity v : values()) {
            if (v.name().equalsIgnoreCase(t) || v.label.equals(t)) {
                return v;
            }
        }
        return switch (t.toLowerCase(Locale.ROOT)) {
            case "warn" -> WARNING;
            case "err" -> ERROR;
            default -> null;
        };
    }
}
