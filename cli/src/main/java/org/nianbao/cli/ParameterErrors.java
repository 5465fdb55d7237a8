package org.nianbao.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Chinese messages for picocli's command-line errors: picocli's own texts are English
 * ("Missing required parameter", "Unmatched argument"), and users only ever see these instead.
 */
final class ParameterErrors {
    private ParameterErrors() {
    }

    static String chinese(CommandLine.ParameterException ex) {
        if (ex instanceof CommandLine.MissingParameterException m) {
            List<String> names = new ArrayList<>();
            for (ArgSpec a : m.getMissing()) {
                names.add(name(a));
            }
            return names.isEmpty() ? "缺少必需的参数" : "缺少必需的参数：" + String.join("、", names);
        }
        if (ex instanceof CommandLine.UnmatchedArgumentException u) {
            List<String> unmatched = u.getUnmatched();
            String first = unmatched.isEmpty() ? "" : unmatched.get(0);
            String msg = u.isUnknownOption() || first.startsWith("-")
                    ? "未知的选项：" + first
                    : (u.getCommandLine().getSubcommands().isEmpty() ? "多余的参数：" : "未知的命令或多余的参数：")
                            + String.join(" ", unmatched);
            List<String> suggestions = u.getSuggestions();
            if (!suggestions.isEmpty()) {
                msg += "（是否想输入：" + String.join("、", suggestions) + "？）";
            }
            return msg;
        }
        if (ex instanceof CommandLine.OverwrittenOptionException o) {
            return "选项 " + name(o.getOverwritten()) + " 只能指定一次";
        }
        if (ex instanceof CommandLine.MaxValuesExceededException) {
            return "参数过多";
        }
        if (ex instanceof CommandLine.MutuallyExclusiveArgsException) {
            return "这些选项不能同时使用";
        }
        ArgSpec arg = ex.getArgSpec();
        if (arg != null) {
            String value = ex.getValue();
            String label = arg.paramLabel();
            return (arg.isOption() ? "选项 " : "参数 ") + name(arg) + " 的值无效"
                    + (value == null ? "" : "：" + value)
                    + (label == null || label.isBlank() || label.equals(name(arg)) ? "" : "（应为 " + label + "）");
        }
        return "命令行参数有误";
    }

    private static String name(ArgSpec a) {
        if (a instanceof OptionSpec o) {
            return o.longestName();
        }
        if (a instanceof PositionalParamSpec p) {
            return p.paramLabel();
        }
        return String.valueOf(a.paramLabel());
    }
}
