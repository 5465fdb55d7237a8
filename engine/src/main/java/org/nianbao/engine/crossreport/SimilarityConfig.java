package org.nianbao.engine.crossreport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import org.nianbao.engine.config.ConfigException;

/**
 * The {@code similarity:} section of {@code nianbao.yaml}: 内容雷同 thresholds, each optional.
 *
 * <pre>
 * similarity:
 *   heavy: 0.42           # share of a report's own text found in last year's: 雷同 (警告)
 *   partial: 0.15         # … from which it is listed as 提示
 *   sameYear: 0.5         # share found in another agency's report of the same year: 雷同 (警告)
 *   commonAgencies: 3     # a passage in this many agencies' reports is boilerplate
 *   commonShare: 0.01     # … or in this share of the pool's agencies, when that is more
 *   shingle: 8            # characters per compared piece of text
 *   minShingles: 40       # shorter reports are not judged
 *   passages: 3           # shared passages quoted per finding
 * </pre>
 */
public final class SimilarityConfig {
    private SimilarityConfig() {
    }

    public static SimilarityOptions load(Path file) {
        if (file == null) {
            return SimilarityOptions.DEFAULTS;
        }
        try {
            return parse(file.toString(), Files.readString(file));
        } catch (IOException e) {
            throw new ConfigException("无法读取配置文件 " + file + "（" + org.nianbao.engine.extract.IoReasons.chinese(e) + "）");
        }
    }

    public static SimilarityOptions parse(String origin, String text) {
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(text);
        } catch (IOException e) {
            throw new ConfigException("配置文件 " + origin + " 不是有效的 YAML："
                    + org.nianbao.engine.config.YamlErrors.chinese(e));
        }
        if (root == null || !root.isObject() || !root.hasNonNull("similarity")) {
            return SimilarityOptions.DEFAULTS;
        }
        JsonNode s = root.get("similarity");
        if (!s.isObject()) {
            throw new ConfigException("配置文件 " + origin + "：“similarity” 应为键值结构");
        }
        SimilarityOptions.Builder options = SimilarityOptions.DEFAULTS.toBuilder();
        for (Iterator<Map.Entry<String, JsonNode>> it = s.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            if (!v.isNumber()) {
                throw new ConfigException("配置文件 " + origin + "：similarity." + e.getKey() + " 应为数字");
            }
            switch (e.getKey()) {
                case "heavy" -> options.heavy(v.asDouble());
                case "partial" -> options.partial(v.asDouble());
                case "sameYear" -> options.sameYear(v.asDouble());
                case "commonAgencies" -> options.commonAgencies(v.asInt());
                case "commonShare" -> options.commonShare(v.asDouble());
                case "shingle" -> options.shingle(v.asInt());
                case "minShingles" -> options.minShingles(v.asInt());
                case "passages" -> options.passages(v.asInt());
                default -> throw new ConfigException("配置文件 " + origin + "：similarity 下未知的键 “" + e.getKey()
                        + "”（可用：heavy、partial、sameYear、commonAgencies、commonShare、shingle、minShingles、passages）");
            }
        }
        try {
            return options.build();
        } catch (IllegalArgumentException e) {
            throw new ConfigException("配置文件 " + origin + "：similarity 设置无效：" + e.getMessage());
        }
    }
}
