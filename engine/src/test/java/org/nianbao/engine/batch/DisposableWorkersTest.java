package org.nianbao.engine.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.nianbao.engine.model.Report;
import org.nianbao.engine.rules.Finding;
import org.nianbao.engine.rules.RuleEngine;
import org.nianbao.engine.rules.RuleSettings;
import org.nianbao.engine.rules.RuleSource;

/** Workers that run rules in place, and that are replaced when a runaway rule keeps one. */
public class DisposableWorkersTest {
    /** Lets the test's runaway consequence end once the test is over (it ignores interrupts until then). */
    public static volatile boolean released;

    private static final String DRL = """
            package org.nianbao.rules.common;
            import org.nianbao.engine.model.Report;
            global org.nianbao.engine.rules.FindingSink findings;
            rule "T-STUCK"
                @id("T-STUCK") @severity("ERROR") @title("不理会中断的规则") @reference("测试") @message("x")
            when
                $r : Report(year == 2021)
            then
                while (!org.nianbao.engine.batch.DisposableWorkersTest.released) { Thread.onSpinWait(); }
            end
            rule "T-THREAD"
                @id("T-THREAD") @severity("INFO") @title("线程") @reference("测试") @message("{0}")
            when
                $r : Report(year == 2020)
            then
                findings.report(kcontext, $r.getLocation(), null, null, Thread.currentThread().getName());
            end
            """;

    private static Report report(int year) {
        Report r = new Report();
        r.setFile(year + ".txt");
        r.setYear(year);
        r.setEdition("n2021");
        return r;
    }

    @AfterEach
    void release() {
        released = true;
    }

    @Test
    void rulesRunOnTheWorkerAndAWorkerKeptByARunawayRuleIsReplaced() throws Exception {
        released = false;
        RuleEngine engine = RuleEngine.compile(List.of(new RuleSource("t.drl", "org.nianbao.rules.common", DRL)))
                .withTimeLimit(Duration.ofMillis(300));
        try (DisposableWorkers workers = new DisposableWorkers(1, "test-worker-")) {
            // in place: the rule sees the worker's own thread, not a rule thread
            Future<List<Finding>> plain = workers.submit(() -> engine.check(report(2020), null, RuleSettings.DEFAULTS),
                    timeout -> List.of());
            assertThat(plain.get(30, TimeUnit.SECONDS)).singleElement()
                    .satisfies(f -> assertThat(f.message()).startsWith("test-worker-"));
            // a consequence that ignores halt and interrupt: given up on after the limit and the grace period
            Future<String> stuck = workers.submit(() -> {
                engine.check(report(2021), null, RuleSettings.DEFAULTS);
                return "finished";
            }, timeout -> "abandoned: " + timeout.running());
            assertThat(stuck.get(30, TimeUnit.SECONDS)).isEqualTo("abandoned: [T-STUCK]");
            // the only original worker is still spinning, yet the next task runs: a fresh worker took its place
            Future<List<Finding>> next = workers.submit(() -> engine.check(report(2020), null, RuleSettings.DEFAULTS),
                    timeout -> List.of());
            assertThat(next.get(30, TimeUnit.SECONDS)).extracting(Finding::rule).contains("T-THREAD");
        }
    }

    @Test
    void aTaskThatThrowsCompletesExceptionally() {
        try (DisposableWorkers workers = new DisposableWorkers(2, "test-worker-")) {
            Future<String> f = workers.submit(() -> {
                throw new IllegalStateException("boom");
            }, timeout -> "abandoned");
            assertThatThrownBy(() -> f.get(30, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                    .hasCauseInstanceOf(IllegalStateException.class);
        }
    }
}
