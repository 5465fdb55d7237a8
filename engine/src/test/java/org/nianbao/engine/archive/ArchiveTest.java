package org.nianbao.engine.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.engine.crossreport.ArchivedReport;
import org.nianbao.engine.crossreport.ReportDigest;
import org.nianbao.engine.model.CellStatus;
import org.nianbao.engine.model.Location;
import org.nianbao.engine.rules.Finding;
import org.nianbao.engine.rules.Severity;

class ArchiveTest {
    @TempDir
    Path dir;

    static ReportDigest digest(String file, String agency, int year, String hash) {
        return new ReportDigest(file, "text", agency, agency, year, "n2021", hash,
                List.of(new ReportDigest.CellData("applications", "carried_forward", "total", CellStatus.NUMBER, 2.0,
                        "2", 40, "四、结转下年度继续办理", "总计")),
                List.of(new ReportDigest.TableData("applications", true, true)),
                List.of(new ReportDigest.SectionText("overview", "一", "一、总体情况", "本年度主动公开信息 12 条。", 5),
                        new ReportDigest.SectionText("problems", "五", "五、存在的主要问题及改进情况", "队伍力量薄弱。", 60)));
    }

    static Finding finding(String rule, Severity s, Integer line, Finding.Related related) {
        return new Finding(rule, s, "标题", "说明 " + rule, List.of("依据"), line == null ? null : Location.ofLine("a.txt", line),
                "1", "2", related, List.of());
    }

