package org.nianbao.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** Entry point: {@code main} is a one-liner around the testable {@link #run}. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8), args));
    }

    /** Runs a command with the given output streams and returns its exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cmd = commandLine();
        cmd.setOut(out);
        cmd.setErr(err);
        int code = cmd.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    static CommandLine commandLine() {
        CommandLine cmd = new CommandLine(new RootCommand());
        cmd.setAdjustLineBreaksForWideCJKCharacters(true);
        cmd.setExitCodeExceptionMapper(e -> ExitCode.INTERNAL);
        cmd.setParameterExceptionHandler((ex, args) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("用法错误：" + ParameterErrors.chinese(ex));
            // qualifiedName is "nianbao" for the root and "nianbao check" for a subcommand
            c.getErr().println("运行 “" + c.getCommandSpec().qualifiedName() + " --help” 查看用法。");
            return ExitCode.USAGE_OR_RULES;
        });
        cmd.setExecutionExceptionHandler((ex, c, parseResult) -> {
            if (ex instanceof org.nianbao.engine.rules.RuleLoadException rle) {
                c.getErr().println(rle.getMessage());
                return ExitCode.USAGE_OR_RULES;
            }
            if (ex instanceof UsageException ue) {
                c.getErr().println("用法错误：" + ue.getMessage());
                return ExitCode.USAGE_OR_RULES;
            }
            c.getErr().println("内部错误：" + ex);
            ex.printStackTrace(c.getErr());
            return ExitCode.INTERNAL;
        });
        return cmd;
    }
}
