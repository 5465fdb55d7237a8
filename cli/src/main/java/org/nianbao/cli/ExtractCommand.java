package org.nianbao.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.nianbao.engine.Checker;
import org.nianbao.engine.extract.Readers;
import org.nianbao.engine.model.Report;
import org.nianbao.engine.render.FactsJson;
import org.nianbao.engine.render.JsonRenderer;
import org.nianbao.engine.rules.RuleSettings;
import org.nianbao.engine.source.UnreadableInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "extract", mixinStandardHelpOptions = true,
        header = "读取一份报告，输出抽取出的事实（机关、年度、格式版本、章节、表格单元格及其来源）。",
        description = {"表格按规范键输出，例如：",
            "  nianbao extract --format json 报告.txt | jq .tables.applications.rows.new_received.total"})
public final class ExtractCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "报告文件")
    Path file;

    @Mixin
    RuleOptions ruleOptions;

    @Option(names = "--format", defaultValue = "json", paramLabel = "FORMAT",
            description = "输出格式：json（默认）。tables.<表>.rows 为各单元格的值（空白为 null，未读出则缺省），"
                    + "tables.<表>.cells 为每个单元格的状态、原文和位置，tables.<表>.read 说明读取方式和未读出的内容")
    String format;

    @Override
    public Integer call() throws Exception {
        if (!format.equals("json")) {
            throw new UsageException("不支持的输出格式：" + format + "（可选 json）");
        }
        if (!Files.exists(file)) {
            throw new UsageException("文件不存在：" + file);
        }
        if (Files.isDirectory(file)) {
            throw new UsageException(file + " 是文件夹；extract 一次读取一个报告文件（检查整个文件夹请用 nianbao check）");
        }
        try {
            Checker checker = new Checker(Readers.standard(), ruleOptions.ruleSet(), RuleSettings.DEFAULTS, null);
            Report r = checker.extract(file);
            ObjectNode node = FactsJson.toJson(r);
            JsonRenderer.MAPPER.writeValue(spec.commandLine().getOut(), node);
            spec.commandLine().getOut().println();
            return ExitCode.CLEAN;
        } catch (UnreadableInputException e) {
            spec.commandLine().getErr().println(file + "：无法读取：" + e.getMessage() + "（" + e.code() + "）");
            return ExitCode.UNREADABLE;
        }
    }
}
