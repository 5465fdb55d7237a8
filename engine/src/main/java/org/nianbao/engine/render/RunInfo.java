package org.nianbao.engine.render;

import java.util.List;
import org.nianbao.engine.rules.RuleInfo;

/** What every renderer knows before the first report: the tool version and the rule catalog. */
public record RunInfo(String toolVersion, List<RuleInfo> rules) {
    public RunInfo {
        rules = List.copyOf(rules);
    }
}
