package org.nianbao.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.nianbao.engine.rules.RuleSet;
import picocli.CommandLine.Option;

/** Options shared by commands that load rules: {@code --rules DIR}. */
public final class RuleOptions {
    @Option(names = "--rules", paramLabel = "DIR",
            description = "使用该目录下的 DRL 规则和 edition.yaml 版本定义（例如 rules/ 的修改副本），不使用内置规则；无需重新编译 Java。")
    Path rulesDir;

    /**
     * The run's rule set: the bundled rules and editions, or those of --rules DIR (its DRL files and
     * edition.yaml files). Rule bases load on first use; DRL errors then throw RuleLoadException.
     */
    public RuleSet ruleSet() {
        if (rulesDir == null) {
            RuleSet early = EarlyStart.takeBundled();
            return early != null ? early : RuleSet.bundled();
        }
        if (!Files.isDirectory(rulesDir)) {
            throw new UsageException("--rules 指定的目录不存在：" + rulesDir);
        }
        return RuleSet.fromDirectory(rulesDir);
    }
}
