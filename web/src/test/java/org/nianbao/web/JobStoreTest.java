package org.nianbao.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JobStoreTest {
    @Test
    void forgetsTheOldestFinishedJobsBeyondItsBounds() {
        JobStore store = new JobStore(3, 100);
        Job running = store.create();
        running.total(10);
        Job a = store.create();
        a.total(10);
        a.fail("x");
        Job b = store.create();
        b.total(10);
        b.fail("x");
        Job c = store.create();
        // four jobs > 3: the oldest finished one goes, a running job stays
        assertThat(store.get(running.id())).isSameAs(running);
        assertThat(store.get(a.id())).isNull();
        assertThat(store.get(b.id())).isSameAs(b);
        assertThat(store.get(c.id())).isSameAs(c);
        c.total(95);
        c.fail("x");
        store.create();
        // 10 + 10 + 95 reports > 100: the oldest finished job (b) goes
        assertThat(store.get(b.id())).isNull();
        assertThat(store.recent().get(0).total()).isZero();
        assertThat(c.id()).matches("[0-9a-f]{24}");
    }
}
