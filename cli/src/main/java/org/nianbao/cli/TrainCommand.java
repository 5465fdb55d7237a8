package org.nianbao.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The training run behind the start-up archive (AppCDS on JDK 17–24, the AOT cache on JDK 25+): runs
 * in this JVM, with output discarded, what one-shot runs do — help and version texts, {@code check}
 * of single reports of every format under the given paths (the bundled corpus) in every output
 * format, {@code extract}, {@code rules list} — so the archive holds the classes of all of them,
 * whichever command a user runs first. Run by the launcher after a build; hidden from the help.
 */
@Command(name = "train-cache", hidden = true,
        description = "为启动缓存（AppCDS / AOT 缓存）做训练运行：在本进程内运行各命令一次，输出丢弃。")
public final class TrainCommand implements Callable<Integer> {
    /** Report formats the readers handle, by extension. */
    static final Set<String> REPORT_EXTENSIONS = Set.of("txt", "html", "htm", "docx", "doc", "wps", "pdf");
    /** Per format, this many files are checked (enough to load every class the reader uses). */
    static final int PER_FORMAT = 3;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "训练用的报告文件或目录（通常为 corpus/）")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--formats", split = ",", paramLabel = "EXT",
            description = "只用这些扩展名的报告训练（默认：全部格式）。JDK 25 的 AOT 缓存在启动时预载其中的全部类，"
                    + "所以启动器为文本/HTML 报告另做一个不含 Word/PDF 读取类的缓存")
    Set<String> formats;

    @Override
    public Integer call() throws IOException {
        if (formats != null && !REPORT_EXTENSIONS.containsAll(formats)) {
            throw new UsageException("--formats 只能是 " + String.join("、", new java.util.TreeSet<>(REPORT_EXTENSIONS)));
        }
        List<Path> reports = sample(paths, formats == null ? REPORT_EXTENSIONS : formats);
        List<String[]> runs = new ArrayList<>();
        runs.add(new String[] {"--help"});
        runs.add(new String[] {"--version"});
        for (String sub : List.of("check", "extract", "rules", "bench")) {
            runs.add(new String[] {sub, "--help"});
        }
        runs.add(new String[] {"rules", "list"});
        runs.add(new String[] {"rules", "list", "--format", "json"});
        for (Path p : reports) {
            runs.add(new String[] {"check", "--no-progress", p.toString()});
        }
        if (!reports.isEmpty()) {
            String first = reports.get(0).toString();
            for (String format : List.of("json", "csv", "html", "sarif")) {
                runs.add(new String[] {"check", "--no-progress", "--format", format, first});
            }
            runs.add(new String[] {"extract", first});
            runs.add(new String[] {"check", "--no-progress", "-j", "1", first, reports.get(reports.size() - 1).toString()});
        }
        PrintWriter sink = new PrintWriter(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
        int failed = 0;
        for (String[] args : runs) {
            int code = Main.run(sink, sink, args);
            failed += code == ExitCode.INTERNAL || code == ExitCode.USAGE_OR_RULES ? 1 : 0;
        }
        spec.commandLine().getOut().println("训练运行：" + runs.size() + " 次命令，" + reports.size() + " 份报告"
                + (failed > 0 ? "，" + failed + " 次出错" : ""));
        return failed == 0 ? ExitCode.CLEAN : ExitCode.INTERNAL;
    }

    /** Up to {@link #PER_FORMAT} report files of each of these formats under the paths, in sorted order. */
    static List<Path> sample(List<Path> paths, Set<String> extensions) throws IOException {
        TreeMap<String, List<Path>> byFormat = new TreeMap<>();
        for (Path root : paths) {
            List<Path> files;
            if (Files.isDirectory(root)) {
                try (Stream<Path> s = Files.walk(root)) {
                    files = s.filter(Files::isRegularFile).sorted().toList();
                }
            } else {
                files = Files.isRegularFile(root) ? List.of(root) : List.of();
            }
            for (Path f : files) {
                String n = f.getFileName().toString();
                String ext = n.substring(n.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
                if (!n.startsWith(".") && REPORT_EXTENSIONS.contains(ext) && extensions.contains(ext)) {
                    List<Path> l = byFormat.computeIfAbsent(ext, k -> new ArrayList<>());
                    if (l.size() < PER_FORMAT) {
                        l.add(f);
                    }
                }
            }
        }
        List<Path> out = new ArrayList<>();
        byFormat.values().forEach(out::addAll);
        return out;
    }
}
