package org.nianbao.cli;

import java.nio.file.Path;
import java.time.Duration;
import org.nianbao.engine.config.ConfigException;
import org.nianbao.engine.crossreport.AgencyNames;
import org.nianbao.engine.crossreport.SimilarityOptions;
import org.nianbao.engine.crossreport.SimilarityConfig;
import org.nianbao.engine.rules.RuleEngine;
import org.nianbao.engine.rules.RuleSettings;
import picocli.CommandLine.Option;

/**
 * How reports are checked, shared by {@code check} and {@code serve}: the per-report rule time limit,
 * the config file (rule levels and 内容雷同 thresholds) and the agency alias file. A bad value or file is
 * a usage error (exit 2) raised by the accessor that reads it.
 */
public final class CheckSettingsOptions {
    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "20",
            description = "每份报告的规则检查时限（秒，默认 20；0 为不限）。超时的报告单独列出（原因 timeout）"
                    + "并指出仍在运行的规则，其他报告照常检查")
    double timeoutSeconds;

    @Option(names = "--config", paramLabel = "FILE",
            description = "规则配置文件（nianbao.yaml：规则编号 → 级别或 off；similarity：内容雷同阈值）；不指定时不读取任何配置")
    Path config;

    @Option(names = "--aliases", paramLabel = "FILE",
            description = "机关别名文件（YAML，“旧名称: 新名称”），用于识别更名机关的往年报告和档案库中的机关归并")
    Path aliases;

    /** The --timeout value as a duration (null: no limit). */
    Duration timeLimit() {
        return timeLimit(timeoutSeconds);
    }

    /** A --timeout value in seconds as a duration (null: no limit); a negative or absurd value is a usage error. */
    static Duration timeLimit(double seconds) {
        if (Double.isNaN(seconds) || seconds < 0 || seconds > 86_400) {
            throw new UsageException("--timeout 的值无效：" + seconds + "（应为 0 到 86400 之间的秒数，0 为不限时）");
        }
        return seconds == 0 ? null : Duration.ofMillis(Math.max(1, Math.round(seconds * 1000)));
    }

    /** The rule settings of --config (validated against the loaded rules), or the defaults. */
    RuleSettings ruleSettings(RuleEngine engine) {
        return ConfigFiles.settings(config, engine);
    }

    /** The 内容雷同 thresholds of --config, or the defaults. */
    SimilarityOptions similarity() {
        try {
            return SimilarityConfig.load(config);
        } catch (ConfigException | IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** The agency names of --aliases, or names without aliases. */
    AgencyNames agencyNames() {
        try {
            return aliases == null ? AgencyNames.NONE : AgencyNames.load(aliases);
        } catch (ConfigException | IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
