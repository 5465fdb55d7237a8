package org.nianbao.engine.rules;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A rule's metadata as declared next to its logic in DRL:
 * {@code @id, @severity, @title, @reference, @message, @editions, @description, @fix, @example}.
 * Several references are separated by " | ".
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"id", "severity", "title", "references", "editions", "pack", "message", "description", "fix",
        "example", "file"})
public record RuleInfo(String id, Severity severity, String title, List<String> references, List<String> editions,
                       String pack, String message, String description, String fix, String example, String file) {

    public static final List<String> REQUIRED_KEYS = List.of("id", "severity", "title", "reference", "message");

    static RuleInfo of(String ruleName, String pack, Map<String, Object> meta, String file) {
        String id = str(meta.get("id"));
        return new RuleInfo(id == null ? ruleName : id, Severity.parse(str(meta.get("severity"))),
                str(meta.get("title")), list(meta.get("reference")), list(meta.get("editions")), pack,
                str(meta.get("message")), description(meta), str(meta.get("fix")),
                str(meta.get("example")), file);
    }

    /** The same rule defined in {@code file}. */
    public RuleInfo withFile(String file) {
        return new RuleInfo(id, severity, title, references, editions, pack, message, description, fix, example, file);
    }

    /** Problems with this rule's metadata (missing keys, unknown severity), for meta-tests and loading. */
    public List<String> metadataProblems() {
        List<String> p = new ArrayList<>();
        if (severity == null) {
            p.add("缺少或无效的 @severity（应为 ERROR / WARNING / INFO）");
        }
        if (title == null || title.isBlank()) {
            p.add("缺少 @title");
        }
        if (references.isEmpty()) {
            p.add("缺少 @reference");
        }
        if (message == null || message.isBlank()) {
            p.add("缺少 @message");
        }
        return p;
    }

    /**
     * Problems that keep a rule out of a complete catalog (missing @description, @fix, @example,
     * @editions); checked by the rules module's meta-tests, not at load time.
     */
    public List<String> catalogProblems() {
        List<String> p = new ArrayList<>(metadataProblems());
        if (description == null || description.isBlank()) {
            p.add("缺少 @description");
        }
        if (fix == null || fix.isBlank()) {
            p.add("缺少 @fix");
        }
        if (example == null || example.isBlank()) {
            p.add("缺少 @example");
        }
        if (editions.isEmpty()) {
            p.add("缺少 @editions");
        }
        return p;
    }

    /** Drools files {@code @description} under the key of its {@code Description} annotation type. */
    private static String description(Map<String, Object> meta) {
        Object d = meta.get("description");
        if (d == null) {
            d = meta.get("org.kie.api.definition.type.Description");
        }
        return str(d);
    }

    private static String str(Object o) {
        if (o == null) {
            return null;
        }
        String s = o.toString();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            s = s.substring(1, s.length() - 1);
        }
        return s.strip();
    }

    private static List<String> list(Object o) {
        String s = str(o);
        if (s == null || s.isBlank()) {
            return List.of();
        }
        return Arrays.stream(s.split("\\s*\\|\\s*|\\s*,\\s*(?=n20|pre|all)")).map(String::strip)
                .filter(x -> !x.isEmpty()).toList();
    }
}