    @Test
    void createsVersionedSchemaAndRoundTripsAReport() throws Exception {
        Path db = dir.resolve("a.db");
        try (Archive a = Archive.open(db)) {
            assertThat(a.schemaVersion()).isEqualTo(Archive.SCHEMA_VERSION);
            a.save(digest("2023.txt", "某局", 2023, "h1"), "{\"applications\":{}}",
                    List.of(finding("CRS-SIM-001", Severity.WARNING, null, new Finding.Related("2022.txt", "某局", 2022)),
                            finding("FMT-T3-001", Severity.ERROR, 40, null)), Instant.parse("2024-02-01T00:00:00Z"));
        }
        try (Archive a = Archive.open(db)) {
            List<ArchivedReport> got = a.reportsOfYears(Set.of(2023));
            assertThat(got).hasSize(1);
            ReportDigest d = got.get(0).digest();
            assertThat(d.agencyKey()).isEqualTo("某局");
            assertThat(d.cell("applications", "carried_forward", "total").value()).isEqualTo(2.0);
            assertThat(d.sections()).extracting(ReportDigest.SectionText::kind).containsExactly("overview", "problems");
            assertThat(a.reportsOfYears(Set.of(2022))).isEmpty();
            Archive.Entry e = a.list(null, null).get(0);
            assertThat(e.errors()).isEqualTo(1);
            assertThat(e.warnings()).isEqualTo(1);
            List<Archive.StoredFinding> f = a.findings(e.id());
            assertThat(f).extracting(Archive.StoredFinding::rule).containsExactly("CRS-SIM-001", "FMT-T3-001");
            assertThat(f.get(0).related()).isEqualTo(new Finding.Related("2022.txt", "某局", 2022));
            assertThat(a.tablesJson(e.id())).contains("applications");
        }
        // any SQLite client sees the documented schema
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
            List<String> tables = new ArrayList<>();
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
            assertThat(tables).containsExactly("findings", "reports", "reviews", "sections");
        }
    }

    @Test
    void sameContentAgainUpdatesTheRowAndKeepsTheFirstCheck() {
        try (Archive a = Archive.open(dir.resolve("a.db"))) {
            a.save(digest("old-name.txt", "某局", 2023, "h1"), null, List.of(), Instant.parse("2024-01-01T00:00:00Z"));
            a.save(digest("new-name.txt", "某局", 2023, "h1"), null, List.of(finding("X", Severity.INFO, 1, null)),
                    Instant.parse("2024-03-01T00:00:00Z"));
            List<Archive.Entry> all = a.list(null, null);
            assertThat(all).hasSize(1);
            assertThat(all.get(0).file()).isEqualTo("new-name.txt");
            assertThat(all.get(0).firstCheckedAt()).isEqualTo(Instant.parse("2024-01-01T00:00:00Z"));
            assertThat(all.get(0).checkedAt()).isEqualTo(Instant.parse("2024-03-01T00:00:00Z"));
            assertThat(a.findings(all.get(0).id())).hasSize(1);
        }
    }

    @Test
    void historyListsAndForget() {
        try (Archive a = Archive.open(dir.resolve("a.db"))) {
            a.save(digest("b2023.txt", "乙局", 2023, "b3"), null, List.of(), Instant.parse("2024-01-05T00:00:00Z"));
            a.save(digest("a2023.txt", "甲局", 2023, "a3"), null, List.of(), Instant.parse("2024-01-04T00:00:00Z"));
            a.save(digest("a2022.txt", "甲局", 2022, "a2"), null, List.of(), Instant.parse("2024-01-03T00:00:00Z"));
            assertThat(a.history("甲局")).extracting(Archive.Entry::year).containsExactly(2022, 2023);
            assertThat(a.reportsOfYear(2023)).extracting(Archive.Entry::file).containsExactly("b2023.txt", "a2023.txt"); // by agency key (乙 < 甲 in code order)
            assertThat(a.find("a2022.txt")).hasSize(1);
            long id = a.find("a2022.txt").get(0).id();
            assertThat(a.entry(id).file()).isEqualTo("a2022.txt");
            a.saveReview("a2", "k", "confirmed", null);
            assertThat(a.forget(List.of(id))).isEqualTo(1);
            assertThat(a.entry(id)).isNull();
            assertThat(a.history("甲局")).hasSize(1);
            assertThat(a.reviews("a2")).containsKey("k"); // reviews outlive the report row
        }
    }

    @Test
    void reviewsUpsertWithTimestamps() throws Exception {
        try (Archive a = Archive.open(dir.resolve("a.db"))) {
            Finding f = finding("FMT-T3-001", Severity.ERROR, 40, null);
            String key = Archive.findingKey(f);
            assertThat(key).startsWith("FMT-T3-001@40:");
            assertThat(Archive.findingKey(f)).isEqualTo(key);
            a.saveReview("h1", key, "confirmed", "核实无误");
            Instant first = a.reviews("h1").get(key).decidedAt();
            Thread.sleep(5);
            a.saveReview("h1", key, "dismissed", "表格读错");
            Map<String, Archive.Review> r = a.reviews("h1");
            assertThat(r).hasSize(1);
            assertThat(r.get(key).decision()).isEqualTo("dismissed");
            assertThat(r.get(key).note()).isEqualTo("表格读错");
            assertThat(r.get(key).decidedAt()).isAfterOrEqualTo(first);
            assertThat(a.reviews("other")).isEmpty();
            assertThatThrownBy(() -> a.saveReview("h1", key, "maybe", null)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void twoConcurrentWritersOnOneFile() throws Exception {
        Path db = dir.resolve("shared.db");
        Archive.open(db).close();
        int perWriter = 40;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int w = 0; w < 2; w++) {
            int writer = w;
            done.add(pool.submit(() -> {
                // each writer has its own connection, as two processes would
                try (Archive a = Archive.open(db)) {
                    start.await();
                    for (int i = 0; i < perWriter; i++) {
                        a.save(digest("w" + writer + "-" + i + ".txt", "局" + writer, 2000 + i % 5, "h" + writer + "-" + i),
                                "{}", List.of(finding("R", Severity.WARNING, i + 1, null)), Instant.now());
                        a.saveReview("h" + writer + "-" + i, "k", "confirmed", "w" + writer);
                    }
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : done) {
            f.get(120, TimeUnit.SECONDS);
        }
        pool.shutdown();
        try (Archive a = Archive.open(db)) {
            assertThat(a.list(null, null)).hasSize(2 * perWriter);
            assertThat(a.history("局0")).hasSize(perWriter);
            for (Archive.Entry e : a.list(null, null)) {
                assertThat(a.findings(e.id())).hasSize(1);
                assertThat(a.reviews(e.contentHash())).hasSize(1);
            }
        }
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("ok");
        }
    }

    @Test
    void refusesWhatIsNotAnArchive() throws Exception {
        Path notDb = dir.resolve("notes.db");
        Files.writeString(notDb, "这不是数据库。".repeat(200));
        assertThatThrownBy(() -> Archive.open(notDb)).isInstanceOf(ArchiveException.class).hasMessageContaining("档案库");
        assertThat(Files.readString(notDb)).startsWith("这不是数据库"); // never overwritten
        assertThatThrownBy(() -> Archive.open(dir.resolve("missing-folder").resolve("a.db")))
                .isInstanceOf(ArchiveException.class).hasMessageContaining("文件夹不存在");
        Path newer = dir.resolve("newer.db");
        Archive.open(newer).close();
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + newer); Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = 99");
        }
        assertThatThrownBy(() -> Archive.open(newer)).isInstanceOf(ArchiveException.class).hasMessageContaining("升级");
    }
}
