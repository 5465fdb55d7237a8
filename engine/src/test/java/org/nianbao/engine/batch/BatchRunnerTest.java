package org.nianbao.engine.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.engine.Checker;
import org.nianbao.engine.extract.Readers;
import org.nianbao.engine.render.ResultRenderer;
import org.nianbao.engine.render.RunInfo;
import org.nianbao.engine.rules.RuleEngine;
import org.nianbao.engine.rules.RuleSettings;
import org.nianbao.engine.rules.RuleSource;

class BatchRunnerTest {
    private static final String DRL = """
            package org.nianbao.rules.common;
            import org.nianbao.engine.model.Report;
            global org.nianbao.engine.rules.FindingSink findings;
            rule "T-YEAR"
                @id("T-YEAR") @severity("WARNING") @title("年度") @reference("测试") @message("年度为 {0}")
            when
                $r : Report($y : year)
            then
                findings.report(kcontext, $r.getLocation(), null, String.valueOf($y), String.valueOf($y));
            end
            """;

    static Checker checker;

    @TempDir
    static Path dir;

    @BeforeAll
    static void setUp() throws Exception {
        RuleEngine engine = RuleEngine.compile(List.of(new RuleSource("t.drl", "org.nianbao.rules.common", DRL)));
        checker = new Checker(Readers.standard(), engine, RuleSettings.DEFAULTS, null);
        for (int i = 0; i < 40; i++) {
            String text = "某县人民政府" + (2000 + i) + "年政府信息公开工作年度报告\n一、总体情况\n本年度工作情况。\n";
            Files.writeString(dir.resolve(String.format("r%02d.txt", i)), i % 7 == 3 ? "" : text);
        }
    }

    private static List<ReportResult> run(int jobs) {
        try (InputExpander e = new InputExpander(ZipLimits.DEFAULT)) {
            List<BatchInput> inputs = e.expand(List.of(dir));
            List<ReportResult> out = new ArrayList<>();
            new BatchRunner(checker, jobs).run(inputs, out::add);
            return out;
        }
    }

    @Test
    void everyInputOnceInInputOrderWhateverTheParallelism() {
        List<ReportResult> one = run(1);
        List<ReportResult> four = run(4);
        assertThat(one).hasSize(40);
        assertThat(one.stream().map(ReportResult::file).toList())
                .isSorted()
                .isEqualTo(four.stream().map(ReportResult::file).toList());
        for (int i = 0; i < one.size(); i++) {
            assertThat(four.get(i).findings()).isEqualTo(one.get(i).findings());
            assertThat(four.get(i).errorCode()).isEqualTo(one.get(i).errorCode());
        }
        assertThat(one.stream().filter(r -> !r.readable()).map(ReportResult::errorCode).distinct().toList())
                .containsExactly("empty");
        assertThat(one.stream().filter(ReportResult::readable).count()).isEqualTo(34);
    }

    @Test
    void pairedRunsReadEachInputOnceAndCheckItWithBothCheckers() {
        String drl2 = DRL.replace("T-YEAR", "T-YEAR2").replace("WARNING", "INFO");
        Checker other = new Checker(Readers.standard(),
                RuleEngine.compile(List.of(new RuleSource("t2.drl", "org.nianbao.rules.common", drl2))),
                RuleSettings.DEFAULTS, null);
        java.util.concurrent.atomic.AtomicInteger reads = new java.util.concurrent.atomic.AtomicInteger();
        List<BatchInput> inputs = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String text = i == 5 ? "" : "某县人民政府" + (2010 + i) + "年政府信息公开工作年度报告\n一、总体情况\n本年度工作情况。\n";
            inputs.add(BatchInput.inMemory("m" + i + ".txt", () -> {
                reads.incrementAndGet();
                return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            }));
        }
        inputs.add(BatchInput.refused("bad.txt", "special-file", "不是普通文件"));
        List<String> pairs = new ArrayList<>();
        new BatchRunner(checker, 3).runPaired(inputs, other, (a, b) -> pairs.add(a.file() + " "
                + (a.readable() ? a.findings().get(0).rule() : a.errorCode()) + " / "
                + (b.readable() ? b.findings().get(0).rule() : b.errorCode())));
        assertThat(reads.get()).isEqualTo(12);
        assertThat(pairs).hasSize(13);
        assertThat(pairs.get(0)).isEqualTo("m0.txt T-YEAR / T-YEAR2");
        assertThat(pairs.get(5)).isEqualTo("m5.txt empty / empty");
        assertThat(pairs.get(12)).isEqualTo("bad.txt special-file / special-file");
    }

    @Test
    void renderedOutputIsByteIdenticalForOneAndFourJobs() throws Exception {
        assertThat(render(run(1))).isEqualTo(render(run(4)));
    }

    private static byte[] render(List<ReportResult> results) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResultRenderer r = ResultRenderer.create("json", out);
        RunInfo info = new RunInfo("t", checker.engine().rules());
        r.begin(info);
        BatchSummary s = new BatchSummary(info.rules());
        for (ReportResult rr : results) {
            r.report(rr);
            s.add(rr);
        }
        r.end(s);
        return out.toByteArray();
    }
    /** A consequence that ignores halt and interrupt until the test releases it (by a system property). */
    private static final String STUBBORN = """
            rule "T-STUCK"
                @id("T-STUCK") @severity("ERROR") @title("不理会中断的规则") @reference("测试") @message("x")
            when
                $r : Report(year == 2003)
            then
                while (!Boolean.getBoolean("nianbao.test.release")) { Thread.onSpinWait(); }
            end
            """;

    @Test
    @org.junit.jupiter.api.Timeout(60)
    void aRuleThatIgnoresHaltAndInterruptCostsOnlyItsReportAndItsThread(@TempDir Path small) throws Exception {
        RuleEngine engine = RuleEngine.compile(List.of(new RuleSource("t.drl", "org.nianbao.rules.common",
                DRL + STUBBORN))).withTimeLimit(java.time.Duration.ofSeconds(1));
        Checker stubborn = new Checker(Readers.standard(), engine, RuleSettings.DEFAULTS, null);
        for (int i = 0; i < 6; i++) {
            Files.writeString(small.resolve(String.format("s%02d.txt", i)),
                    "某县人民政府" + (2000 + i) + "年政府信息公开工作年度报告\n一、总体情况\n本年度工作情况。\n");
        }
        List<ReportResult> out = new ArrayList<>();
        try (InputExpander e = new InputExpander(ZipLimits.DEFAULT)) {
            // one job: the batch can only finish if a fresh worker takes over from the stuck one
            new BatchRunner(stubborn, 1).run(e.expand(List.of(small)), out::add);
        } finally {
            System.setProperty("nianbao.test.release", "true");
        }
        assertThat(out).extracting(ReportResult::file).hasSize(6).isSorted();
        ReportResult stuck = out.get(3);
        assertThat(stuck.errorCode()).isEqualTo("timeout");
        assertThat(stuck.errorMessage()).contains("T-STUCK（不理会中断的规则）");
        for (int i : new int[] {0, 1, 2, 4, 5}) {
            assertThat(out.get(i).readable()).isTrue();
            assertThat(out.get(i).findings()).extracting(f -> f.rule()).contains("T-YEAR");
        }
        // the stuck rule is suspended for the rest of the run: later reports say so
        assertThat(out.get(4).findings()).extracting(f -> f.rule()).contains("SYS-RULE-002");
    }
}
