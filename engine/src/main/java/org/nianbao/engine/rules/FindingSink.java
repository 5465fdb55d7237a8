package org.nianbao.engine.rules;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.RuleContext;
import org.nianbao.engine.model.Location;

/**
 * The DRL global {@code findings}: consequences call {@link #report} and never print. The rule's
 * {@code @message} template is filled with the arguments ({0}, {1}, … as in {@link MessageFormat});
 * severity, title and references come from the rule's metadata, after the run's overrides.
 */
public final class FindingSink {
    private final Map<String, RuleInfo> rules;
    private final RuleSettings settings;
    private final Set<Finding> findings = new LinkedHashSet<>();

    public FindingSink(Map<String, RuleInfo> rules, RuleSettings settings) {
        this.rules = rules;
        this.settings = settings;
    }

    /**
     * Records a finding of the firing rule.
     *
     * @param where    the fact's location (a cell, section or the report)
     * @param expected what the format requires, as text (may be null)
     * @param actual   what the report has, as text (may be null)
     * @param args     values for the {@code @message} placeholders
     */
    public void report(RuleContext kcontext, Location where, Object expected, Object actual, Object... args) {
        reportRelated(kcontext, where, null, expected, actual, args);
    }

    /**
     * Records a cross-report finding of the firing rule that names the other report it compares with
     * (the previous year's, or another agency's of the same year).
     */
    public void reportRelated(RuleContext kcontext, Location where, Finding.Related related, Object expected,
                              Object actual, Object... args) {
        Rule rule = kcontext.getRule();
        RuleInfo info = rules.get(rule.getName());
        if (info == null) {
            info = RuleInfo.of(rule.getName(), rule.getPackageName(), rule.getMetaData(), null);
        }
        Severity severity = settings.severityOf(info.id(), info.severity());
        if (severity == null) {
            return;
        }
        String message = format(info.message(), args);
        findings.add(new Finding(info.id(), severity, info.title(), message, info.references(), where,
                text(expected), text(actual), related, List.of()));
    }

    static String format(String template, Object[] args) {
        if (template == null) {
            return "";
        }
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            shown[i] = args[i] instanceof Number n ? org.nianbao.engine.model.Numbers.format(n) : String.valueOf(args[i]);
        }
        try {
            return new MessageFormat(template.replace("'", "''")).format(shown);
        } catch (IllegalArgumentException e) {
            return template;
        }
    }

    private static String text(Object o) {
        if (o == null) {
            return null;
        }
        return o instanceof Number n ? org.nianbao.engine.model.Numbers.format(n) : o.toString();
    }

    public List<Finding> findings() {
        List<Finding> list = new ArrayList<>(findings);
        list.sort(Finding.ORDER);
        return list;
    }
}
