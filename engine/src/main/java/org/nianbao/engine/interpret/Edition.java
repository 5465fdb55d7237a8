package org.nianbao.engine.interpret;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A national format edition as declared in data ({@code edition.yaml}): which report years it is
 * for, the words that identify its tables, and the rows and columns its tables print under the
 * canonical keys. Adding an edition is adding such a file (with its rule pack), not Java.
 */
public record Edition(String id, String name, String notice, Integer fromYear, Integer toYear, boolean legacy,
                      List<String> fingerprints, List<String> absent, List<String> applicationRows,
                      Map<String, List<String>> proactiveLayout, Map<String, RowLabel> labels, String origin) {

    /**
     * An edition's own wording for a row or column: the printed label and the words that identify
     * it. Keys are "applications.<row>", "proactive.<row>" or "proactive_columns.<column>". Checked
     * before the common vocabulary, so an edition can rename a row or add one.
     */
    public record RowLabel(String label, List<String> match) {
        public RowLabel {
            match = List.copyOf(match);
        }

        public boolean matches(String normalisedLabel) {
            for (String w : match) {
                if (normalisedLabel.contains(Text.label(w))) {
                    return true;
                }
            }
            return false;
        }
    }

    public Edition {
        fingerprints = List.copyOf(fingerprints);
        absent = List.copyOf(absent);
        applicationRows = List.copyOf(applicationRows);
        proactiveLayout = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(proactiveLayout));
        labels = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(labels));
    }

    /** The 表三 rows summed into （七）总计: the edition's rows without 一、二、（七）and 四. */
    public List<String> resultRows() {
        List<String> rows = new java.util.ArrayList<>(applicationRows);
        rows.removeAll(List.of("new_received", "carried_over", "results_total", "carried_forward"));
        return rows;
    }

    /** True when reports of {@code year} are to use this edition. */
    public boolean appliesTo(int year) {
        return (fromYear == null || year >= fromYear) && (toYear == null || year <= toYear);
    }

    /** The edition's own label entries for a table ("applications", "proactive", "proactive_columns"). */
    public Map<String, RowLabel> labelsOf(String table) {
        Map<String, RowLabel> m = new LinkedHashMap<>();
        String prefix = table + ".";
        labels.forEach((k, v) -> {
            if (k.startsWith(prefix)) {
                m.put(k.substring(prefix.length()), v);
            }
        });
        return m;
    }

    /** Years as people read them, e.g. "2021 年度起" or "2019—2020 年度". */
    public String yearsText() {
        if (fromYear != null && toYear != null) {
            return fromYear + "—" + toYear + " 年度";
        }
        if (fromYear != null) {
            return fromYear + " 年度起";
        }
        return toYear == null ? "" : toYear + " 年度及以前";
    }
}
