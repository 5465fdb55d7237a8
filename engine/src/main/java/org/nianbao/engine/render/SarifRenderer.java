package org.nianbao.engine.render;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nianbao.engine.batch.BatchSummary;
import org.nianbao.engine.batch.ReportResult;
import org.nianbao.engine.rules.Finding;
import org.nianbao.engine.rules.RuleInfo;
import org.nianbao.engine.rules.Severity;

/**
 * SARIF 2.1.0 for code-scanning tools: one run; {@code tool.driver.rules} holds the whole catalog
 * (id, short and full description, help with the references, default level); each finding is a
 * result with ruleId, level (error / warning / note), message and location (artifact URI and start
 * line when known). Unreadable inputs become tool-execution notifications of the invocation, so
 * every input is accounted for. Results are streamed.
 */
public final class SarifRenderer implements ResultRenderer {
    private final OutputStream stream;
    private JsonGenerator gen;
    private final Map<String, Integer> ruleIndex = new HashMap<>();
    private final ArrayNode notifications = JsonRenderer.MAPPER.createArrayNode();

    public SarifRenderer(OutputStream out) {
        this.stream = out;
    }

    static String level(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    @Override
    public void begin(RunInfo run) throws IOException {
        gen = JsonRenderer.MAPPER.createGenerator(new java.io.OutputStreamWriter(stream, StandardCharsets.UTF_8));
        gen.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        gen.useDefaultPrettyPrinter();
        gen.writeStartObject();
        gen.writeStringField("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        gen.writeStringField("version", "2.1.0");
        gen.writeArrayFieldStart("runs");
        gen.writeStartObject();
        ObjectNode tool = JsonRenderer.MAPPER.createObjectNode();
        ObjectNode driver = tool.putObject("driver");
        driver.put("name", "nianbao");
        driver.put("fullName", "nianbao 政府信息公开工作年度报告合规检查工具");
        driver.put("version", run.toolVersion());
        ArrayNode rules = driver.putArray("rules");
        for (RuleInfo r : run.rules()) {
            ruleIndex.put(r.id(), ruleIndex.size());
            ObjectNode rn = rules.addObject();
            rn.put("id", r.id());
            rn.putObject("shortDescription").put("text", r.title() == null ? r.id() : r.title());
            rn.putObject("fullDescription").put("text", r.description() != null ? r.description()
                    : r.title() == null ? r.id() : r.title());
            StringBuilder help = new StringBuilder("依据：").append(Labels.references(r.references()));
            if (r.fix() != null) {
                help.append("\n如何改正：").append(r.fix());
            }
            rn.putObject("help").put("text", help.toString());
            rn.putObject("defaultConfiguration").put("level", r.severity() == null ? "warning" : level(r.severity()));
            ObjectNode props = rn.putObject("properties");
            ArrayNode refs = props.putArray("references");
            r.references().forEach(refs::add);
            if (r.severity() != null) {
                props.put("severityLabel", r.severity().label());
            }
        }
        gen.writeFieldName("tool");
        gen.writeTree(tool);
        gen.writeArrayFieldStart("results");
    }

    @Override
    public void report(ReportResult r) throws IOException {
        if (!r.readable()) {
            ObjectNode n = notifications.addObject();
            n.put("level", "error");
            n.putObject("message").put("text", "无法读取：" + r.errorMessage());
            n.putObject("descriptor").put("id", r.errorCode());
            n.putArray("locations").addObject().putObject("physicalLocation").putObject("artifactLocation")
                    .put("uri", uri(r.file()));
            return;
        }
        for (Finding f : r.findings()) {
            ObjectNode res = JsonRenderer.MAPPER.createObjectNode();
            res.put("ruleId", f.rule());
            Integer idx = ruleIndex.get(f.rule());
            if (idx != null) {
                res.put("ruleIndex", idx);
            }
            res.put("level", level(f.severity()));
            res.putObject("message").put("text", f.message());
            ObjectNode loc = res.putArray("locations").addObject();
            ObjectNode phys = loc.putObject("physicalLocation");
            phys.putObject("artifactLocation").put("uri", uri(r.file()));
            Integer line = Labels.line(f);
            if (line != null && line > 0) {
                phys.putObject("region").put("startLine", line);
            }
            loc.putArray("logicalLocations").addObject().put("name", Labels.location(f));
            if (f.related() != null) {
                ObjectNode rel = res.putArray("relatedLocations").addObject();
                rel.put("id", 1);
                rel.putObject("physicalLocation").putObject("artifactLocation").put("uri", uri(f.related().file()));
                rel.putObject("message").put("text", "相关报告：" + Labels.related(f));
            }
            ObjectNode props = res.putObject("properties");
            props.put("severityLabel", f.severity().label());
            if (f.related() != null) {
                props.set("related", JsonRenderer.MAPPER.valueToTree(f.related()));
            }
            if (f.expected() != null) {
                props.put("expected", f.expected());
            }
            if (f.actual() != null) {
                props.put("actual", f.actual());
            }
            if (!f.suspects().isEmpty()) {
                props.set("suspects", JsonRenderer.MAPPER.valueToTree(f.suspects()));
            }
            if (r.agency() != null) {
                props.put("agency", r.agency());
            }
            if (r.year() != null) {
                props.put("year", r.year());
            }
            gen.writeTree(res);
        }
    }

    @Override
    public void end(BatchSummary summary) throws IOException {
        gen.writeEndArray();
        ObjectNode inv = JsonRenderer.MAPPER.createObjectNode();
        inv.put("executionSuccessful", true);
        inv.set("toolExecutionNotifications", notifications);
        gen.writeArrayFieldStart("invocations");
        gen.writeTree(inv);
        gen.writeEndArray();
        ObjectNode props = JsonRenderer.MAPPER.createObjectNode();
        props.put("files", summary.files());
        props.put("checked", summary.checked());
        props.put("unreadable", summary.unreadable());
        gen.writeFieldName("properties");
        gen.writeTree(props);
        gen.writeEndObject();
        gen.writeEndArray();
        gen.writeEndObject();
        gen.writeRaw('\n');
        gen.close();
    }

    /** A relative URI reference for a displayed path: '/' separators, non-ASCII and reserved bytes %-encoded. */
    static String uri(String path) {
        String p = path.replace('\\', '/');
        StringBuilder sb = new StringBuilder();
        for (byte b : p.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~/!".indexOf(c) >= 0) {
                sb.append((char) c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            }
        }
        return sb.toString();
    }

    static List<String> levels() {
        return List.of("error", "warning", "note");
    }
}
