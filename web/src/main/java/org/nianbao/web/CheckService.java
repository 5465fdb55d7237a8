package org.nianbao.web;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.nianbao.engine.Checker;
import org.nianbao.engine.batch.BatchInput;
import org.nianbao.engine.batch.BatchRunner;
import org.nianbao.engine.batch.DisposableWorkers;
import org.nianbao.engine.batch.BatchSummary;
import org.nianbao.engine.batch.InputExpander;
import org.nianbao.engine.batch.ReportResult;
import org.nianbao.engine.batch.ZipLimits;
import org.nianbao.engine.render.ResultRenderer;
import org.nianbao.engine.render.RunInfo;
import org.nianbao.engine.rules.RuleInfo;

/**
 * Stages uploads in a private temporary folder, expands zip archives under the batch limits, and
 * checks the inputs on a pool shared by every request, all with one {@link Checker} (one rule base).
 */
public final class CheckService implements Closeable {
    private final Checker checker;
    private final List<RuleInfo> rules;
    private final String toolVersion;
    private final WebConfig config;
    private final ZipLimits limits;
    private final DisposableWorkers pool;
    private final int window;

    private final org.nianbao.engine.archive.Archive archive;

    /**
     * @param archive where checked reports are saved and compared with (cross-report checks), or null:
     *                nothing is stored
     */
    private final CrossSettings cross;

    public CheckService(Checker checker, String toolVersion, WebConfig config, ZipLimits limits,
                        org.nianbao.engine.archive.Archive archive, CrossSettings cross) {
        this.checker = checker;
        this.archive = archive;
        this.cross = cross;
        this.rules = checker.engine().rules();
        this.toolVersion = toolVersion;
        this.config = config;
        this.limits = limits;
        // the rules run on these workers under the time limit, without a hand-off per report
        this.pool = new DisposableWorkers(config.threads(), "nianbao-web-check-");
        this.window = config.threads() * 4;
    }

    /** The editions of the rule set (the tables' layouts). */
    public org.nianbao.engine.interpret.Editions editions() {
        return checker.ruleSet().editions();
    }

    public List<RuleInfo> rules() {
        return rules;
    }

    public RunInfo runInfo() {
        return new RunInfo(toolVersion, checker.ruleSet());
    }

    /** Uploads saved under a fresh temporary folder and expanded to inputs; closing deletes the folder. */
    public final class Staging implements Closeable {
        private final Path dir;
        private final InputExpander expander = new InputExpander(limits);
        private final List<BatchInput> inputs = new ArrayList<>();
        private int skipped;

        Staging(Path dir) {
            this.dir = dir;
        }

        public List<BatchInput> inputs() {
            return inputs;
        }

        /** Hidden and sidecar files of a folder upload that were not checked. */
        public int skipped() {
            return skipped;
        }

        @Override
        public void close() {
            expander.close();
            deleteTree(dir);
        }
    }

    /** Saves and expands the uploads; throws {@link LimitException} (400) beyond the files limit. */
    public Staging stage(List<? extends Upload> uploads) throws IOException {
        if (uploads.isEmpty()) {
            throw new LimitException(400, "没有收到文件：请选择要检查的年度报告文件（或 .zip 压缩包）。");
        }
        if (uploads.size() > config.maxFiles()) {
            throw new LimitException(400, "一次最多上传 " + config.maxFiles() + " 个文件，本次为 " + uploads.size() + " 个。");
        }
        Files.createDirectories(config.tempRoot());
        Staging st = new Staging(Files.createTempDirectory(config.tempRoot(), "upload-"));
        try {
            Set<String> names = new HashSet<>();
            int i = 0;
            for (Upload u : uploads) {
                String shown = displayName(u.filename());
                if (shown.contains("/") && InputExpander.isHiddenOrSidecar(shown)) {
                    st.skipped++; // a folder upload's hidden files and notes, as in a directory walk
                    continue;
                }
                String name = unique(shown, names);
                Path file = st.dir.resolve("f" + (i++) + extension(name));
                try (InputStream in = u.open(); OutputStream out = Files.newOutputStream(file)) {
                    in.transferTo(out);
                }
                st.inputs.addAll(st.expander.expandAs(file, name));
                if (st.inputs.size() > config.maxFiles()) {
                    throw new LimitException(400, "一次最多检查 " + config.maxFiles() + " 个报告（含压缩包中的文件），本次超过了这个数量。");
                }
            }
            if (st.inputs.isEmpty()) {
                throw new LimitException(400, "上传的文件夹中没有可检查的报告（隐藏文件和说明文件不检查）。");
            }
            return st;
        } catch (IOException | RuntimeException e) {
            st.close();
            throw e;
        }
    }

    /**
     * The cross-report phase of one run, as {@code nianbao check} has it: the cross rule pack over the
     * run's reports (and the archive's), and saving each checked report when there is an archive; null
     * when neither applies.
     */
    private org.nianbao.engine.crossreport.CrossPhase crossPhase() {
        org.nianbao.engine.rules.RuleEngine engine = checker.engine();
        if (!engine.hasCrossPack() && archive == null) {
            return null;
        }
        return new org.nianbao.engine.crossreport.CrossPhase(engine, cross.settings(), cross.similarity(), cross.names(),
                archive, engine.hasCrossPack());
    }

