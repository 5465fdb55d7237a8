package org.nianbao.cli;

import java.util.concurrent.Callable;
import org.nianbao.engine.rules.RuleCatalog;
import org.nianbao.engine.rules.RuleEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code nianbao rules doc}: prints the Markdown rule catalog (committed as docs/rules.md). */
@Command(name = "doc", mixinStandardHelpOptions = true,
        header = "生成 Markdown 规则目录（编号、标题、级别、适用版本、依据、说明、示例），即 docs/rules.md。")
public final class RulesDocCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    RuleOptions ruleOptions;

    @Override
    public Integer call() {
        RuleEngine engine = ruleOptions.ruleSet().engine();
        spec.commandLine().getOut().print(RuleCatalog.markdown(engine.rules()));
        spec.commandLine().getOut().flush();
        return ExitCode.CLEAN;
    }
}
