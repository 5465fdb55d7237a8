package org.nianbao.engine.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One annual report as facts. The top-level fact rules match on; sections, cells, tables, dates and
 * mentions are inserted as separate facts as well (see {@link #facts()}).
 *
 * <p>{@code agencyKind}: {@code government} (县级以上人民政府), {@code township} (乡镇人民政府、街道办事处),
 * {@code department} (政府部门 and 办公厅 reporting for themselves) or {@code unknown}.
 * {@code edition}: {@code n2021}, {@code n2019}, {@code pre2019} or {@code unknown}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"file", "format", "title", "agency", "agencyKind", "year", "yearSource", "edition",
        "editionEvidence", "period", "dates", "sections", "tables", "mentions", "notes"})
public final class Report {
    private String file;
    private String format;
    private String title;
    private String agency;
    private String agencyKind = "unknown";
    private Integer year;
    private String yearSource;
    private String edition = "unknown";
    private List<String> editionEvidence = new ArrayList<>();
    private String periodText;
    private LocalDate periodStart;
    private LocalDate periodEnd;
    private Location periodLocation;
    private final List<ReportDate> dates = new ArrayList<>();
    private final List<Section> sections = new ArrayList<>();
    private final List<Cell> cells = new ArrayList<>();
    private final List<TableInfo> tables = new ArrayList<>();
    private final List<Mention> mentions = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final List<Part> parts = new ArrayList<>();
    private final List<LabelTypo> labelTypos = new ArrayList<>();
    private String editionDecision;
    private String hybridDescription;
    private boolean regulationMaking;
    private String fullText = "";
    private String signatureAgency;
    private Location signatureLocation;
    /** Cache of {@link #getCompactText()}: rules read it many times per report. */
    private String compactText;
    private boolean truncated;
    private Integer truncatedLine;
    private String truncatedTable;

