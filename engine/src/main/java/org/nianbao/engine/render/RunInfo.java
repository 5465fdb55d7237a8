package org.nianbao.engine.render;

import java.util.List;
import java.util.function.Supplier;
import org.nianbao.engine.interpret.Editions;
import org.nianbao.engine.rules.RuleInfo;
import org.nianbao.engine.rules.RuleSet;

/**
 * What every renderer knows before the first report: the tool version, the rule catalog and the
 * editions of the run's rule set (for edition names). The editions are asked for on first use, so a
 * run does not wait for its edition data to be parsed before it starts reading its first file.
 */
public final class RunInfo {
    private final String toolVersion;
    private final List<RuleInfo> rules;
    private final Supplier<Editions> editions;

    private RunInfo(String toolVersion, List<RuleInfo> rules, Supplier<Editions> editions) {
        this.toolVersion = toolVersion;
        this.rules = List.copyOf(rules);
        this.editions = editions;
    }

    /** The run of a rule set: its rules and its editions. */
    public RunInfo(String toolVersion, RuleSet ruleSet) {
        this(toolVersion, ruleSet.rules(), ruleSet::editions);
    }

    /** A run with the bundled editions. */
    public RunInfo(String toolVersion, List<RuleInfo> rules) {
        this(toolVersion, rules, Editions::bundled);
    }

    public String toolVersion() {
        return toolVersion;
    }

    public List<RuleInfo> rules() {
        return rules;
    }

    /** The run's edition data (waits for it when it is still being parsed). */
    public Editions editions() {
        return editions.get();
    }

    /** The edition's Chinese name (from the run's edition data); "" when there is no edition. */
    public String editionName(String edition) {
        return edition == null ? "" : RuleSet.editionName(editions(), edition);
    }
}
