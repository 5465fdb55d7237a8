package org.nianbao.engine.interpret;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.nianbao.engine.extract.Readers;
import org.nianbao.engine.model.Cell;
import org.nianbao.engine.model.CellStatus;
import org.nianbao.engine.model.Report;
import org.nianbao.engine.model.ReportDate;
import org.nianbao.engine.model.Section;
import org.nianbao.engine.model.TableInfo;

/**
 * Checks extraction against the hand-checked truth of the development corpus
 * (../shared/corpus/dev/truth.json relative to the repository root): 表三 headline totals (or, where the
 * truth has none, that the cells are NOT_READ and the table incomplete), sections found, statistics
 * period, year and report date.
 */
class DevCorpusTruthTest {
    private static Path devDir() {
        for (String p : new String[] {"../shared/corpus/dev", "../../shared/corpus/dev"}) {
            Path d = Path.of(p);
            if (Files.isRegularFile(d.resolve("truth.json"))) {
                return d;
            }
        }
        return null;
    }

    private static final Map<String, String> TOTALS = Map.of(
            "new", "new_received", "carried_over", "carried_over",
            "results_total", "results_total", "carried_forward", "carried_forward");

    @TestFactory
    List<DynamicTest> truth() throws Exception {
        Path dir = devDir();
        Assumptions.assumeTrue(dir != null, "dev corpus not found at ../shared/corpus/dev; skipping truth checks");
        JsonNode truth = new ObjectMapper().readTree(dir.resolve("truth.json").toFile());
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode entry : truth) {
            String file = entry.get("file").asText();
            tests.add(DynamicTest.dynamicTest(file, () -> check(dir.resolve(file), entry)));
        }
        return tests;
    }

    private static void check(Path file, JsonNode t) throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(file), "missing corpus file " + file);
        Report r = new ReportBuilder().build(Readers.standard().read(file));
        String ext = file.getFileName().toString().replaceAll(".*\\.", "");
        Assumptions.assumeTrue(ext.equals(r.getFormat()),
                "no " + ext + " reader on this branch (read as " + r.getFormat() + "); skipping " + file.getFileName());
        String name = file.getFileName().toString();

        assertEquals(t.get("year").asInt(), r.getYear(), name + ": year");

        TableInfo info = r.tableInfo("applications");
        assertNotNull(info, name + ": applications table info");
        boolean anyNull = false;
        for (Map.Entry<String, String> e : TOTALS.entrySet()) {
            JsonNode v = t.get(e.getKey());
            Cell c = r.cell("applications", e.getValue(), "total");
            assertNotNull(c, name + ": cell " + e.getValue() + ".total");
            if (v == null || v.isNull()) {
                anyNull = true;
                assertEquals(CellStatus.NOT_READ, c.getStatus(), name + ": " + e.getValue() + " must be NOT_READ");
            } else {
                assertEquals(CellStatus.NUMBER, c.getStatus(),
                        name + ": " + e.getValue() + ".total not read; " + info.getProblemSummary());
                assertEquals(v.asDouble(), c.getValue(), name + ": " + e.getValue() + ".total");
            }
        }
        if (anyNull) {
            assertFalse(info.complete(), name + ": table with missing totals must be reported incomplete");
        }
        if (t.has("complete") && !t.get("complete").asBoolean()) {
            assertTrue(r.isTruncated(), name + ": truncated input must be flagged");
        }

        List<String> expected = new ArrayList<>();
        t.get("sections_found").forEach(s -> expected.add(Text.compact(s.asText())));
        List<String> found = new ArrayList<>();
        for (Section s : r.getSections()) {
            found.add(Text.compact(s.numeral() + "、" + s.heading()));
        }
        assertEquals(expected, found, name + ": sections");

        String period = Text.halfWidth(Text.compact(t.get("stats_period_text").asText()));
        assertNotNull(r.getPeriodText(), name + ": statistics period not found");
        assertTrue(period.contains(Text.halfWidth(Text.compact(r.getPeriodText()))),
                name + ": period text " + r.getPeriodText() + " not in " + period);
        int year = t.get("year").asInt();
        assertEquals(LocalDate.of(year, 1, 1), r.getPeriodStart(), name + ": period start");
        assertEquals(LocalDate.of(year, 12, 31), r.getPeriodEnd(), name + ": period end");

        JsonNode date = t.get("report_date");
        if (date != null && !date.isNull()) {
            LocalDate d = LocalDate.parse(date.asText().substring(0, 10));
            ReportDate primary = r.getDates().stream().filter(ReportDate::primary).findFirst().orElse(null);
            assertNotNull(primary, name + ": no report date");
            assertEquals(d, primary.date(), name + ": report date");
        }
    }
}
