package org.nianbao.engine.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One cell of a national-format table, keyed by canonical keys (spec §10): table
 * ({@code proactive}, {@code applications}, {@code review_litigation}), row and column.
 * {@code value} is null unless {@code status == NUMBER}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class Cell {
    private final String table;
    private final String row;
    private final String column;
    private final CellStatus status;
    private final Double value;
    private final String raw;
    private final String unit;
    private final Location location;

    public Cell(String table, String row, String column, CellStatus status, Double value, String raw, String unit,
                Location location) {
        this.table = table;
        this.row = row;
        this.column = column;
        this.status = status;
        this.value = status == CellStatus.NUMBER ? value : null;
        this.raw = raw;
        this.unit = unit;
        this.location = location;
    }

    /** A cell that could not be read: no value, nothing printed taken for it. */
    public static Cell notRead(String table, String row, String column, Location location) {
        return new Cell(table, row, column, CellStatus.NOT_READ, null, null, null, location);
    }

    public String getTable() { return table; }
    public String getRow() { return row; }
    public String getColumn() { return column; }
    public CellStatus getStatus() { return status; }
    public Double getValue() { return value; }
    public String getRaw() { return raw; }
    public String getUnit() { return unit; }
    public Location getLocation() { return location; }

    @JsonIgnore
    public boolean isNumber() { return status == CellStatus.NUMBER; }

    @JsonIgnore
    public boolean isBlank() { return status == CellStatus.BLANK; }

    /** The value as a long; only meaningful for number cells. */
    @JsonIgnore
    public long getCount() { return value == null ? 0L : Math.round(value); }

    @JsonIgnore
    public boolean isWhole() { return value != null && value == Math.rint(value); }

    @JsonIgnore
    public boolean isNegative() { return value != null && value < 0; }

    @JsonIgnore
    public String getRowLabel() { return location == null ? row : location.rowLabel(); }

    @JsonIgnore
    public String getColumnLabel() { return location == null ? column : location.columnLabel(); }

    /** The value as printed for messages: whole numbers without ".0". */
    @JsonIgnore
    public String getDisplay() {
        if (status == CellStatus.NUMBER) {
            return Numbers.format(value);
        }
        if (status == CellStatus.BLANK) {
            return raw == null || raw.isBlank() ? "（空白）" : "“" + raw + "”（未填报）";
        }
        if (status == CellStatus.INVALID) {
            return "“" + raw + "”";
        }
        return "（未读出）";
    }

    @Override
    public String toString() {
        return table + "." + row + "." + column + "=" + (value != null ? Numbers.format(value) : status);
    }
}
