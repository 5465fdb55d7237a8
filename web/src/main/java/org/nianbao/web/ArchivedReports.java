package org.nianbao.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.engine.archive.Archive;
import org.nianbao.engine.crossreport.ReportDigest;
import org.nianbao.engine.model.Cell;
import org.nianbao.engine.model.CellStatus;
import org.nianbao.engine.model.Location;
import org.nianbao.engine.model.Report;
import org.nianbao.engine.model.Section;
import org.nianbao.engine.model.TableInfo;
import org.nianbao.engine.model.TableKeys;
import org.nianbao.engine.render.JsonRenderer;
import org.nianbao.engine.rules.Finding;
import org.nianbao.engine.rules.RuleInfo;
import org.nianbao.engine.rules.arith.TableArithmetic;
import org.nianbao.engine.rules.arith.TableIdentity;

/**
 * An archived report rebuilt for its page from what the archive keeps: the metadata of its row, the
 * table cells of {@code tables_json} (as {@code nianbao extract} reads them: a number, null for a blank
 * cell, the text of a non-number; a cell not read is absent), how each table was read, the narrative
 * sections, and the findings with their keys and places as archived.
 *
 * <p>What the archive does not keep is not invented: the suspected wrong cells of a table-arithmetic
 * finding are worked out again by the engine's {@link TableArithmetic} from the archived cells (without
 * the report's narrative figures, so a tie the text once resolved names no cell here), and only for a
 * finding whose identity still fails on those cells; a cell of a read row that the JSON lacks is taken
 * as not read, so no identity over it is solved. The article a finding rests on comes from the rule
 * set's catalog (it is the rule's, not the finding's).
 */
final class ArchivedReports {
    /** The identity kind behind each table-arithmetic rule (the rules' DRL matches on these kinds). */
    private static final Map<String, String> IDENTITY_OF_RULE = Map.of(
            "FMT-T3-001", TableIdentity.COLUMN_BALANCE,
            "FMT-T3-002", TableIdentity.RESULTS_TOTAL,
            "FMT-T3-003", TableIdentity.ROW_TOTAL,
            "FMT-T4-001", TableIdentity.GROUP_TOTAL);
    private static final Pattern SECTION = Pattern.compile("^第([一二三四五六七八九十]+)部分");

    private ArchivedReports() {
    }

    /** The rebuilt report, its findings, how the page names them, and whether the archive kept its tables. */
    record Rebuilt(Report report, List<Finding> findings, ReportPage.Naming naming, boolean tablesKept) {
    }

    static Rebuilt rebuild(Archive archive, Archive.Entry e, List<RuleInfo> rules, String reviewAction) {
        Report r = new Report();
        r.setFile(e.file());
        r.setAgency(e.agency());
        r.setYear(e.year());
        r.setEdition(e.edition() == null ? "unknown" : e.edition());
        boolean tablesKept = tables(r, archive.tablesJson(e.id()));
        int order = 0;
        for (ReportDigest.SectionText s : archive.sectionsOf(e.id())) {
            order++;
            Location l = Location.ofLine(e.file(), 0).withSection(s.numeral());
            r.getSections().add(new Section(order, s.numeral(), order, s.heading(), s.kind(), "archived", s.body(), l));
        }

        Map<String, List<String>> references = new HashMap<>();
        for (RuleInfo info : rules) {
            references.put(info.id(), info.references());
        }
        Map<String, List<Finding.Suspect>> suspects = suspects(r);
        List<Finding> findings = new ArrayList<>();
        Map<Finding, Archive.StoredFinding> stored = new IdentityHashMap<>();
        for (Archive.StoredFinding s : archive.findings(e.id())) {
            Location l = location(s, e.file());
            List<Finding.Suspect> named = List.of();
            String kind = IDENTITY_OF_RULE.get(s.rule());
            if (kind != null && l != null && l.table() != null) {
                named = suspects.getOrDefault(kind + "@" + l.table() + "." + l.row() + "." + l.column(), List.of());
            }
            Finding f = new Finding(s.rule(), s.severity(), s.title(), s.message(),
                    references.getOrDefault(s.rule(), List.of()), l, s.expected(), s.actual(), s.related(), named);
            findings.add(f);
            stored.put(f, s);
        }
        ReportPage.Naming naming = new ReportPage.Naming(f -> stored.get(f).findingKey(),
                f -> stored.get(f).location() == null ? "全文" : stored.get(f).location(), reviewAction);
        return new Rebuilt(r, findings, naming, tablesKept);
    }

