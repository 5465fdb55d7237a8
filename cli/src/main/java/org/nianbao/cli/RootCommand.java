package org.nianbao.cli;

import picocli.CommandLine.Command;

@Command(name = "nianbao",
        resourceBundle = "org.nianbao.cli.Messages",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        header = "政府信息公开工作年度报告合规检查工具",
        description = {
            "按国家格式（国办公开办函〔2021〕30号、〔2019〕60号试行）和《中华人民共和国政府信息公开条例》",
            "检查年度报告，给出分级的发现（错误 / 警告 / 提示），每项都注明依据的条款。"},
        subcommands = {CheckCommand.class, ExtractCommand.class, RulesCommand.class, ArchiveCommand.class, BenchCommand.class,
            ServeCommand.class},
        exitCodeListHeading = "%n退出码：%n",
        exitCodeList = {
            "0:没有达到 --fail-on 级别的发现，所有文件均已读取",
            "1:存在达到 --fail-on 级别的发现",
            "2:用法错误，或规则无法加载（DRL 编译错误、元数据或配置错误）",
            "3:有文件无法读取或未检查（不是年度报告、规则超时等；且没有达到 --fail-on 级别的发现）",
            "4:内部错误（程序缺陷，请报告）"})
public final class RootCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
