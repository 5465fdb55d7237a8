package org.nianbao.engine.render;

import java.util.List;
import org.nianbao.engine.interpret.Editions;
import org.nianbao.engine.rules.RuleInfo;
import org.nianbao.engine.rules.RuleSet;

/**
 * What every renderer knows before the first report: the tool version, the rule catalog and the
 * editions of the run's rule set (for edition names).
 */
public record RunInfo(String toolVersion, List<RuleInfo> rules, Editions editions) {
    public RunInfo {
        rules = List.copyOf(rules);
    }

    /** The run of a rule set: its rules and its editions. */
    public RunInfo(String toolVersion, RuleSet ruleSet) {
        this(toolVersion, ruleSet.rules(), ruleSet.editions());
    }

    /** A run with the bundled editions. */
    public RunInfo(String toolVersion, List<RuleInfo> rules) {
        this(toolVersion, rules, Editions.bundled());
    }

    /** The edition's Chinese name (from the run's edition data); "" when there is no edition. */
    public String editionName(String edition) {
        return edition == null ? "" : RuleSet.editionName(editions, edition);
    }
}
