package org.nianbao.engine.crossreport;

import org.nianbao.engine.model.CellStatus;
import org.nianbao.engine.model.Numbers;

/** Cross-report fact: a cell of the previous year's report (canonical keys; value only for numbers). */
public record PriorCell(String table, String row, String column, CellStatus status, Double value, String rowLabel,
                        String columnLabel) {
    public String getTable() { return table; }
    public String getRow() { return row; }
    public String getColumn() { return column; }
    public CellStatus getStatus() { return status; }
    public Double getValue() { return value; }
    public String getRowLabel() { return rowLabel; }
    public String getColumnLabel() { return columnLabel; }
    public boolean isNumber() { return status == CellStatus.NUMBER; }
    public String getDisplay() { return value == null ? String.valueOf(status) : Numbers.format(value); }
}
