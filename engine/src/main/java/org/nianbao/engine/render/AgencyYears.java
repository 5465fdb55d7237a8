package org.nianbao.engine.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.nianbao.engine.batch.BatchSummary;
import org.nianbao.engine.crossreport.AgencyNames;

/**
 * The per-agency view across years for the xlsx and html outputs: one line per agency (names
 * compared as for cross-report checks), one column per report year, each cell the reports of that
 * agency and year with their counts. Only shown when the run holds more than one report year.
 */
final class AgencyYears {
    final List<Integer> years;
    final List<Line> lines;

    record Line(String agency, Map<Integer, List<BatchSummary.Row>> byYear) {
    }

    private AgencyYears(List<Integer> years, List<Line> lines) {
        this.years = years;
        this.lines = lines;
    }

    /** The view, or null when fewer than two years are present. */
    static AgencyYears of(BatchSummary s) {
        TreeSet<Integer> years = new TreeSet<>();
        Map<String, Line> byKey = new TreeMap<>();
        for (BatchSummary.Row r : s.rows()) {
            if (!r.readable() || r.year() == null || r.agency() == null) {
                continue;
            }
            years.add(r.year());
            Line l = byKey.computeIfAbsent(AgencyNames.normalise(r.agency()), k -> new Line(r.agency(), new TreeMap<>()));
            l.byYear().computeIfAbsent(r.year(), y -> new ArrayList<>()).add(r);
        }
        if (years.size() < 2) {
            return null;
        }
        return new AgencyYears(new ArrayList<>(years), new ArrayList<>(byKey.values()));
    }

    /** A cell's text: “错误 1 / 警告 2 / 提示 0”, one line per report of that year (file name when several). */
    static String cell(List<BatchSummary.Row> rows) {
        if (rows == null || rows.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (BatchSummary.Row r : rows) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append("错误 ").append(r.errors()).append(" / 警告 ").append(r.warnings()).append(" / 提示 ")
                    .append(r.infos());
            if (rows.size() > 1) {
                sb.append("（").append(r.file()).append("）");
            }
        }
        return sb.toString();
    }
}
