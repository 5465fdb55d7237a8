package org.nianbao.engine.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Where a fact was read: file, source line (and page for PDF), and the logical place in the report
 * (section number, table key, row and column keys with their printed labels).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Location(String file, Integer line, Integer page, String section, String table, String row,
                       String column, String rowLabel, String columnLabel) {

    public static Location ofLine(String file, int line) {
        return new Location(file, line > 0 ? line : null, null, null, null, null, null, null, null);
    }

    /** A whole table of the report, as opposed to a row or cell of it. */
    public static Location ofTable(String file, String table) {
        return new Location(file, null, null, null, table, null, null, null, null);
    }

    public Location withSection(String sectionNumber) {
        return new Location(file, line, page, sectionNumber, table, row, column, rowLabel, columnLabel);
    }

    public Location withPage(int p) {
        return new Location(file, line, p > 0 ? p : null, section, table, row, column, rowLabel, columnLabel);
    }

    /** Chinese description for people, e.g. 表三 “一、本年新收政府信息公开申请数量” 行 “总计” 列，第 45 行. */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        if (table != null) {
            sb.append(TableKeys.tableName(table));
            if (rowLabel != null) {
                sb.append(" “").append(rowLabel).append("”行");
            }
            if (columnLabel != null) {
                sb.append(" “").append(columnLabel).append("”列");
            }
        } else if (section != null) {
            sb.append("第").append(section).append("部分");
        }
        if (page != null) {
            sb.append(sb.isEmpty() ? "" : "，").append("第 ").append(page).append(" 页");
        }
        if (line != null) {
            sb.append(sb.isEmpty() ? "" : "，").append("第 ").append(line).append(" 行");
        }
        return sb.isEmpty() ? "全文" : sb.toString();
    }
}