    /**
     * The finding's place from its archived key ({@code rule@line:table.row.column#hash}, see
     * {@link Archive#findingKey}) and line; a finding placed only in a section (“第二部分”) keeps its section,
     * so the page shows it under that section's text.
     */
    static Location location(Archive.StoredFinding s, String file) {
        String k = s.findingKey();
        int at = k.indexOf('@');
        int hash = k.lastIndexOf('#');
        String place = at >= 0 && hash > at ? k.substring(at + 1, hash) : "";
        if (place.isEmpty() && s.line() == null) {
            return null;
        }
        int colon = place.indexOf(':');
        String[] cell = (colon < 0 ? "" : place.substring(colon + 1)).split("\\.", -1);
        String table = cell.length == 3 && !cell[0].isEmpty() ? cell[0] : null;
        String row = table != null && !cell[1].isEmpty() ? cell[1] : null;
        String column = table != null && !cell[2].isEmpty() ? cell[2] : null;
        String section = null;
        if (table == null && s.location() != null) {
            Matcher m = SECTION.matcher(s.location());
            section = m.find() ? m.group(1) : null;
        }
        // the archive keeps no section start lines: a finding of a known section is placed by the section
        Integer line = section != null ? null : s.line();
        return new Location(file, line, null, section, table, row, column, null, null);
    }

    /** The suspected cells of each failing identity of the rebuilt tables, by identity kind and place. */
    private static Map<String, List<Finding.Suspect>> suspects(Report r) {
        Map<String, List<Finding.Suspect>> m = new HashMap<>();
        for (TableIdentity i : TableArithmetic.facts(r)) {
            Location l = i.getLocation();
            if (l != null && i.isComplete() && !i.isHolds() && !i.getSuspects().isEmpty()) {
                m.put(i.getKind() + "@" + l.table() + "." + l.row() + "." + l.column(), i.getSuspects());
            }
        }
        return m;
    }

    /** Adds the archived tables' cells and reading to the report; false when the archive kept none (or they cannot be read). */
    static boolean tables(Report r, String json) {
        if (json == null || json.isBlank()) {
            return false;
        }
        JsonNode root;
        try {
            root = JsonRenderer.MAPPER.readTree(json);
        } catch (JsonProcessingException ex) {
            return false;
        }
        if (root == null || !root.isObject()) {
            return false;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> t = it.next();
            String table = t.getKey();
            JsonNode read = t.getValue().get("read");
            if (read != null && read.isObject()) {
                r.getTableInfos().add(TableInfo.of(table)
                        .present(read.path("present").asBoolean())
                        .complete(read.path("complete").asBoolean())
                        .method(text(read, "method"))
                        .confidence(text(read, "confidence"))
                        .unreadRows(strings(read, "unreadRows"))
                        .problems(strings(read, "problems"))
                        .truncated(read.path("truncated").asBoolean())
                        .absentRows(strings(read, "absentRows"))
                        .inconsistentRuns(strings(read, "inconsistentRuns"))
                        .edition(text(read, "edition"))
                        .location(Location.ofTable(r.getFile(), table))
                        .build());
            }
            JsonNode rows = t.getValue().get("rows");
            if (rows == null || !rows.isObject()) {
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> rs = rows.fields(); rs.hasNext(); ) {
                Map.Entry<String, JsonNode> row = rs.next();
                if (!row.getValue().isObject()) {
                    continue;
                }
                for (Iterator<Map.Entry<String, JsonNode>> cs = row.getValue().fields(); cs.hasNext(); ) {
                    Map.Entry<String, JsonNode> c = cs.next();
                    Cell cell = cell(r.getFile(), table, row.getKey(), c.getKey(), c.getValue());
                    if (cell != null) {
                        r.getCells().add(cell);
                    }
                }
                // a read row's cell that is not in the JSON was not read (the JSON leaves such cells out)
                for (String col : columns(table)) {
                    if (!row.getValue().has(col)) {
                        r.getCells().add(Cell.notRead(table, row.getKey(), col, at(r.getFile(), table, row.getKey(), col)));
                    }
                }
            }
        }
        return true;
    }

    /** The columns every row of a table has in the national layout (表二's depend on the row: none assumed). */
    private static List<String> columns(String table) {
        return switch (table) {
            case TableKeys.APPLICATIONS -> new ArrayList<>(TableKeys.APPLICATION_COLUMNS.keySet());
            case TableKeys.REVIEW_LITIGATION -> new ArrayList<>(TableKeys.REVIEW_OUTCOMES.keySet());
            default -> List.of();
        };
    }

    private static Cell cell(String file, String table, String row, String col, JsonNode v) {
        Location l = at(file, table, row, col);
        if (v.isNumber()) {
            return new Cell(table, row, col, CellStatus.NUMBER, v.asDouble(), null, null, l);
        }
        if (v.isNull()) {
            return new Cell(table, row, col, CellStatus.BLANK, null, null, null, l);
        }
        if (v.isTextual()) {
            return new Cell(table, row, col, CellStatus.INVALID, null, v.asText(), null, l);
        }
        return null;
    }

    private static Location at(String file, String table, String row, String col) {
        return new Location(file, null, null, null, table, row, col, null, null);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static List<String> strings(JsonNode n, String field) {
        List<String> out = new ArrayList<>();
        JsonNode v = n.get(field);
        if (v != null && v.isArray()) {
            v.forEach(x -> out.add(x.asText()));
        }
        return out;
    }
}
