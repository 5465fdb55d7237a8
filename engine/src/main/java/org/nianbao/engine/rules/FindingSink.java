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
    private String reportFile;

    /** Rule id of the finding that stands for a rule whose consequence threw on this report. */
    public static final String RULE_FAILED = "SYS-RULE-001";

    /** Rule id of the finding that says a rule stopped at the time limit on an earlier report was not run. */
    public static final String RULE_SUSPENDED = "SYS-RULE-002";

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
    public synchronized void report(RuleContext kcontext, Location where, Object expected, Object actual, Object... args) {
        record(kcontext, null, List.of(), where, expected, actual, args);
    }

    /**
     * Records a cross-report finding of the firing rule that names the other report it compares with
     * (the previous year's, or another agency's of the same year); otherwise like {@link #report}.
     */
    public synchronized void reportRelated(RuleContext kcontext, Location where, Finding.Related related,
                                           Object expected, Object actual, Object... args) {
        record(kcontext, related, List.of(), where, expected, actual, args);
    }

    /**
     * Records a finding that names the cells most likely filled in wrongly (table arithmetic, see
     * {@code org.nianbao.engine.rules.arith.TableIdentity#getSuspects()}); otherwise like {@link #report}.
     */
    public synchronized void reportWithSuspects(RuleContext kcontext, List<Finding.Suspect> suspects, Location where,
                                                Object expected, Object actual, Object... args) {
        record(kcontext, null, suspects, where, expected, actual, args);
    }

    private void record(RuleContext kcontext, Finding.Related related, List<Finding.Suspect> suspects, Location where,
                        Object expected, Object actual, Object... args) {
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
                text(expected), text(actual), related, suspects));
    }

    /** The report this sink collects for (the file named in findings about failing rules). */
    void forReport(String file) {
        this.reportFile = file;
    }

    /**
     * Records that a rule failed on this report (its consequence or, when {@code ruleName} is null, a
     * condition threw): a {@link #RULE_FAILED} warning naming the rule and the exception, so that the
     * report keeps the other rules' findings and says which check is missing.
     */
    public synchronized void ruleFailed(String ruleName, Throwable error) {
        RuleInfo info = ruleName == null ? null : rules.get(ruleName);
        String rule = info != null ? info.id() + "（" + info.title() + "）"
                : ruleName != null ? "“" + ruleName + "”" : "（无法确定是哪条规则）";
        Throwable cause = error;
        while ((cause instanceof org.kie.api.runtime.rule.ConsequenceException
                || cause instanceof java.lang.reflect.InvocationTargetException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        String what = cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : "：" + firstLine(cause.getMessage()));
        String message = "规则 " + rule + " 运行出错（" + what + "），本报告的这项检查没有完成；其他规则照常检查。"
                + "这是规则本身的问题，请报告给规则维护者。";
        String where = info != null && info.file() != null ? "规则文件 " + info.file() : "nianbao 规则运行";
        findings.add(new Finding(RULE_FAILED, Severity.WARNING, "规则运行出错，该项检查未完成", message, List.of(where),
                Location.ofLine(reportFile, 0), null, null));
    }

    /**
     * Records that a rule was not run on this report because it ran past the time limit on an earlier
     * report ({@code where}) of the same run: a {@link #RULE_SUSPENDED} warning.
     */
    public synchronized void ruleSuspended(String ruleName, String where) {
        RuleInfo info = rules.get(ruleName);
        String rule = info != null ? info.id() + "（" + info.title() + "）" : "“" + ruleName + "”";
        String message = "规则 " + rule + " 在检查 " + where + " 时超过时限，已在本次运行中停用；本报告没有做这项检查，"
                + "其他规则照常检查。这是规则本身的问题，请报告给规则维护者。";
        String ref = info != null && info.file() != null ? "规则文件 " + info.file() : "nianbao 规则运行";
        findings.add(new Finding(RULE_SUSPENDED, Severity.WARNING, "规则超时已停用，该项检查未做", message, List.of(ref),
                Location.ofLine(reportFile, 0), null, null));
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        String line = nl < 0 ? s : s.substring(0, nl);
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
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

    public synchronized List<Finding> findings() {
        List<Finding> list = new ArrayList<>(findings);
        list.sort(Finding.ORDER);
        return list;
    }
}
