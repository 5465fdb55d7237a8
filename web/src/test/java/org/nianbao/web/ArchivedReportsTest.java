package org.nianbao.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.engine.archive.Archive;
import org.nianbao.engine.model.CellStatus;
import org.nianbao.engine.model.Location;
import org.nianbao.engine.model.Report;
import org.nianbao.engine.rules.Finding;
import org.nianbao.engine.rules.Severity;

/** Rebuilding an archived report: places from finding keys, cells and readings from the tables JSON. */
class ArchivedReportsTest {
    private static Archive.StoredFinding stored(Finding f) {
        return new Archive.StoredFinding(Archive.findingKey(f), f.rule(), f.severity(), f.title(), f.message(),
                f.location() == null ? null : f.location().describe(), f.location() == null ? null : f.location().line(),
                f.expected(), f.actual(), null);
    }

    @Test
    void aFindingsPlaceComesBackFromItsArchivedKey() {
        Location cell = new Location("a.txt", 45, null, null, "applications", "new_received", "total", "一、本年新收", "总计");
        Location back = ArchivedReports.location(stored(new Finding("FMT-T3-003", Severity.ERROR, "t", "m", List.of("r"),
                cell, null, null)), "a.txt");
        assertThat(back.line()).isEqualTo(45);
        assertThat(List.of(back.table(), back.row(), back.column())).containsExactly("applications", "new_received", "total");

        Location line = ArchivedReports.location(stored(new Finding("FMT-X", Severity.WARNING, "t", "m", List.of("r"),
                Location.ofLine("a.txt", 12), null, null)), "a.txt");
        assertThat(line.line()).isEqualTo(12);
        assertThat(line.table()).isNull();

        // a section alone: kept, so the page shows the finding under that section
        Location section = ArchivedReports.location(stored(new Finding("FMT-Y", Severity.INFO, "t", "m", List.of("r"),
                new Location("a.txt", null, null, "二", null, null, null, null, null), null, null)), "a.txt");
        assertThat(section.section()).isEqualTo("二");

        assertThat(ArchivedReports.location(stored(new Finding("FMT-Z", Severity.INFO, "t", "m", List.of("r"), null,
                null, null)), "a.txt")).isNull();
    }

    @Test
    void tablesComeBackAsReadAndAnUnreadableJsonIsNotGuessedAt() {
        Report r = new Report();
        r.setFile("a.txt");
        String json = "{\"review_litigation\":{\"read\":{\"table\":\"review_litigation\",\"present\":true,\"complete\":false,"
                + "\"problems\":[\"第 3 列未读出\"]},\"rows\":{\"review\":{\"upheld\":1,\"corrected\":null,"
                + "\"other\":\"一\",\"total\":2.5}}}}";
        assertThat(ArchivedReports.tables(r, json)).isTrue();
        assertThat(r.cell("review_litigation", "review", "upheld").getValue()).isEqualTo(1.0);
        assertThat(r.cell("review_litigation", "review", "total").getValue()).isEqualTo(2.5);
        assertThat(r.cell("review_litigation", "review", "corrected").getStatus()).isEqualTo(CellStatus.BLANK);
        assertThat(r.cell("review_litigation", "review", "other").getRaw()).isEqualTo("一");
        assertThat(r.cell("review_litigation", "review", "pending").getStatus()).isEqualTo(CellStatus.NOT_READ);
        assertThat(r.cell("review_litigation", "litigation_direct", "upheld")).isNull();
        assertThat(r.tableInfo("review_litigation").present()).isTrue();
        assertThat(r.tableInfo("review_litigation").problems()).containsExactly("第 3 列未读出");

        Report broken = new Report();
        assertThat(ArchivedReports.tables(broken, "{\"applications\":")).isFalse();
        assertThat(ArchivedReports.tables(broken, null)).isFalse();
        assertThat(broken.getCells()).isEmpty();
    }
}
