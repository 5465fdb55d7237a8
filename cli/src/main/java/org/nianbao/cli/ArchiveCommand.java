package org.nianbao.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.nianbao.engine.archive.Archive;
import org.nianbao.engine.crossreport.AgencyNames;
import org.nianbao.engine.crossreport.ReportDigest;
import org.nianbao.engine.render.JsonRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "archive", mixinStandardHelpOptions = true,
        header = "档案库：查看和管理 check --archive 存入的报告。",
        description = {
            "档案库是一个 SQLite 数据库文件，保存每份检查过的报告：文件名、内容摘要值、机关、年度、格式版本、",
            "表格数据（JSON）、各部分文字、发现和检查时间。结构见 README，可用任何 SQLite 工具查询。"},
        subcommands = {ArchiveCommand.ListCommand.class, ArchiveCommand.ShowCommand.class,
            ArchiveCommand.ForgetCommand.class})
public final class ArchiveCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static Archive open(Path file) {
        return ArchiveFiles.open(file, true);
    }

    static String line(Archive.Entry e) {
        return e.contentHash().substring(0, 12) + "\t" + (e.year() == null ? "—" : e.year()) + "\t"
                + (e.agency() == null ? "未识别机关" : e.agency()) + "\t" + e.file() + "\t错误 " + e.errors() + " / 警告 "
                + e.warnings() + " / 提示 " + e.infos() + "\t检查于 " + e.checkedAt();
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            header = "列出档案库中的报告（按机关、年度排列）：摘要值前 12 位、年度、机关、文件、发现数、检查时间。")
    public static final class ListCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "ARCHIVE", description = "档案库文件")
        Path file;

        @Option(names = "--year", paramLabel = "YEAR", description = "只列出该年度的报告")
        Integer year;

        @Option(names = "--agency", paramLabel = "NAME", description = "只列出该机关的报告（名称按跨年度比对的规则归一）")
        String agency;

        @Mixin
        TextOrJsonFormat format;

        @Override
        public Integer call() throws Exception {
            boolean json = format.json();
            try (Archive a = open(file)) {
                List<Archive.Entry> entries = a.list(year, agency == null ? null : AgencyNames.NONE.key(agency));
                PrintWriter out = spec.commandLine().getOut();
                if (json) {
                    JsonRenderer.MAPPER.writeValue(out, entries);
                    out.println();
                } else {
                    entries.forEach(e -> out.println(line(e)));
                    out.println("共 " + entries.size() + " 份报告（档案库结构版本 " + a.schemaVersion() + "）");
                }
            }
            return ExitCode.CLEAN;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            header = "显示档案库中一份报告：基本信息、发现、各部分文字（--format json 时另含表格和复核意见）。")
    public static final class ShowCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "ARCHIVE", description = "档案库文件")
        Path file;

        @Parameters(index = "1", paramLabel = "REPORT", description = "报告的文件名，或内容摘要值（至少前 8 位）")
        String key;

        @Mixin
        TextOrJsonFormat format;

        @Override
        public Integer call() throws Exception {
            boolean json = format.json();
            try (Archive a = open(file)) {
                List<Archive.Entry> found = a.find(key);
                if (found.isEmpty()) {
                    throw new UsageException("档案库中没有文件名或摘要值为 “" + key + "” 的报告");
                }
                PrintWriter out = spec.commandLine().getOut();
                if (json) {
                    List<Map<String, Object>> list = new ArrayList<>();
                    for (Archive.Entry e : found) {
                        Map<String, Object> m = new LinkedHashMap<>();
                        m.put("report", e);
                        m.put("findings", a.findings(e.id()));
                        m.put("sections", a.sectionsOf(e.id()));
                        String t = a.tablesJson(e.id());
                        m.put("tables", t == null ? null : JsonRenderer.MAPPER.readTree(t));
                        m.put("reviews", a.reviews(e.contentHash()));
                        list.add(m);
                    }
                    JsonRenderer.MAPPER.writeValue(out, list);
                    out.println();
                    return ExitCode.CLEAN;
                }
                for (Archive.Entry e : found) {
                    out.println("== " + e.file());
                    out.println("  机关：" + (e.agency() == null ? "未识别" : e.agency()) + "（比对用名称：" + e.agencyKey()
                            + "）　年度：" + (e.year() == null ? "未识别" : e.year()) + "　格式：" + e.edition());
                    out.println("  内容摘要值：" + e.contentHash());
                    out.println("  首次检查：" + e.firstCheckedAt() + "　最近检查：" + e.checkedAt());
                    for (Archive.StoredFinding f : a.findings(e.id())) {
                        out.println("  [" + f.severity().label() + "] " + f.rule() + " " + f.title());
                        out.println("      " + f.message());
                        if (f.related() != null) {
                            out.println("      相关报告：" + f.related().agency() + " " + f.related().year() + "年度（"
                                    + f.related().file() + "）");
                        }
                    }
                    for (ReportDigest.SectionText s : a.sectionsOf(e.id())) {
                        String body = s.body().replaceAll("\\s+", "");
                        out.println("  〔" + s.label() + "〕" + (body.length() > 60 ? body.substring(0, 60) + "……" : body));
                    }
                    out.println();
                }
            }
            return ExitCode.CLEAN;
        }
    }

    @Command(name = "forget", mixinStandardHelpOptions = true,
            header = "从档案库删除报告（连同其各部分文字和发现；复核意见保留）。")
    public static final class ForgetCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "ARCHIVE", description = "档案库文件")
        Path file;

        @Parameters(index = "1", arity = "0..1", paramLabel = "REPORT", description = "报告的文件名，或内容摘要值（至少前 8 位）")
        String key;

        @Option(names = "--agency", paramLabel = "NAME", description = "删除该机关的报告（可与 --year 合用）")
        String agency;

        @Option(names = "--year", paramLabel = "YEAR", description = "删除该年度的报告（需与 --agency 合用）")
        Integer year;

        @Override
        public Integer call() throws Exception {
            if ((key == null) == (agency == null)) {
                throw new UsageException("请给出报告（文件名或摘要值），或用 --agency（可加 --year）指定机关，二者选一");
            }
            if (year != null && agency == null) {
                throw new UsageException("--year 需与 --agency 合用");
            }
            try (Archive a = open(file)) {
                List<Archive.Entry> found = key != null ? a.find(key) : a.list(year, AgencyNames.NONE.key(agency));
                if (found.isEmpty()) {
                    throw new UsageException("档案库中没有符合条件的报告");
                }
                int n = a.forget(found.stream().map(Archive.Entry::id).toList());
                PrintWriter out = spec.commandLine().getOut();
                found.forEach(e -> out.println("已删除：" + line(e)));
                out.println("共删除 " + n + " 份报告");
            }
            return ExitCode.CLEAN;
        }
    }
}
