package org.nianbao.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.engine.rules.RuleEngine;
import org.nianbao.engine.rules.RuleSet;

/** {@link RuleSet#warmUp}: the current edition's rule base is built in the background, and only that one. */
class RuleSetWarmUpTest {
    @Test
    void warmUpBuildsTheCurrentEditionsRuleBaseOnly() throws InterruptedException {
        RuleSet set = RuleSet.bundled();
        RuleEngine engine = set.engine();
        assertThat(engine.isBuilt("n2021")).isFalse();
        set.warmUp();
        for (int i = 0; i < 600 && !engine.isBuilt("n2021"); i++) {
            Thread.sleep(50);
        }
        assertThat(engine.isBuilt("n2021")).isTrue();
        assertThat(engine.isBuilt("n2019")).isFalse();
    }

    @Test
    void warmUpOfBrokenRulesThrowsNothingAndLeavesTheErrorToTheRun(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("broken.drl"), "package x;\nrule \"X\" when then nonsense( end\n");
        RuleSet set = RuleSet.fromDirectory(dir);
        java.util.List<Throwable> uncaught = new java.util.concurrent.CopyOnWriteArrayList<>();
        Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> uncaught.add(e));
        try {
            set.warmUp();
            for (Thread t : Thread.getAllStackTraces().keySet()) {
                if (t.getName().equals("nianbao-warm-up")) {
                    t.join(30_000);
                }
            }
        } finally {
            Thread.setDefaultUncaughtExceptionHandler(before);
        }
        assertThat(uncaught).isEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(set::engine)
                .isInstanceOf(org.nianbao.engine.rules.RuleLoadException.class);
    }
}
