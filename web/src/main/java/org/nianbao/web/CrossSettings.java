package org.nianbao.web;

import org.nianbao.engine.crossreport.AgencyNames;
import org.nianbao.engine.crossreport.SimilarityConfig;
import org.nianbao.engine.crossreport.SimilarityOptions;
import org.nianbao.engine.rules.RuleSettings;

/**
 * What the cross-report phase needs besides the rules, as {@code nianbao check} takes it: the rule
 * settings ({@code --config}), the 内容雷同 thresholds (same file) and the agency aliases ({@code --aliases}).
 */
public record CrossSettings(RuleSettings settings, SimilarityOptions similarity, AgencyNames names) {
    public static CrossSettings defaults() {
        return new CrossSettings(RuleSettings.DEFAULTS, SimilarityConfig.load(null), AgencyNames.NONE);
    }
}
