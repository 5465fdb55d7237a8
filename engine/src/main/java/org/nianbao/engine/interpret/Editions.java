package org.nianbao.engine.interpret;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.nianbao.engine.ClasspathResources;

/**
 * The known editions. The built-in ones are {@code org/nianbao/editions/*.yaml} (engine resources);
 * a rule pack can add or replace one with an {@code edition.yaml} next to its DRL files, on the
 * class path or in a {@code --rules} directory.
 */
public final class Editions {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static volatile Editions bundled;

    private final Map<String, Edition> byId;

    private Editions(Map<String, Edition> byId) {
        this.byId = byId;
    }

    /** Built-in editions plus those declared by rule packs on the class path. Cached. */
    public static Editions bundled() {
        Editions e = bundled;
        if (e == null) {
            ClassLoader cl = Editions.class.getClassLoader();
            List<ClasspathResources.Resource> res = new ArrayList<>(ClasspathResources.list(cl, "org/nianbao/editions/", ".yaml"));
            res.addAll(ClasspathResources.list(cl, "org/nianbao/rules/", "edition.yaml"));
            e = parse(res);
            bundled = e;
        }
        return e;
    }

    /** The built-in editions plus every {@code edition.yaml} under {@code dir} (outside build output). */
    public static Editions withDirectory(Path dir) {
        List<ClasspathResources.Resource> res = new ArrayList<>(
                ClasspathResources.list(Editions.class.getClassLoader(), "org/nianbao/editions/", ".yaml"));
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(f -> f.getFileName().toString().equals("edition.yaml") && Files.isRegularFile(f))
                    .filter(f -> !dir.relativize(f).toString().replace('\\', '/').matches("(.*/)?target/.*"))
                    .sorted().toList()) {
                res.add(new ClasspathResources.Resource(p.toString(), Files.readString(p, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return parse(res);
    }

    static Editions parse(List<ClasspathResources.Resource> resources) {
        Map<String, Edition> map = new TreeMap<>();
        for (ClasspathResources.Resource r : resources) {
            Edition e = parseOne(r.path(), r.text());
            map.put(e.id(), e);
        }
        return new Editions(map);
    }

    /** Parses one edition file; a malformed one is an error naming the file. */
    public static Edition parseOne(String origin, String text) {
        JsonNode n;
        try {
            n = YAML.readTree(text);
        } catch (IOException e) {
            throw new IllegalArgumentException(origin + "：版本定义不是有效的 YAML："
                    + org.nianbao.engine.config.YamlErrors.chinese(e), e);
        }
        if (n == null || !n.hasNonNull("id")) {
            throw new IllegalArgumentException(origin + "：版本定义缺少 id");
        }
        Map<String, List<String>> layout = new LinkedHashMap<>();
        n.path("proactive").fields().forEachRemaining(f -> layout.put(f.getKey(), strings(f.getValue())));
        Map<String, Edition.RowLabel> labels = new LinkedHashMap<>();
        n.path("labels").fields().forEachRemaining(table -> table.getValue().fields().forEachRemaining(row -> {
            JsonNode v = row.getValue();
            List<String> match = v.isArray() ? strings(v) : strings(v.path("match"));
            String label = v.isObject() ? v.path("label").asText(null) : null;
            labels.put(table.getKey() + "." + row.getKey(), new Edition.RowLabel(label, match));
        }));
        JsonNode years = n.path("years");
        return new Edition(n.get("id").asText(), n.path("name").asText(n.get("id").asText()),
                n.path("notice").asText(""),
                years.hasNonNull("from") ? years.get("from").asInt() : null,
                years.hasNonNull("to") ? years.get("to").asInt() : null,
                n.path("legacy").asBoolean(false), strings(n.path("fingerprints")), strings(n.path("absent")),
                strings(n.path("applications").path("rows")), layout, labels, origin);
    }

    private static List<String> strings(JsonNode node) {
        List<String> l = new ArrayList<>();
        if (node != null && node.isArray()) {
            node.forEach(x -> l.add(x.asText()));
        }
        return l;
    }

    public Edition byId(String id) {
        return byId.get(id);
    }

    public List<Edition> all() {
        return List.copyOf(byId.values());
    }

    /** Result of edition detection: the edition id (or "unknown") and the words that decided it. */
    public record Detection(String edition, List<String> evidence) {
    }

    /**
     * Detects the edition from the report's text in label normal form ({@link Text#label}): the
     * non-legacy edition with most fingerprints found wins; on a tie, the one whose fingerprints were
     * found most completely (a newer edition that renames one row lists the older edition's words
     * plus the new one, so an old-format report stays old); then the one whose years include the
     * report year. Failing that, a legacy edition whose fingerprints appear and whose {@code absent}
     * markers do not.
     */
    public Detection detect(String labelText, Integer year) {
        Edition best = null;
        List<String> bestWords = List.of();
        for (Edition e : byId.values()) {
            if (e.legacy()) {
                continue;
            }
            List<String> words = found(labelText, e.fingerprints());
            if (words.isEmpty()) {
                continue;
            }
            boolean better = best == null || words.size() > bestWords.size()
                    || words.size() == bestWords.size() && completeness(words, e) > completeness(bestWords, best)
                    || words.size() == bestWords.size() && completeness(words, e) == completeness(bestWords, best)
                    && year != null && e.appliesTo(year) && !best.appliesTo(year);
            if (better) {
                best = e;
                bestWords = words;
            }
        }
        if (best != null && bestWords.size() >= 2) {
            return new Detection(best.id(), bestWords);
        }
        // One word is no evidence against a legacy report's own words (a 2018 report naming 政府集中采购 once).
        for (Edition e : byId.values()) {
            if (!e.legacy()) {
                continue;
            }
            List<String> words = found(labelText, e.fingerprints());
            if (!words.isEmpty() && found(labelText, e.absent()).isEmpty()) {
                return new Detection(e.id(), words);
            }
        }
        return best != null ? new Detection(best.id(), bestWords) : new Detection("unknown", List.of());
    }

    /**
     * The edition one table follows, from the table's own structure: the edition fingerprints found
     * in the table's region (its column headers and row labels, in label normal form) and, for 表三,
     * the rows found that only some editions print (the single 2019 （六）其他处理 row, the three 2021
     * sub-rows). Most evidence wins; on a tie the edition whose fingerprints were found most
     * completely, then the one whose years include {@code year}. "unknown" when nothing decides.
     * Words elsewhere in the report are never evidence.
     */
    public Detection detectTable(String regionLabelText, java.util.Collection<String> applicationRowKeys,
                                 Integer year) {
        List<Edition> withTables = new ArrayList<>();
        for (Edition e : byId.values()) {
            if (!e.legacy() && (!e.applicationRows().isEmpty() || !e.proactiveLayout().isEmpty())) {
                withTables.add(e);
            }
        }
        Edition best = null;
        List<String> bestWords = List.of();
        double bestCompleteness = 0;
        for (Edition e : withTables) {
            List<String> words = found(regionLabelText, e.fingerprints());
            for (String key : applicationRowKeys) {
                boolean everywhere = true;
                for (Edition o : withTables) {
                    everywhere &= o.applicationRows().contains(key);
                }
                if (!everywhere && e.applicationRows().contains(key)) {
                    words.add("“" + shortRowLabel(e, key) + "”行");
                }
            }
            if (words.isEmpty()) {
                continue;
            }
            double c = e.fingerprints().isEmpty() ? 0 : (double) found(regionLabelText, e.fingerprints()).size()
                    / e.fingerprints().size();
            boolean better = best == null || words.size() > bestWords.size()
                    || words.size() == bestWords.size() && c > bestCompleteness
                    || words.size() == bestWords.size() && c == bestCompleteness && year != null
                    && e.appliesTo(year) && !best.appliesTo(year);
            if (better) {
                best = e;
                bestWords = words;
                bestCompleteness = c;
            }
        }
        return best == null ? new Detection("unknown", List.of()) : new Detection(best.id(), bestWords);
    }

    private static String shortRowLabel(Edition e, String key) {
        Edition.RowLabel own = e.labelsOf("applications").get(key);
        String label = own != null && own.label() != null ? own.label() : Vocabulary.applicationRowLabel(key);
        int cut = label.indexOf('、', 8);
        return cut > 0 ? label.substring(0, cut) : label;
    }

    /**
     * The edition whose table layout to read a table with: the detected one when it declares
     * tables, else {@code fallback} (the report's edition), else the one whose years include
     * {@code year}, else the newest declared layout.
     */
    public Edition layout(String detected, String fallback, Integer year) {
        for (String id : java.util.Arrays.asList(detected, fallback)) {
            Edition e = id == null ? null : byId.get(id);
            if (e != null && (!e.applicationRows().isEmpty() || !e.proactiveLayout().isEmpty())) {
                return e;
            }
        }
        Edition newest = null;
        for (Edition e : byId.values()) {
            if (e.legacy() || e.applicationRows().isEmpty()) {
                continue;
            }
            if (year != null && e.appliesTo(year)) {
                return e;
            }
            if (newest == null || e.fromYear() != null && (newest.fromYear() == null || e.fromYear() > newest.fromYear())) {
                newest = e;
            }
        }
        return newest;
    }

    /** The 表三 layout for the rows found (flattened text, where only the rows are known). */
    public Edition applicationsLayout(java.util.Collection<String> rowKeys) {
        return layout(detectTable("", rowKeys, null).edition(), null, null);
    }

    private static double completeness(List<String> found, Edition e) {
        return (double) found.size() / e.fingerprints().size();
    }

    private static List<String> found(String labelText, List<String> words) {
        List<String> f = new ArrayList<>();
        for (String w : words) {
            if (labelText.contains(Text.label(w))) {
                f.add(w);
            }
        }
        return f;
    }
}
