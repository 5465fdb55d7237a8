package org.nianbao.engine.render;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.nianbao.engine.model.Cell;
import org.nianbao.engine.model.Report;
import org.nianbao.engine.model.TableInfo;

/**
 * The {@code nianbao extract} JSON: report metadata, sections, and each table as
 * {@code tables.<table>.rows.<row>.<column>} = value (a number; null for a blank cell; the raw text
 * for a non-number; absent when not read), plus {@code tables.<table>.cells.<row>.<column>} with
 * status, value, raw text and source location, and {@code tables.<table>.read} saying how the
 * table was read and what could not be read.
 */
public final class FactsJson {
    private FactsJson() {
    }

    public static ObjectNode toJson(Report r) {
        ObjectNode root = JsonRenderer.MAPPER.valueToTree(r);
        ObjectNode tables = JsonRenderer.MAPPER.createObjectNode();
        for (TableInfo t : r.getTableInfos()) {
            ObjectNode tn = tables.putObject(t.table());
            tn.set("read", JsonRenderer.MAPPER.valueToTree(t));
            tn.putObject("rows");
            tn.putObject("cells");
        }
        for (Cell c : r.getCells()) {
            ObjectNode tn = (ObjectNode) tables.get(c.getTable());
            if (tn == null) {
                continue;
            }
            ObjectNode rows = (ObjectNode) tn.get("rows");
            ObjectNode row = rows.has(c.getRow()) ? (ObjectNode) rows.get(c.getRow()) : rows.putObject(c.getRow());
            switch (c.getStatus()) {
                case NUMBER -> {
                    if (c.isWhole()) {
                        row.put(c.getColumn(), c.getCount());
                    } else {
                        row.put(c.getColumn(), c.getValue());
                    }
                }
                case BLANK -> row.putNull(c.getColumn());
                case INVALID -> row.put(c.getColumn(), c.getRaw());
                case NOT_READ -> { }
            }
            ObjectNode cells = (ObjectNode) tn.get("cells");
            ObjectNode crow = cells.has(c.getRow()) ? (ObjectNode) cells.get(c.getRow()) : cells.putObject(c.getRow());
            ObjectNode cn = crow.putObject(c.getColumn());
            cn.put("status", c.getStatus().name().toLowerCase(java.util.Locale.ROOT));
            if (c.getValue() != null) {
                cn.put("value", c.getValue());
            }
            if (c.getRaw() != null) {
                cn.put("raw", c.getRaw());
            }
            if (c.getUnit() != null) {
                cn.put("unit", c.getUnit());
            }
            cn.set("location", JsonRenderer.MAPPER.valueToTree(c.getLocation()));
        }
        root.set("tables", tables);
        return root;
    }
}