    public String getFile() { return file; }
    public void setFile(String file) { this.file = file; }
    public String getFormat() { return format; }
    public void setFormat(String format) { this.format = format; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getAgency() { return agency; }
    public void setAgency(String agency) { this.agency = agency; }
    public String getAgencyKind() { return agencyKind; }
    public void setAgencyKind(String agencyKind) { this.agencyKind = agencyKind; }
    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
    public String getYearSource() { return yearSource; }
    public void setYearSource(String yearSource) { this.yearSource = yearSource; }
    public String getEdition() { return edition; }
    public void setEdition(String edition) { this.edition = edition; }
    public List<String> getEditionEvidence() { return editionEvidence; }
    public void setEditionEvidence(List<String> e) { this.editionEvidence = new ArrayList<>(e); }
    @JsonIgnore public String getPeriodText() { return periodText; }
    public void setPeriodText(String periodText) { this.periodText = periodText; }
    @JsonIgnore public LocalDate getPeriodStart() { return periodStart; }
    public void setPeriodStart(LocalDate d) { this.periodStart = d; }
    @JsonIgnore public LocalDate getPeriodEnd() { return periodEnd; }
    public void setPeriodEnd(LocalDate d) { this.periodEnd = d; }
    @JsonIgnore public Location getPeriodLocation() { return periodLocation; }
    public void setPeriodLocation(Location l) { this.periodLocation = l; }
    public List<ReportDate> getDates() { return dates; }
    public List<Section> getSections() { return sections; }
    @JsonIgnore public List<Cell> getCells() { return cells; }
    @JsonIgnore public List<TableInfo> getTableInfos() { return tables; }
    public List<Mention> getMentions() { return mentions; }
    public List<String> getNotes() { return notes; }
    /** The six parts of 第五十条 and whether each was found (facts for the structure rules). */
    public List<Part> getParts() { return parts; }
    /** The part headings as printed, "一、总体情况；二、…", or "（无）" — for messages. */
    @JsonIgnore public String getSectionHeadings() {
        List<String> h = new ArrayList<>();
        for (Section s : sections) {
            h.add(s.numeral() + "、" + s.heading());
        }
        return h.isEmpty() ? "（无）" : String.join("；", h);
    }
    /** Fixed labels printed with a typo. */
    public List<LabelTypo> getLabelTypos() { return labelTypos; }
    /** How the edition was decided, in words (tables' evidence, or the fallback used). */
    public String getEditionDecision() { return editionDecision; }
    public void setEditionDecision(String d) { this.editionDecision = d; }
    /** True when the tables follow different editions (e.g. 2021 表三 with 2019 表二 columns). */
    public boolean isHybrid() { return hybridDescription != null; }
    /** Which table follows which edition, for a hybrid; null otherwise. */
    public String getHybridDescription() { return hybridDescription; }
    public void setHybridDescription(String d) { this.hybridDescription = d; }
    /**
     * True when the agency may make 规章 (a provincial government or that of a city with districts):
     * only then does a deleted 规章 row of 表二 lose information.
     */
    public boolean isRegulationMaking() { return regulationMaking; }
    public void setRegulationMaking(boolean b) { this.regulationMaking = b; }
    /** The report's whole text (paragraphs and table rows), for phrase searches. */
    @JsonIgnore public String getFullText() { return fullText; }
    public void setFullText(String t) {
        this.fullText = t == null ? "" : t;
        this.compactText = null;
    }

    /**
     * True when the document's text stops in the middle of a table (a truncated copy or excerpt): the
     * sections and rows after {@link #getTruncatedLine()} are missing from the input, not from the report.
     */
    public boolean isTruncated() { return truncated; }
    /** Last line of the input when {@link #isTruncated()}; else null. */
    public Integer getTruncatedLine() { return truncatedLine; }
    /** Canonical key of the table the text ends inside (e.g. {@code applications}); else null. */
    public String getTruncatedTable() { return truncatedTable; }

    /** Records that the text ends inside {@code table} after {@code line}. */
    public void markTruncated(int line, String table) {
        this.truncated = true;
        this.truncatedLine = line;
        this.truncatedTable = table;
    }

    /** The agency named above the last closing date (the report's or its cover letter's signature), or null. */
    public String getSignatureAgency() { return signatureAgency; }
    @JsonIgnore public Location getSignatureLocation() { return signatureLocation; }
    /** Records the signature; the last one found wins (the report's closing signature). */
    public void setSignature(String agency, Location where) {
        this.signatureAgency = agency;
        this.signatureLocation = where;
    }

    /** The full text with white space removed. */
    @JsonIgnore public String getCompactText() {
        String c = compactText;
        if (c == null) {
            c = Numbers.withoutWhitespace(fullText);
            compactText = c;
        }
        return c;
    }

    /** True when the statistics period was found. */
    @JsonIgnore public boolean isPeriodStated() { return periodStart != null && periodEnd != null; }

    /** The statistics period for JSON output, or null when not stated. */
    public Period getPeriod() {
        return periodText == null ? null : new Period(periodText, periodStart, periodEnd, periodLocation);
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Period(String text, LocalDate start, LocalDate end, Location location) {
    }

    /** The location that stands for the whole report (its file). */
    @JsonIgnore public Location getLocation() { return Location.ofLine(file, 0); }

    /** Every fact to insert into the rule session: this report, then sections, tables, cells, dates, mentions. */
    public List<Object> facts() {
        List<Object> facts = new ArrayList<>();
        facts.add(this);
        facts.addAll(sections);
        facts.addAll(parts);
        facts.addAll(labelTypos);
        facts.addAll(tables);
        facts.addAll(cells);
        facts.addAll(dates);
        facts.addAll(mentions);
        return facts;
    }

    public Cell cell(String table, String row, String column) {
        for (Cell c : cells) {
            if (c.getTable().equals(table) && c.getRow().equals(row) && c.getColumn().equals(column)) {
                return c;
            }
        }
        return null;
    }

    public TableInfo tableInfo(String table) {
        for (TableInfo t : tables) {
            if (t.table().equals(table)) {
                return t;
            }
        }
        return null;
    }

    public Section section(String kind) {
        for (Section s : sections) {
            if (kind.equals(s.kind())) {
                return s;
            }
        }
        return null;
    }
}
