package org.nianbao.engine.rules.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads rule test cases from YAML files named {@code <RULE-ID>.yaml}. Format (see docs/maintainers.md):
 *
 * <pre>
 * cases:
 *   - name: 勾稽关系不成立时报错
 *     file: ../../corpus/seeds/000_20a0191baea80f94.txt   # or: text: |  (inline report)
 *     replace:
 *       - from: "旧文字"
 *         to: "新文字"
 *     edition: n2021            # optional, like check --edition
 *     expect:
 *       - rule: FMT-T3-001
 *         count: 1              # optional; default: at least one
 *         message: "自然人"      # optional substring
 *         suspects:             # optional: the cells every finding of the rule names as most likely wrong
 *           - {row: granted, column: natural_person, value: 3, expected: 1}
 *     absent: [FMT-T3-003]
 *     previous:                 # optional: another report of the same run (cross-report rules)
 *       file: fixtures/x.txt    # or text:, with replace: as above
 *     archived:                 # optional: a report already in the archive
 *       text: |
 *         …
 * </pre>
 */
public final class CaseLoader {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Set<String> CASE_KEYS = Set.of("name", "text", "file", "replace", "edition", "expect", "absent",
            "note", "previous", "archived");

    private CaseLoader() {
    }

    /** Every case under a directory (recursively, *.yaml / *.yml sorted by path). */
    public static List<RuleCase> loadDirectory(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new CaseFormatException(dir + "：用例目录不存在");
        }
        List<RuleCase> all = new ArrayList<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(CaseLoader::isYaml).sorted().toList()) {
                all.addAll(loadFile(p));
            }
        } catch (IOException e) {
            throw new CaseFormatException(dir + "：无法读取用例目录：" + e.getMessage());
        }
        return all;
    }

    static boolean isYaml(Path p) {
        String n = p.getFileName().toString();
        return Files.isRegularFile(p) && (n.endsWith(".yaml") || n.endsWith(".yml"));
    }

    /** The cases of one file; the rule id is the file name without extension unless {@code rule:} says otherwise. */
    public static List<RuleCase> loadFile(Path file) {
        JsonNode root;
        try {
            root = YAML.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new CaseFormatException(file + "：YAML 格式错误：" + org.nianbao.engine.config.YamlErrors.chinese(e));
        }
        String name = file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
        if (root == null || !root.isObject()) {
            throw new CaseFormatException(file + "：文件应包含 “cases:” 列表");
        }
        String rule = root.hasNonNull("rule") ? root.get("rule").asText().strip() : name;
        JsonNode cases = root.get("cases");
        if (cases == null || !cases.isArray() || cases.isEmpty()) {
            throw new CaseFormatException(file + "：缺少 “cases:” 列表或列表为空");
        }
        List<RuleCase> list = new ArrayList<>();
        int i = 0;
        for (JsonNode c : cases) {
            i++;
            list.add(parseCase(file, rule, i, c));
        }
        return list;
    }

    private static RuleCase parseCase(Path file, String rule, int index, JsonNode c) {
        String where = file + " 第 " + index + " 个用例";
        if (!c.isObject()) {
            throw new CaseFormatException(where + "：应为键值对象");
        }
        for (Iterator<String> it = c.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!CASE_KEYS.contains(k)) {
                throw new CaseFormatException(where + "：未知的键 “" + k + "”（可用：" + String.join("、", CASE_KEYS.stream().sorted().toList()) + "）");
            }
        }
        String name = c.hasNonNull("name") ? c.get("name").asText() : "用例 " + index;
        where = file + " 用例“" + name + "”";
        String text = c.hasNonNull("text") ? c.get("text").asText() : null;
        Path input = c.hasNonNull("file") ? file.toAbsolutePath().getParent().resolve(c.get("file").asText()).normalize() : null;
        if ((text == null) == (input == null)) {
            throw new CaseFormatException(where + "：必须给出 “text”（报告文字）或 “file”（报告文件）之一");
        }
        List<RuleCase.Replacement> replace = replacements(where, c);
        List<RuleCase.Expectation> expect = new ArrayList<>();
        if (c.has("expect")) {
            if (!c.get("expect").isArray()) {
                throw new CaseFormatException(where + "：“expect” 应为列表");
            }
            for (JsonNode e : c.get("expect")) {
                if (e.isTextual()) {
                    expect.add(new RuleCase.Expectation(e.asText().strip(), null, null));
                    continue;
                }
                if (!e.hasNonNull("rule")) {
                    throw new CaseFormatException(where + "：“expect” 的每一项都要有 “rule”");
                }
                Integer count = null;
                if (e.hasNonNull("count")) {
                    if (!e.get("count").canConvertToInt() || e.get("count").asInt() < 0) {
                        throw new CaseFormatException(where + "：“count” 应为非负整数");
                    }
                    count = e.get("count").asInt();
                }
                expect.add(new RuleCase.Expectation(e.get("rule").asText().strip(), count,
                        e.hasNonNull("message") ? e.get("message").asText() : null, suspects(where, e.get("suspects"))));
            }
        }
        List<String> absent = new ArrayList<>();
        if (c.has("absent")) {
            JsonNode a = c.get("absent");
            if (a.isTextual()) {
                absent.add(a.asText().strip());
            } else if (a.isArray()) {
                a.forEach(x -> absent.add(x.asText().strip()));
            } else {
                throw new CaseFormatException(where + "：“absent” 应为规则编号列表");
            }
        }
        if (expect.isEmpty() && absent.isEmpty()) {
            throw new CaseFormatException(where + "：至少要有 “expect” 或 “absent” 之一");
        }
        String edition = c.hasNonNull("edition") ? c.get("edition").asText().strip() : null;
        return new RuleCase(file, rule, name, text, input, List.copyOf(replace), edition, List.copyOf(expect),
                List.copyOf(absent), input(file, where, c, "previous"), input(file, where, c, "archived"));
    }

    private static RuleCase.Input input(Path file, String where, JsonNode c, String key) {
        if (!c.hasNonNull(key)) {
            return null;
        }
        JsonNode n = c.get(key);
        if (!n.isObject()) {
            throw new CaseFormatException(where + "：“" + key + "” 应为含 text 或 file 的对象");
        }
        String text = n.hasNonNull("text") ? n.get("text").asText() : null;
        Path input = n.hasNonNull("file") ? file.toAbsolutePath().getParent().resolve(n.get("file").asText()).normalize() : null;
        if ((text == null) == (input == null)) {
            throw new CaseFormatException(where + "：“" + key + "” 必须给出 “text” 或 “file” 之一");
        }
        return new RuleCase.Input(text, input, replacements(where, n));
    }

    private static List<RuleCase.Replacement> replacements(String where, JsonNode c) {
        List<RuleCase.Replacement> replace = new ArrayList<>();
        if (c.has("replace")) {
            if (!c.get("replace").isArray()) {
                throw new CaseFormatException(where + "：“replace” 应为列表");
            }
            for (JsonNode r : c.get("replace")) {
                if (!r.hasNonNull("from") || !r.has("to")) {
                    throw new CaseFormatException(where + "：“replace” 的每一项都要有 “from” 和 “to”");
                }
                replace.add(new RuleCase.Replacement(r.get("from").asText(), r.get("to").isNull() ? "" : r.get("to").asText()));
            }
        }
        return replace;
    }

    /** {@code suspects:} of an expectation: a list of {table?, row, column, value, expected}; absent = not checked. */
    private static List<RuleCase.SuspectCell> suspects(String where, JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isArray()) {
            throw new CaseFormatException(where + "：“suspects” 应为列表（可为空列表 []）");
        }
        List<RuleCase.SuspectCell> list = new ArrayList<>();
        for (JsonNode s : node) {
            if (!s.isObject() || !s.hasNonNull("row") || !s.hasNonNull("column") || !s.path("value").isNumber()
                    || !s.path("expected").isNumber()) {
                throw new CaseFormatException(where + "：“suspects” 的每一项都要有 “row”、“column” 和数字 “value”、“expected”");
            }
            list.add(new RuleCase.SuspectCell(s.hasNonNull("table") ? s.get("table").asText() : null, s.get("row").asText(),
                    s.get("column").asText(), s.get("value").asDouble(), s.get("expected").asDouble()));
        }
        return list;
    }

}
