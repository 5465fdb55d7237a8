package org.nianbao.engine.crossreport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * An agency's identity across years: its name normalised (full/half width, white space, bracketed
 * additions, an office signing for its government) and mapped through an optional alias file of
 * renamed agencies (old name → new name). Two reports belong to the same agency when their keys are
 * equal. Immutable and thread-safe.
 */
public final class AgencyNames {
    /** No aliases: keys are the normalised names. */
    public static final AgencyNames NONE = new AgencyNames(Map.of());

    private static final Pattern BRACKETED = Pattern.compile("[(\\[（【〔［][^()\\[\\]（）【】〔〕［］]*[)\\]）】〕］]");
    private static final Pattern BRACKET_CHARS = Pattern.compile("[()\\[\\]（）【】〔〕［］《》“”\"'‘’「」]");
    private static final Pattern GOVERNMENT_OFFICE = Pattern.compile(
            "^(.{1,30}?(?:人民政府|街道办事处))(?:党政办公室|党政综合办公室|办公室|办公厅|政务公开办公室|政务公开领导小组办公室"
                    + "|政府信息公开工作领导小组办公室|信息公开工作领导小组办公室|政务服务管理办公室)$");

    private final Map<String, String> aliases;

    private AgencyNames(Map<String, String> aliases) {
        this.aliases = Map.copyOf(aliases);
    }

    /** Aliases given as old name → new name; both sides are normalised. */
    public static AgencyNames of(Map<String, String> oldToNew) {
        Map<String, String> m = new LinkedHashMap<>();
        oldToNew.forEach((k, v) -> {
            String from = normalise(k);
            String to = normalise(v);
            if (!from.isEmpty() && !to.isEmpty() && !from.equals(to)) {
                m.put(from, to);
            }
        });
        return new AgencyNames(m);
    }

    /**
     * Reads an alias file: a YAML map of old name → new name, either at the top level or under
     * {@code aliases:}. Throws {@link IllegalArgumentException} with a Chinese message naming the file.
     */
    public static AgencyNames load(Path file) {
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(file));
        } catch (IOException e) {
            throw new IllegalArgumentException(file + "：无法读取机关别名文件："
                    + org.nianbao.engine.config.YamlErrors.chinese(e));
        }
        if (root != null && root.has("aliases")) {
            root = root.get("aliases");
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            return NONE;
        }
        if (!root.isObject()) {
            throw new IllegalArgumentException(file + "：机关别名文件应为“旧名称: 新名称”的映射");
        }
        Map<String, String> m = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().isTextual() || e.getValue().asText().isBlank()) {
                throw new IllegalArgumentException(file + "：“" + e.getKey() + "” 的新名称应为非空文字");
            }
            m.put(e.getKey(), e.getValue().asText());
        }
        return of(m);
    }

    /**
     * The name compared across reports: NFKC (full-width letters, digits and brackets become
     * half-width), white space, quotes and bracketed additions removed, "…人民政府办公室" → "…人民政府".
     */
    public static String normalise(String name) {
        if (name == null) {
            return "";
        }
        String s = Normalizer.normalize(name, Normalizer.Form.NFKC);
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                sb.append(c);
            }
        }
        s = sb.toString();
        String without = BRACKETED.matcher(s).replaceAll("");
        if (!without.isEmpty()) {
            s = without;
        }
        s = BRACKET_CHARS.matcher(s).replaceAll("");
        var m = GOVERNMENT_OFFICE.matcher(s);
        if (m.matches()) {
            s = m.group(1);
        }
        return s;
    }

    /** The agency key: the normalised name after following renames (old → new, transitively). */
    public String key(String agency) {
        String k = normalise(agency);
        for (int hops = 0; hops < 16 && aliases.containsKey(k); hops++) {
            k = aliases.get(k);
        }
        return k;
    }

    public int size() {
        return aliases.size();
    }

}
