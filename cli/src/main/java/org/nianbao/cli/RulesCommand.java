package org.nianbao.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.nianbao.engine.render.JsonRenderer;
import org.nianbao.engine.rules.RuleEngine;
import org.nianbao.engine.rules.RuleInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "rules", mixinStandardHelpOptions = true,
        header = "规则：列出、生成目录、运行规则测试用例、预览规则变更的影响。",
        subcommands = {RulesCommand.ListCommand.class, RulesDocCommand.class, RulesTestCommand.class, RulesDiffCommand.class})
public final class RulesCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            header = "列出已加载的每条规则：编号、级别、适用版本、标题、依据、定义它的 DRL 文件。")
    public static final class ListCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        RuleOptions ruleOptions;

        @Mixin
        TextOrJsonFormat format;

        @Override
        public Integer call() throws Exception {
            RuleEngine engine = ruleOptions.ruleSet().engine();
            List<RuleInfo> rules = engine.rules();
            var out = spec.commandLine().getOut();
            if (format.json()) {
                JsonRenderer.MAPPER.writeValue(out, rules);
                out.println();
                return ExitCode.CLEAN;
            }
            for (RuleInfo r : rules) {
                out.println(r.id() + "\t" + r.severity().label() + "\t" + String.join("、", r.editions()) + "\t" + r.title()
                        + "\t" + String.join("；", r.references()) + "\t" + (r.file() == null ? "" : r.file()));
            }
            out.println("共 " + rules.size() + " 条规则（规则包：common、" + String.join("、", engine.packs())
                    + (engine.hasCrossPack() ? "；跨报告：" + RuleEngine.CROSS : "") + "）");
            return ExitCode.CLEAN;
        }
    }
}
