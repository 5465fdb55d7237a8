package org.nianbao.engine.crossreport;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.nianbao.engine.model.Cell;
import org.nianbao.engine.model.CellStatus;
import org.nianbao.engine.model.Location;
import org.nianbao.engine.model.Report;
import org.nianbao.engine.model.Section;
import org.nianbao.engine.model.TableInfo;
import org.nianbao.engine.model.TableKeys;

/**
 * What cross-report checks need of one report, kept for every report of a run (and stored in the
 * archive) instead of the whole report: identity (agency key, year, edition), the cells the
 * year-over-year rules compare (表二, and 表三 上年结转 / 结转下年度), how each table was read, and
 * the narrative sections' text for 内容雷同.
 *
 * @param contentHash SHA-256 (hex) of the report's text as read (see {@link #contentHash(Report)})
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReportDigest(String file, String format, String agency, String agencyKey, Integer year, String edition,
                           String contentHash, List<CellData> cells, List<TableData> tables,
                           List<SectionText> sections) {

    /** Sections compared for 内容雷同: the narrative ones (the table sections are the national template). */
    public static final List<String> NARRATIVE = List.of("preamble", "overview", "problems", "other", "extra");

    public ReportDigest {
        cells = cells == null ? List.of() : List.copyOf(cells);
        tables = tables == null ? List.of() : List.copyOf(tables);
        sections = sections == null ? List.of() : List.copyOf(sections);
    }

    /** This digest with other narrative sections (the archive stores them apart from the rest). */
    public ReportDigest withSections(List<SectionText> other) {
        return new ReportDigest(file, format, agency, agencyKey, year, edition, contentHash, cells, tables, other);
    }

    /** One table cell as read (canonical keys, status, value, raw text, line and labels). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CellData(String table, String row, String column, CellStatus status, Double value, String raw,
                           Integer line, String rowLabel, String columnLabel) {
    }

    /** How a table was read. */
    public record TableData(String table, boolean present, boolean complete) {
    }

    /**
     * A section's text: {@code kind} is the national-format section ({@code overview}, {@code problems},
     * {@code other} …), {@code preamble} for the text before the first section, {@code extra} for a section
     * the format does not name.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SectionText(String kind, String numeral, String heading, String body, Integer line) {
        /** The section's name for messages: its numeral and heading, or 前言. */
        @JsonIgnore
        public String label() {
            if ("preamble".equals(kind)) {
                return "前言";
            }
            return numeral == null ? (heading == null ? kind : heading) : numeral;
        }
    }

    /** The digest of a report; {@code names} gives the agency key. */
    public static ReportDigest of(Report r, AgencyNames names) {
        List<CellData> cells = new ArrayList<>();
        for (Cell c : r.getCells()) {
            if (needed(c)) {
                Location l = c.getLocation();
                cells.add(new CellData(c.getTable(), c.getRow(), c.getColumn(), c.getStatus(), c.getValue(), c.getRaw(),
                        l == null ? null : l.line(), c.getRowLabel(), c.getColumnLabel()));
            }
        }
        List<TableData> tables = new ArrayList<>();
        for (TableInfo t : r.getTableInfos()) {
            tables.add(new TableData(t.table(), t.present(), t.complete()));
        }
        List<SectionText> sections = new ArrayList<>();
        String preamble = preamble(r);
        if (!preamble.isBlank()) {
            sections.add(new SectionText("preamble", null, null, preamble, null));
        }
        for (Section s : r.getSections()) {
            String kind = s.kind() == null ? "extra" : s.kind();
            if (NARRATIVE.contains(kind) && s.body() != null && !s.body().isBlank()) {
                sections.add(new SectionText(kind, s.numeral(), s.heading(), s.body(),
                        s.location() == null ? null : s.location().line()));
            }
        }
        return new ReportDigest(r.getFile(), r.getFormat(), r.getAgency(), names.key(r.getAgency()), r.getYear(),
                r.getEdition(), contentHash(r), cells, tables, sections);
    }

    /** 表二 in full, and 表三's 上年结转 and 结转下年度 rows. */
    private static boolean needed(Cell c) {
        return TableKeys.PROACTIVE.equals(c.getTable())
                || TableKeys.APPLICATIONS.equals(c.getTable())
                && ("carried_over".equals(c.getRow()) || "carried_forward".equals(c.getRow()));
    }

    /** The text before the first section heading (after the title), where the report introduces itself. */
    static String preamble(Report r) {
        String text = r.getFullText();
        if (r.getSections().isEmpty()) {
            return "";
        }
        Section first = r.getSections().get(0);
        String heading = first.heading() == null ? "" : first.heading().strip();
        int end = heading.isEmpty() ? -1 : text.indexOf(heading);
        if (end < 0) {
            return "";
        }
        return text.substring(0, end).strip();
    }

    /** SHA-256 (hex) of the report's text as read: the same report in the same form has the same hash. */
    public static String contentHash(Report r) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(r.getFullText().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The related-report reference cross-report findings carry. */
    @JsonIgnore
    public org.nianbao.engine.rules.Finding.Related related() {
        return new org.nianbao.engine.rules.Finding.Related(file, agency, year);
    }

    public CellData cell(String table, String row, String column) {
        for (CellData c : cells) {
            if (c.table().equals(table) && c.row().equals(row) && c.column().equals(column)) {
                return c;
            }
        }
        return null;
    }

    public TableData table(String key) {
        for (TableData t : tables) {
            if (t.table().equals(key)) {
                return t;
            }
        }
        return null;
    }

    /** The narrative text (every kept section), for whole-report similarity. */
    @JsonIgnore
    public String narrative() {
        StringBuilder sb = new StringBuilder();
        for (SectionText s : sections) {
            sb.append(s.body()).append('\n');
        }
        return sb.toString();
    }

    /**
     * A section's text as compared for 内容雷同: the agency's own name left out (it repeats in every
     * report of the agency and says nothing about copying).
     */
    public String comparable(String text) {
        if (text == null) {
            return "";
        }
        return agency == null || agency.length() < 2 ? text : text.replace(agency, "\u3000");
    }
}
