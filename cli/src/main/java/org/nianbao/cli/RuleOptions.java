package org.nianbao.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.nianbao.engine.interpret.Editions;
import org.nianbao.engine.interpret.ReportBuilder;
import org.nianbao.engine.rules.RuleEngine;
import picocli.CommandLine.Option;

/** Options shared by commands that load rules: {@code --rules DIR}. */
public final class RuleOptions {
    @Option(names = "--rules", paramLabel = "DIR",
            description = "使用该目录下的 DRL 规则（例如 rules/ 的修改副本），不使用内置规则；无需重新编译 Java。")
    Path rulesDir;

    /** The interpreter for the editions of the bundled rules, or of --rules DIR (its edition.yaml files). */
    public ReportBuilder reportBuilder() {
        return new ReportBuilder(rulesDir == null ? Editions.bundled() : Editions.withDirectory(rulesDir));
    }

    /** Loads the rules (bundled or from --rules). Throws RuleLoadException on DRL errors. */
    public RuleEngine load() {
        if (rulesDir == null) {
            return RuleEngine.bundled();
        }
        if (!Files.isDirectory(rulesDir)) {
            throw new UsageException("--rules 指定的目录不存在：" + rulesDir);
        }
        return RuleEngine.fromDirectory(rulesDir);
    }
}
