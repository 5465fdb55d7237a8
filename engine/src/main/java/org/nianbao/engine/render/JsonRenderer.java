package org.nianbao.engine.render;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.nianbao.engine.CheckResult;
import org.nianbao.engine.rules.Finding;
import org.nianbao.engine.rules.Severity;

/**
 * The {@code --format json} output. Schema (stable; documented in the README):
 * <pre>
 * {"schema": "nianbao/check/1",
 *  "reports": [{"file", "status": "checked"|"unreadable", "agency", "year", "edition",
 *               "error": {"code", "message"},            // unreadable only
 *               "counts": {"error", "warning", "info"},
 *               "findings": [{"rule", "severity", "title", "message", "references": [..],
 *                             "location": {"file", "line", "page", "section", "table", "row", "column",
 *                                          "rowLabel", "columnLabel"}, "expected", "actual"}]}],
 *  "summary": {"files", "checked", "unreadable", "findings": {"error", "warning", "info"},
 *              "byRule": {"RULE-ID": reports failing it}}}
 * </pre>
 */
public final class JsonRenderer {
    public static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT);

    public void render(List<CheckResult> results, Writer out) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schema", "nianbao/check/1");
        ArrayNode reports = root.putArray("reports");
        Map<String, Integer> byRule = new TreeMap<>();
        long[] totals = new long[3];
        int unreadable = 0;
        for (CheckResult r : results) {
            ObjectNode node = reports.addObject();
            node.put("file", r.file());
            node.put("status", r.readable() ? "checked" : "unreadable");
            if (r.readable()) {
                node.put("agency", r.report().getAgency());
                if (r.report().getYear() == null) {
                    node.putNull("year");
                } else {
                    node.put("year", r.report().getYear());
                }
                node.put("edition", r.report().getEdition());
            } else {
                unreadable++;
                ObjectNode err = node.putObject("error");
                err.put("code", r.errorCode());
                err.put("message", r.errorMessage());
            }
            ObjectNode counts = node.putObject("counts");
            counts.put("error", r.count(Severity.ERROR));
            counts.put("warning", r.count(Severity.WARNING));
            counts.put("info", r.count(Severity.INFO));
            ArrayNode fs = node.putArray("findings");
            java.util.Set<String> rulesHere = new java.util.TreeSet<>();
            for (Finding f : r.findings()) {
                ObjectNode fn = MAPPER.valueToTree(f);
                fn.put("severity", f.severity().name());
                fn.put("severityLabel", f.severity().label());
                fs.add(fn);
                totals[f.severity().ordinal()]++;
                rulesHere.add(f.rule());
            }
            for (String id : rulesHere) {
                byRule.merge(id, 1, Integer::sum);
            }
        }
        ObjectNode summary = root.putObject("summary");
        summary.put("files", results.size());
        summary.put("checked", results.size() - unreadable);
        summary.put("unreadable", unreadable);
        ObjectNode f = summary.putObject("findings");
        f.put("error", totals[0]);
        f.put("warning", totals[1]);
        f.put("info", totals[2]);
        ObjectNode br = summary.putObject("byRule");
        byRule.forEach(br::put);
        try {
            MAPPER.writeValue(out, root);
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
