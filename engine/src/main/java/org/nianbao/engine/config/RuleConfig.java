package org.nianbao.engine.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import org.nianbao.engine.rules.RuleSettings;
import org.nianbao.engine.rules.Severity;

/**
 * The {@code nianbao.yaml} configuration: per-rule severity overrides and rules switched off.
 *
 * <pre>
 * rules:
 *   FMT-T3-004: info      # ERROR / WARNING / INFO (or 错误 / 警告 / 提示)
 *   N21-SEC6-001: off     # switched off (also: 关闭)
 * </pre>
 *
 * A {@code similarity:} section holds the 内容雷同 thresholds (read by
 * {@link org.nianbao.engine.crossreport.SimilarityConfig}).
 *
 * Every rule id must exist in the loaded rules, every value must be a severity or {@code off}; any other
 * content is refused with a message naming the file and the entry.
 */
public final class RuleConfig {
    /** A key given twice would silently let the last one win: refused. */
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION))
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);

    /** A configuration file is a few lines; anything bigger is not one. */
    private static final int MAX_BYTES = 1024 * 1024;

    private RuleConfig() {
    }

    /** Reads and validates a config file against the loaded rule ids. */
    public static RuleSettings load(Path file, Collection<String> knownRuleIds) {
        if (!Files.exists(file)) {
            throw new ConfigException("配置文件不存在：" + file);
        }
        if (!Files.isRegularFile(file)) {
            throw new ConfigException("配置文件 " + file + " 不是普通文件（文件夹、管道或设备），未读取");
        }
        String text;
        try (java.io.InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new ConfigException("配置文件 " + file + " 过大（超过 1 MiB），不是 nianbao 配置文件");
            }
            text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigException("无法读取配置文件 " + file + "（" + org.nianbao.engine.extract.IoReasons.chinese(e) + "）");
        }
        return parse(file.toString(), text, knownRuleIds);
    }

    public static RuleSettings parse(String origin, String text, Collection<String> knownRuleIds) {
        JsonNode root;
        try {
            root = YAML.readTree(text);
        } catch (IOException e) {
            if (e instanceof com.fasterxml.jackson.core.JsonProcessingException jpe && jpe.getOriginalMessage() != null
                    && jpe.getOriginalMessage().startsWith("Duplicate field")) {
                String key = jpe.getOriginalMessage().replaceAll("(?s)^Duplicate field '([^']*)'.*$", "$1");
                int line = jpe.getLocation() == null ? 0 : jpe.getLocation().getLineNr();
                throw new ConfigException("配置文件 " + origin + "：键 “" + key + "” 出现了不止一次"
                        + (line > 0 ? "（第 " + line + " 行）" : "") + "；每个规则只能设置一次");
            }
            throw new ConfigException("配置文件 " + origin + " 不是有效的 YAML：" + YamlErrors.chinese(e));
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            return RuleSettings.DEFAULTS;
        }
        if (!root.isObject()) {
            throw new ConfigException("配置文件 " + origin + " 应为键值结构，顶层键为 “rules”");
        }
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!k.equals("rules") && !k.equals("similarity")) {
                throw new ConfigException("配置文件 " + origin + "：未知的顶层键 “" + k + "”（只支持 “rules”、“similarity”）");
            }
        }
        JsonNode rules = root.get("rules");
        if (rules == null || rules.isNull()) {
            return RuleSettings.DEFAULTS;
        }
        if (!rules.isObject()) {
            throw new ConfigException("配置文件 " + origin + "：“rules” 应为 “规则编号: 级别或 off” 的列表");
        }
        Map<String, String> overrides = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = rules.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String id = e.getKey().strip();
            if (!knownRuleIds.contains(id)) {
                throw new ConfigException("配置文件 " + origin + "：没有编号为 “" + id + "” 的规则（用 nianbao rules list 查看全部编号）");
            }
            JsonNode v = e.getValue();
            String value;
            if (v.isBoolean() && !v.asBoolean()) {
                value = "off"; // YAML 1.1 reads an unquoted off as false
            } else if (v.isTextual()) {
                value = v.asText().strip();
            } else {
                throw new ConfigException("配置文件 " + origin + "：规则 " + id + " 的值 “" + v + "” 无效（可选 error、warning、info、off）");
            }
            if (!(value.equalsIgnoreCase("off") || value.equals("关闭")) && Severity.parse(value) == null) {
                throw new ConfigException("配置文件 " + origin + "：规则 " + id + " 的值 “" + value + "” 无效（可选 error、warning、info、off）");
            }
            overrides.put(id, value.equalsIgnoreCase("off") || value.equals("关闭") ? "off" : value);
        }
        return new RuleSettings(overrides);
    }
}
