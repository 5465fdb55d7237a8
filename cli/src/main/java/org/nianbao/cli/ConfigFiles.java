package org.nianbao.cli;

import java.nio.file.Path;
import org.nianbao.engine.config.ConfigException;
import org.nianbao.engine.config.RuleConfig;
import org.nianbao.engine.rules.RuleEngine;
import org.nianbao.engine.rules.RuleInfo;
import org.nianbao.engine.rules.RuleSettings;

/** Loads {@code --config FILE} for the CLI; a bad file is a usage error (exit 2). */
final class ConfigFiles {
    private ConfigFiles() {
    }

    /** The rule settings of the config file (validated against the loaded rules), or the defaults when none. */
    static RuleSettings settings(Path config, RuleEngine engine) {
        if (config == null) {
            return RuleSettings.DEFAULTS;
        }
        try {
            return RuleConfig.load(config, engine.rules().stream().map(RuleInfo::id).toList());
        } catch (ConfigException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