    /** Checks every staged input into the job (in windows, so concurrent requests interleave), then finishes it. */
    public void run(Job job, Staging st) {
        List<BatchInput> inputs = st.inputs();
        job.total(inputs.size());
        org.nianbao.engine.crossreport.CrossPhase phase = crossPhase();
        ArrayDeque<Future<Job.Entry>> inFlight = new ArrayDeque<>();
        try {
            for (int i = 0; i < inputs.size(); i++) {
                if (inFlight.size() >= window) {
                    job.add(BatchRunner.await(inFlight.removeFirst()));
                }
                int index = i;
                BatchInput in = inputs.get(index);
                inFlight.addLast(pool.submit(() -> checkOne(index, in, phase), timeout -> new Job.Entry(index, in.name(),
                        null, null, ReportResult.unreadable(in.name(), timeout.code(), timeout.getMessage()), null)));
            }
            while (!inFlight.isEmpty()) {
                job.add(BatchRunner.await(inFlight.removeFirst()));
            }
            List<Job.Entry> entries = job.entries();
            if (phase != null) {
                List<ReportResult> rows = new ArrayList<>();
                List<org.nianbao.engine.crossreport.CrossPhase.Digested> digests = new ArrayList<>();
                for (Job.Entry e : entries) {
                    rows.add(e.row());
                    digests.add(e.digest());
                }
                List<ReportResult> completed = phase.complete(rows, digests);
                List<Job.Entry> done = new ArrayList<>();
                for (int i = 0; i < entries.size(); i++) {
                    done.add(entries.get(i).withRow(completed.get(i)));
                }
                entries = done;
            }
            job.finish(rules, entries);
        } catch (RuntimeException | Error e) {
            for (Future<Job.Entry> f : inFlight) {
                f.cancel(true);
            }
            job.fail("检查时发生内部错误，请稍后重试或联系管理员。");
            throw e;
        }
    }

    private Job.Entry checkOne(int index, BatchInput in, org.nianbao.engine.crossreport.CrossPhase phase) {
        String[] hash = new String[1];
        org.nianbao.engine.model.Report[] report = new org.nianbao.engine.model.Report[1];
        org.nianbao.engine.crossreport.CrossPhase.Digested[] digest = new org.nianbao.engine.crossreport.CrossPhase.Digested[1];
        ReportResult r = in.check(checker, rep -> {
            hash[0] = FindingKeys.contentHash(rep);
            if (phase != null) {
                digest[0] = phase.digest(rep);
            }
            // the pages draw sections and tables; the whole text is not kept in memory
            rep.setFullText(null);
            report[0] = rep;
        });
        return new Job.Entry(index, in.name(), r.readable() ? hash[0] : null, r.readable() ? report[0] : null, r,
                r.readable() ? digest[0] : null);
    }

    /** Writes a job's results in one of the engine's output formats (exactly what {@code check --format} writes). */
    public void render(String format, List<Job.Entry> entries, OutputStream out) throws IOException {
        ResultRenderer r = ResultRenderer.create(format, out);
        r.begin(runInfo());
        BatchSummary summary = new BatchSummary(rules);
        for (Job.Entry e : entries) {
            summary.add(e.row());
            r.report(e.row());
        }
        r.end(summary);
        out.flush();
    }

    /**
     * The name shown for an upload: the browser's file name, or for a folder upload its path inside
     * the folder, without empty, "." or ".." segments or control characters. It is only shown: it
     * never becomes a path on this machine (staged copies are named by index).
     */
    static String displayName(String submitted) {
        String n = submitted == null ? "" : submitted.replace('\\', '/');
        List<String> parts = new ArrayList<>();
        for (String seg : n.split("/")) {
            StringBuilder sb = new StringBuilder();
            seg.codePoints().filter(c -> c >= 0x20 && c != 0x7f).forEach(sb::appendCodePoint);
            String p = sb.toString().strip();
            if (!p.isEmpty() && !p.equals(".") && !p.equals("..") && !p.matches("[A-Za-z]:")) {
                parts.add(p);
            }
        }
        String s = String.join("/", parts);
        if (s.length() > 300) {
            s = s.substring(s.length() - 300);
        }
        return s.isEmpty() ? "未命名文件" : s;
    }

    private static String unique(String name, Set<String> taken) {
        String n = name;
        int k = 2;
        while (!taken.add(n)) {
            int dot = name.lastIndexOf('.');
            n = dot > 0 ? name.substring(0, dot) + "(" + k + ")" + name.substring(dot) : name + "(" + k + ")";
            k++;
        }
        return n;
    }

    /** A safe extension for the staged copy (letters and digits only), e.g. ".docx"; "" when none. */
    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        if (dot < 0) {
            return "";
        }
        String ext = name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return ext.matches("[a-z0-9]{1,8}") ? "." + ext : "";
    }

    static void deleteTree(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // best effort; the folder is under the service's own temporary root
                }
            });
        } catch (IOException ignored) {
            // already gone
        }
    }

    @Override
    public void close() {
        pool.close();
    }
}
