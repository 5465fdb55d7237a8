package org.nianbao.engine.archive;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nianbao.engine.crossreport.ArchivedReport;
import org.nianbao.engine.crossreport.ReportDigest;
import org.nianbao.engine.rules.Finding;
import org.nianbao.engine.rules.Severity;
import org.sqlite.SQLiteConfig;

/**
 * The archive of every report checked: an embedded SQLite database (one file) that keeps, per report
 * (one row per distinct content), its file name, content hash, agency and agency key, year, edition,
 * the extracted tables as JSON, its narrative sections, its findings and when it was checked; and the
 * reviewers' decisions on findings ({@code reviews}). Reports of other years checked against it get
 * every cross-report check without their files.
 *
 * <p>The schema is created and migrated on {@link #open} and versioned with {@code PRAGMA
 * user_version} (see {@link #SCHEMA_VERSION}); it is documented in the README. Several processes may
 * use one archive at once: the database runs in WAL mode with a busy timeout, and every write is one
 * {@code BEGIN IMMEDIATE} transaction. One instance is safe to share between threads (its methods are
 * synchronised on the single connection).
 */
public final class Archive implements AutoCloseable {
    /** The schema version this code writes; older archives are migrated on open. */
    public static final int SCHEMA_VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Migrations: element i brings the schema from version i to i + 1. */
    private static final List<List<String>> MIGRATIONS = List.of(List.of(
        """
        CREATE TABLE reports (
            id               INTEGER PRIMARY KEY,
            file             TEXT NOT NULL,
            content_hash     TEXT NOT NULL UNIQUE,
            agency           TEXT,
            agency_key       TEXT,
            year             INTEGER,
            edition          TEXT,
            format           TEXT,
            tables_json      TEXT,
            digest_json      TEXT NOT NULL,
            errors           INTEGER NOT NULL DEFAULT 0,
            warnings         INTEGER NOT NULL DEFAULT 0,
            infos            INTEGER NOT NULL DEFAULT 0,
            first_checked_at TEXT NOT NULL,
            checked_at       TEXT NOT NULL
        )""",
        "CREATE INDEX reports_agency_year ON reports(agency_key, year)",
        "CREATE INDEX reports_year ON reports(year)",
        """
        CREATE TABLE sections (
            report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
            ord       INTEGER NOT NULL,
            kind      TEXT NOT NULL,
            numeral   TEXT,
            heading   TEXT,
            body      TEXT NOT NULL,
            PRIMARY KEY (report_id, ord)
        )""",
        """
        CREATE TABLE findings (
            report_id      INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
            ord            INTEGER NOT NULL,
            finding_key    TEXT NOT NULL,
            rule           TEXT NOT NULL,
            severity       TEXT NOT NULL,
            title          TEXT,
            message        TEXT,
            location       TEXT,
            line           INTEGER,
            expected       TEXT,
            actual         TEXT,
            related_file   TEXT,
            related_agency TEXT,
            related_year   INTEGER,
            PRIMARY KEY (report_id, ord)
        )""",
        "CREATE INDEX findings_rule ON findings(rule)",
        """
        CREATE TABLE reviews (
            content_hash TEXT NOT NULL,
            finding_key  TEXT NOT NULL,
            decision     TEXT NOT NULL CHECK (decision IN ('confirmed', 'dismissed')),
            note         TEXT,
            decided_at   TEXT NOT NULL,
            PRIMARY KEY (content_hash, finding_key)
        )"""));

    private final Path file;
    private final Connection db;

    private Archive(Path file, Connection db) {
        this.file = file;
        this.db = db;
    }

    /** A reviewer's decision on one finding of one report. */
    public record Review(String findingKey, String decision, String note, Instant decidedAt) {
    }

    /** One archived report, without its texts: for lists and an agency's history. */
    public record Entry(long id, String file, String contentHash, String agency, String agencyKey, Integer year,
                        String edition, int errors, int warnings, int infos, Instant firstCheckedAt,
                        Instant checkedAt) {
    }

    /** One archived finding. */
    public record StoredFinding(String findingKey, String rule, Severity severity, String title, String message,
                                String location, Integer line, String expected, String actual,
                                Finding.Related related) {
    }

