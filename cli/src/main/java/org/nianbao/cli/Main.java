package org.nianbao.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** Entry point: {@code main} is a one-liner around the testable {@link #run}. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        EarlyStart.begin(args);
        System.exit(run(new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8), args));
    }

    /** Runs a command with the given output streams and returns its exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cmd = commandLine(args);
        cmd.setOut(out);
        cmd.setErr(err);
        int code = cmd.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** The subcommands, in the order the help lists them. */
    static final java.util.Map<String, java.util.function.Supplier<Object>> SUBCOMMANDS = subcommands();

    private static java.util.Map<String, java.util.function.Supplier<Object>> subcommands() {
        java.util.Map<String, java.util.function.Supplier<Object>> m = new java.util.LinkedHashMap<>();
        m.put("check", CheckCommand::new);
        m.put("extract", ExtractCommand::new);
        m.put("rules", RulesCommand::new);
        m.put("archive", ArchiveCommand::new);
        m.put("bench", BenchCommand::new);
        m.put("serve", ServeCommand::new);
        m.put("train-cache", TrainCommand::new);
        return m;
    }

    /**
     * The command line for these arguments. Building picocli's model of a command costs start-up time,
     * so when the first argument names a subcommand only that one is registered; otherwise (root help,
     * version, a mistyped command that picocli suggests a correction for) all are.
     */
    static CommandLine commandLine(String... args) {
        CommandLine cmd = new CommandLine(new RootCommand());
        java.util.function.Supplier<Object> only = args.length > 0 ? SUBCOMMANDS.get(args[0]) : null;
        if (only != null) {
            cmd.addSubcommand(args[0], only.get());
        } else {
            SUBCOMMANDS.forEach((name, make) -> cmd.addSubcommand(name, make.get()));
        }
        cmd.setAdjustLineBreaksForWideCJKCharacters(true);
        cmd.setExitCodeExceptionMapper(e -> ExitCode.INTERNAL);
        cmd.setParameterExceptionHandler((ex, rest) -> {
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
