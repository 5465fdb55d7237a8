package org.nianbao.engine.render;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.OutputStream;
import org.nianbao.engine.batch.BatchSummary;
import org.nianbao.engine.batch.ReportResult;
import org.nianbao.engine.rules.Finding;
import org.nianbao.engine.rules.Severity;

/**
 * The {@code --format json} output, streamed report by report. Schema (stable; documented in the
 * README; fields are only ever added):
 * <pre>
 * {"schema": "nianbao/check/1",
 *  "reports": [{"file", "status": "checked"|"unreadable", "agency", "year", "edition",
 *               "error": {"code", "message"},            // unreadable only
 *               "counts": {"error", "warning", "info"},
 *               "findings": [{"rule", "severity", "severityLabel", "title", "message", "references": [..],
 *                             "location": {"file", "line", "page", "section", "table", "row", "column",
 *                                          "rowLabel", "columnLabel"}, "expected", "actual"}]}],
 *  "summary": {"files", "checked", "unreadable", "findings": {"error", "warning", "info"},
 *              "byRule": {"RULE-ID": reports failing it},
 *              "rules": [{"id", "severity", "title", "reports", "findings"}],      // rules with findings
 *              "agencies": [{"agency", "reports", "reportsWithErrors", "error", "warning", "info"}],
 *              "unreadableByCode": {"code": files}}}
 * </pre>
 */
public final class JsonRenderer implements ResultRenderer {
    public static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private final OutputStream stream;
    private JsonGenerator gen;

    public JsonRenderer(OutputStream out) {
        this.stream = out;
    }

    @Override
    public void begin(RunInfo run) throws IOException {
        start(MAPPER.createGenerator(new java.io.OutputStreamWriter(stream, java.nio.charset.StandardCharsets.UTF_8)));
    }

    private void start(JsonGenerator g) throws IOException {
        gen = g;
        gen.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        gen.useDefaultPrettyPrinter();
        gen.writeStartObject();
        gen.writeStringField("schema", "nianbao/check/1");
        gen.writeArrayFieldStart("reports");
    }

    @Override
    public void report(ReportResult r) throws IOException {
        gen.writeTree(reportNode(r));
    }

    static ObjectNode reportNode(ReportResult r) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("file", r.file());
        node.put("status", r.status());
        if (r.readable()) {
            node.put("agency", r.agency());
            if (r.year() == null) {
                node.putNull("year");
            } else {
                node.put("year", r.year());
            }
            node.put("edition", r.edition());
        } else {
            ObjectNode err = node.putObject("error");
            err.put("code", r.errorCode());
            err.put("message", r.errorMessage());
        }
        ObjectNode counts = node.putObject("counts");
        counts.put("error", r.count(Severity.ERROR));
        counts.put("warning", r.count(Severity.WARNING));
        counts.put("info", r.count(Severity.INFO));
        ArrayNode fs = node.putArray("findings");
        for (Finding f : r.findings()) {
            ObjectNode fn = MAPPER.valueToTree(f);
            fn.put("severity", f.severity().name());
            fn.put("severityLabel", f.severity().label());
            fs.add(fn);
        }
        return node;
    }

    @Override
    public void end(BatchSummary s) throws IOException {
        gen.writeEndArray();
        gen.writeFieldName("summary");
        gen.writeTree(summaryNode(s));
        gen.writeEndObject();
        gen.writeRaw('\n');
        gen.flush();
        gen.close();
    }

    static ObjectNode summaryNode(BatchSummary s) {
        ObjectNode summary = MAPPER.createObjectNode();
        summary.put("files", s.files());
        summary.put("checked", s.checked());
        summary.put("unreadable", s.unreadable());
        ObjectNode f = summary.putObject("findings");
        f.put("error", s.total(Severity.ERROR));
        f.put("warning", s.total(Severity.WARNING));
        f.put("info", s.total(Severity.INFO));
        ObjectNode br = summary.putObject("byRule");
        ArrayNode rules = summary.putArray("rules");
        for (BatchSummary.RuleStat r : s.rules()) {
            if (r.reports() == 0) {
                continue;
            }
            br.put(r.id(), r.reports());
            ObjectNode rn = rules.addObject();
            rn.put("id", r.id());
            rn.put("severity", r.severity() == null ? null : r.severity().name());
            rn.put("title", r.title());
            rn.put("reports", r.reports());
            rn.put("findings", r.findings());
        }
        ArrayNode agencies = summary.putArray("agencies");
        for (BatchSummary.AgencyStat a : s.agencies()) {
            ObjectNode an = agencies.addObject();
            an.put("agency", a.agency());
            an.put("reports", a.reports());
            an.put("reportsWithErrors", a.reportsWithErrors());
            an.put("error", a.count(Severity.ERROR));
            an.put("warning", a.count(Severity.WARNING));
            an.put("info", a.count(Severity.INFO));
        }
        ObjectNode codes = summary.putObject("unreadableByCode");
        s.unreadableByCode().forEach(codes::put);
        return summary;
    }
}
