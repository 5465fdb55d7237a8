package org.nianbao.engine.rules;

import java.util.Map;
import java.util.TreeMap;

/**
 * Per-run rule settings: severity overrides and rules switched off (rule id → severity or "off").
 * Loaded from a small config file by the CLI; empty by default.
 */
public final class RuleSettings {
    public static final RuleSettings DEFAULTS = new RuleSettings(Map.of());

    private final Map<String, String> overrides;

    public RuleSettings(Map<String, String> overrides) {
        this.overrides = new TreeMap<>(overrides);
    }

    /** The severity to report for a rule, or null when the rule is switched off. */
    public Severity severityOf(String ruleId, Severity declared) {
        String o = overrides.get(ruleId);
        if (o == null) {
            return declared;
        }
        if (o.equalsIgnoreCase("off") || o.equals("关闭")) {
            return null;
        }
        Severity s = Severity.parse(o);
        return s == null ? declared : s;
    }

    public Map<String, String> overrides() {
        return overrides;
    }
}