    /** Opens (creating or migrating) the archive at {@code file}; the folder must exist. */
    public static Archive open(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new ArchiveException("档案库所在的文件夹不存在：" + parent);
        }
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw new ArchiveException("档案库路径不是文件：" + file);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(30_000);
        config.enforceForeignKeys(true);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        Connection c = null;
        try {
            c = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
            Archive a = new Archive(file, c);
            a.migrate();
            return a;
        } catch (SQLException e) {
            closeQuietly(c);
            throw new ArchiveException("无法打开档案库 " + file + "：" + reason(e), e);
        } catch (RuntimeException e) {
            closeQuietly(c);
            throw e;
        }
    }

    private void migrate() throws SQLException {
        db.setAutoCommit(false);
        try {
            int version;
            try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("PRAGMA user_version")) {
                version = rs.next() ? rs.getInt(1) : 0;
            }
            if (version > SCHEMA_VERSION) {
                db.rollback();
                throw new ArchiveException("档案库 " + file + " 由更新版本的 nianbao 建立（结构版本 " + version
                        + "，本程序支持到 " + SCHEMA_VERSION + "），请升级 nianbao");
            }
            try (Statement s = db.createStatement()) {
                for (int v = version; v < SCHEMA_VERSION; v++) {
                    for (String sql : MIGRATIONS.get(v)) {
                        s.execute(sql);
                    }
                }
                if (version < SCHEMA_VERSION) {
                    s.execute("PRAGMA user_version = " + SCHEMA_VERSION);
                }
            }
            db.commit();
        } catch (SQLException | RuntimeException e) {
            db.rollback();
            throw e;
        }
    }

    /** The schema version of the open archive. */
    public synchronized int schemaVersion() {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    // ------------------------------------------------------------------ reports

    /**
     * Stores a checked report (or, for content already archived, updates its file name, findings and
     * check time; the first check time is kept). One transaction.
     *
     * @param tablesJson the extracted tables as JSON (may be null)
     */
    public synchronized void save(ReportDigest d, String tablesJson, List<Finding> findings, Instant checkedAt) {
        String at = iso(checkedAt);
        ReportDigest stored = d.withSections(List.of());
        int[] counts = new int[3];
        for (Finding f : findings) {
            counts[f.severity().ordinal()]++;
        }
        inTransaction(() -> {
            long id;
            try (PreparedStatement ps = db.prepareStatement("""
                    INSERT INTO reports (file, content_hash, agency, agency_key, year, edition, format, tables_json,
                                         digest_json, errors, warnings, infos, first_checked_at, checked_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (content_hash) DO UPDATE SET
                        file = excluded.file, agency = excluded.agency, agency_key = excluded.agency_key,
                        year = excluded.year, edition = excluded.edition, format = excluded.format,
                        tables_json = excluded.tables_json, digest_json = excluded.digest_json,
                        errors = excluded.errors, warnings = excluded.warnings, infos = excluded.infos,
                        checked_at = excluded.checked_at
                    RETURNING id""")) {
                ps.setString(1, d.file());
                ps.setString(2, d.contentHash());
                ps.setString(3, d.agency());
                ps.setString(4, d.agencyKey());
                setInt(ps, 5, d.year());
                ps.setString(6, d.edition());
                ps.setString(7, d.format());
                ps.setString(8, tablesJson);
                ps.setString(9, json(stored));
                ps.setInt(10, counts[Severity.ERROR.ordinal()]);
                ps.setInt(11, counts[Severity.WARNING.ordinal()]);
                ps.setInt(12, counts[Severity.INFO.ordinal()]);
                ps.setString(13, at);
                ps.setString(14, at);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    id = rs.getLong(1);
                }
            }
            for (String table : List.of("sections", "findings")) {
                try (PreparedStatement del = db.prepareStatement("DELETE FROM " + table + " WHERE report_id = ?")) {
                    del.setLong(1, id);
                    del.executeUpdate();
                }
            }
            try (PreparedStatement ps = db.prepareStatement(
                    "INSERT INTO sections (report_id, ord, kind, numeral, heading, body) VALUES (?, ?, ?, ?, ?, ?)")) {
                int ord = 0;
                for (ReportDigest.SectionText s : d.sections()) {
                    ps.setLong(1, id);
                    ps.setInt(2, ord++);
                    ps.setString(3, s.kind());
                    ps.setString(4, s.numeral());
                    ps.setString(5, s.heading());
                    ps.setString(6, s.body());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = db.prepareStatement("""
                    INSERT INTO findings (report_id, ord, finding_key, rule, severity, title, message, location, line,
                                          expected, actual, related_file, related_agency, related_year)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                int ord = 0;
                for (Finding f : findings) {
                    ps.setLong(1, id);
                    ps.setInt(2, ord++);
                    ps.setString(3, findingKey(f));
                    ps.setString(4, f.rule());
                    ps.setString(5, f.severity().name());
                    ps.setString(6, f.title());
                    ps.setString(7, f.message());
                    ps.setString(8, f.location() == null ? null : f.location().describe());
                    setInt(ps, 9, f.location() == null ? null : f.location().line());
                    ps.setString(10, f.expected());
                    ps.setString(11, f.actual());
                    ps.setString(12, f.related() == null ? null : f.related().file());
                    ps.setString(13, f.related() == null ? null : f.related().agency());
                    setInt(ps, 14, f.related() == null ? null : f.related().year());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        });
    }

    /** Every archived report of the given years, with its digest (for the cross-report checks). */
    public synchronized List<ArchivedReport> reportsOfYears(Collection<Integer> years) {
        List<ArchivedReport> out = new ArrayList<>();
        if (years.isEmpty()) {
            return out;
        }
        StringBuilder in = new StringBuilder();
        for (int i = 0; i < years.size(); i++) {
            in.append(i == 0 ? "?" : ", ?");
        }
        try (PreparedStatement ps = db.prepareStatement("SELECT id, digest_json, checked_at FROM reports WHERE year IN ("
                + in + ") ORDER BY id")) {
            int i = 1;
            for (Integer y : years) {
                ps.setInt(i++, y);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ReportDigest d = JSON.readValue(rs.getString(2), ReportDigest.class);
                    d = d.withSections(sections(rs.getLong(1)));
                    out.add(new ArchivedReport(d, rs.getString(3)));
                }
            }
        } catch (SQLException e) {
            throw failure(e);
        } catch (JsonProcessingException e) {
            throw new ArchiveException("档案库 " + file + " 中的报告摘要已损坏：" + e.getOriginalMessage(), e);
        }
        return out;
    }

    private List<ReportDigest.SectionText> sections(long id) throws SQLException {
        List<ReportDigest.SectionText> out = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement(
                "SELECT kind, numeral, heading, body FROM sections WHERE report_id = ? ORDER BY ord")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new ReportDigest.SectionText(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getString(4), null));
                }
            }
        }
        return out;
    }

    /** The archived reports, optionally of one year and/or one agency key, by agency key, year and check time. */
    public synchronized List<Entry> list(Integer year, String agencyKey) {
        StringBuilder sql = new StringBuilder("SELECT " + ENTRY_COLUMNS + " FROM reports WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (year != null) {
            sql.append(" AND year = ?");
            args.add(year);
        }
        if (agencyKey != null) {
            sql.append(" AND agency_key = ?");
            args.add(agencyKey);
        }
        sql.append(" ORDER BY agency_key, year, checked_at, id");
        return entries(sql.toString(), args);
    }

    /** The reports of one year (every agency), for lists and the web service. */
    public List<Entry> reportsOfYear(int year) {
        return list(year, null);
    }

    /** One agency's reports across years (oldest year first; for the same year, in check order). */
    public List<Entry> history(String agencyKey) {
        return list(null, agencyKey);
    }

    /** The archived report with this id, or null. */
    public synchronized Entry entry(long id) {
        List<Entry> found = entries("SELECT " + ENTRY_COLUMNS + " FROM reports WHERE id = ?", List.of(id));
        return found.isEmpty() ? null : found.get(0);
    }

    /** The reports whose file name or content hash (or a prefix of it, at least 8 characters) is {@code key}. */
    public synchronized List<Entry> find(String key) {
        List<Object> args = new ArrayList<>(List.of(key, key));
        String sql = "SELECT " + ENTRY_COLUMNS + " FROM reports WHERE file = ? OR content_hash = ?";
        if (key.length() >= 8 && key.matches("[0-9a-f]+")) {
            sql += " OR content_hash LIKE ?";
            args.add(key + "%");
        }
        return entries(sql + " ORDER BY id", args);
    }

    /** The findings stored for a report, in their order. */
    public synchronized List<StoredFinding> findings(long reportId) {
        List<StoredFinding> out = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement("""
                SELECT finding_key, rule, severity, title, message, location, line, expected, actual,
                       related_file, related_agency, related_year
                FROM findings WHERE report_id = ? ORDER BY ord""")) {
            ps.setLong(1, reportId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Finding.Related rel = rs.getString(10) == null ? null
                            : new Finding.Related(rs.getString(10), rs.getString(11), intOrNull(rs, 12));
                    out.add(new StoredFinding(rs.getString(1), rs.getString(2), Severity.valueOf(rs.getString(3)),
                            rs.getString(4), rs.getString(5), rs.getString(6), intOrNull(rs, 7), rs.getString(8),
                            rs.getString(9), rel));
                }
            }
        } catch (SQLException e) {
            throw failure(e);
        }
        return out;
    }

    /** The extracted tables JSON stored for a report, or null. */
    public synchronized String tablesJson(long reportId) {
        try (PreparedStatement ps = db.prepareStatement("SELECT tables_json FROM reports WHERE id = ?")) {
            ps.setLong(1, reportId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** The narrative sections stored for a report. */
    public synchronized List<ReportDigest.SectionText> sectionsOf(long reportId) {
        try {
            return sections(reportId);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** Removes reports (with their sections and findings; reviews are kept); returns how many. */
    public synchronized int forget(List<Long> ids) {
        int[] n = new int[1];
        inTransaction(() -> {
            try (PreparedStatement ps = db.prepareStatement("DELETE FROM reports WHERE id = ?")) {
                for (long id : ids) {
                    ps.setLong(1, id);
                    n[0] += ps.executeUpdate();
                }
            }
        });
        return n[0];
    }

    // ------------------------------------------------------------------ reviews

    /**
     * Records (or replaces) a reviewer's decision on a finding of a report.
     *
     * @param decision {@code confirmed} or {@code dismissed}
     */
    public synchronized void saveReview(String contentHash, String findingKey, String decision, String note) {
        if (!"confirmed".equals(decision) && !"dismissed".equals(decision)) {
            throw new IllegalArgumentException("decision must be confirmed or dismissed: " + decision);
        }
        if (contentHash == null || findingKey == null) {
            throw new IllegalArgumentException("contentHash and findingKey are required");
        }
        String at = iso(Instant.now());
        inTransaction(() -> {
            try (PreparedStatement ps = db.prepareStatement("""
                    INSERT INTO reviews (content_hash, finding_key, decision, note, decided_at) VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT (content_hash, finding_key) DO UPDATE SET
                        decision = excluded.decision, note = excluded.note, decided_at = excluded.decided_at""")) {
                ps.setString(1, contentHash);
                ps.setString(2, findingKey);
                ps.setString(3, decision);
                ps.setString(4, note);
                ps.setString(5, at);
                ps.executeUpdate();
            }
        });
    }

    /** The decisions recorded for a report, keyed by finding key. */
    public synchronized Map<String, Review> reviews(String contentHash) {
        Map<String, Review> out = new LinkedHashMap<>();
        try (PreparedStatement ps = db.prepareStatement(
                "SELECT finding_key, decision, note, decided_at FROM reviews WHERE content_hash = ? ORDER BY finding_key")) {
            ps.setString(1, contentHash);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), new Review(rs.getString(1), rs.getString(2), rs.getString(3),
                            Instant.parse(rs.getString(4))));
                }
            }
        } catch (SQLException e) {
            throw failure(e);
        }
        return out;
    }

    /**
     * A finding's stable key within its report: rule, location (line, table, row, column) and a short
     * hash of the message, e.g. {@code FMT-T3-001@45:applications.new_received.total#1a2b3c4d}.
     */
    public static String findingKey(Finding f) {
        StringBuilder sb = new StringBuilder(f.rule()).append('@');
        if (f.location() != null) {
            sb.append(f.location().line() == null ? "" : f.location().line()).append(':')
                    .append(f.location().table() == null ? "" : f.location().table()).append('.')
                    .append(f.location().row() == null ? "" : f.location().row()).append('.')
                    .append(f.location().column() == null ? "" : f.location().column());
        }
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(
                    (f.message() == null ? "" : f.message()).getBytes(StandardCharsets.UTF_8));
            sb.append('#').append(HexFormat.of().formatHex(h, 0, 4));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return sb.toString();
    }

    public Path file() {
        return file;
    }

    @Override
    public synchronized void close() {
        try {
            db.close();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    // ------------------------------------------------------------------ helpers

    private static final String ENTRY_COLUMNS = "id, file, content_hash, agency, agency_key, year, edition, errors, "
            + "warnings, infos, first_checked_at, checked_at";

    private List<Entry> entries(String sql, List<Object> args) {
        List<Entry> out = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            for (int i = 0; i < args.size(); i++) {
                ps.setObject(i + 1, args.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Entry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), intOrNull(rs, 6), rs.getString(7), rs.getInt(8), rs.getInt(9),
                            rs.getInt(10), Instant.parse(rs.getString(11)), Instant.parse(rs.getString(12))));
                }
            }
        } catch (SQLException e) {
            throw failure(e);
        }
        return out;
    }

    private interface Work {
        void run() throws SQLException;
    }

    private void inTransaction(Work w) {
        try {
            try {
                w.run();
                db.commit();
            } catch (SQLException | RuntimeException e) {
                db.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private ArchiveException failure(SQLException e) {
        return new ArchiveException("档案库 " + file + " 读写失败：" + reason(e), e);
    }

    private static String reason(SQLException e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (m.contains("SQLITE_NOTADB") || m.contains("file is not a database")) {
            return "文件不是 SQLite 数据库（" + m + "）";
        }
        if (m.contains("SQLITE_BUSY")) {
            return "数据库正被其他程序长时间占用（" + m + "）";
        }
        return m;
    }

    private static String iso(Instant t) {
        return t.truncatedTo(ChronoUnit.MILLIS).toString();
    }

    private static String json(Object o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void setInt(PreparedStatement ps, int i, Integer v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.INTEGER);
        } else {
            ps.setInt(i, v);
        }
    }

    private static Integer intOrNull(ResultSet rs, int i) throws SQLException {
        int v = rs.getInt(i);
        return rs.wasNull() ? null : v;
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // already failing
            }
        }
    }
}
