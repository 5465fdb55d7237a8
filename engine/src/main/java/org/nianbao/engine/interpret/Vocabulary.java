package org.nianbao.engine.interpret;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.nianbao.engine.model.TableKeys;

/**
 * The national format's words, loaded once from {@code org/nianbao/vocabulary/vocabulary.yaml}: the
 * six parts of 第五十条 and their key terms, the printed rows and columns of 表二/表三 with the words
 * that identify them, and the fixed labels whose misspelling is reported. Labels are matched in
 * {@link Text#label} normal form, by their distinctive words, because real reports split,
 * abbreviate and merge the official labels. Every reader, the interpreter and (through the facts
 * it computes) the rules use these words; none is repeated elsewhere.
 */
public final class Vocabulary {
    private Vocabulary() {
    }

    /** A table row or column: canonical key, official label, and a test on the normalised label text. */
    public record RowDef(String key, String label, String block, Predicate<String> matches, List<String> words) {
    }

    /** One national part: kind, national number (1–6), official heading, article, key terms. */
    public record PartDef(String kind, int number, String title, String article, List<List<String>> terms,
                          List<List<String>> also, List<String> unnumbered) {
    }

    /** A fixed printed label checked for misspellings, and where it is printed. */
    public record FixedLabel(String label, String in, boolean substitutions) {
    }

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{IsHan}A-Za-z0-9]");

    public static final List<PartDef> PARTS;
    public static final List<String> HEADING_ENDS;
    /** 表三 rows in printed order; 2021 has the three （六） sub-rows, 2019 the single other_handling row. */
    public static final List<RowDef> APPLICATION_ROWS;
    /** 表二 row labels (normal form) to keys. Order matters: 行政规范性文件 before 规范性文件. */
    public static final List<RowDef> PROACTIVE_ROWS;
    /** 表二 column header labels (normal form, distinctive words) to column keys. */
    public static final List<RowDef> PROACTIVE_COLUMNS;
    public static final List<FixedLabel> FIXED_LABELS;

    /** The words that locate a table: where it starts (text as published), ends, and its first line. */
    public record Locator(List<String> start, List<String> end, List<String> lineStart) {
    }

    /** Table key (proactive / applications / review_litigation) → the words that locate it. */
    public static final Map<String, Locator> LOCATORS;

    /** Table key (applications / review_litigation) → its header words in printed order (label form). */
    public static final Map<String, List<String>> COLUMN_HEADERS;

    static {
        JsonNode root;
        try (InputStream in = Vocabulary.class.getClassLoader()
                .getResourceAsStream("org/nianbao/vocabulary/vocabulary.yaml")) {
            if (in == null) {
                throw new IllegalStateException("org/nianbao/vocabulary/vocabulary.yaml missing from the class path");
            }
            root = new ObjectMapper(new YAMLFactory()).readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<PartDef> parts = new ArrayList<>();
        for (JsonNode p : root.path("sections")) {
            parts.add(new PartDef(p.path("kind").asText(), p.path("number").asInt(), p.path("title").asText(),
                    p.path("article").asText(), groups(p.path("terms")), groups(p.path("also")),
                    strings(p.path("unnumbered"))));
        }
        PARTS = List.copyOf(parts);
        HEADING_ENDS = strings(root.path("headingEnds"));
        APPLICATION_ROWS = rows(root.path("applications"));
        PROACTIVE_ROWS = rows(root.path("proactive"));
        PROACTIVE_COLUMNS = rows(root.path("proactiveColumns"));
        List<FixedLabel> fixed = new ArrayList<>();
        for (JsonNode f : root.path("fixedLabels")) {
            fixed.add(new FixedLabel(Text.label(f.path("label").asText()), f.path("in").asText(),
                    f.path("substitutions").asBoolean(f.path("label").asText().length() > 4)));
        }
        FIXED_LABELS = List.copyOf(fixed);
        Map<String, Locator> locators = new java.util.LinkedHashMap<>();
        root.path("locators").fields().forEachRemaining(e -> locators.put(e.getKey(), new Locator(
                labels(e.getValue().path("start")), labels(e.getValue().path("end")),
                labels(e.getValue().path("lineStart")))));
        LOCATORS = Map.copyOf(locators);
        Map<String, List<String>> headers = new java.util.LinkedHashMap<>();
        root.path("columnHeaders").fields().forEachRemaining(e -> headers.put(e.getKey(), labels(e.getValue())));
        COLUMN_HEADERS = Map.copyOf(headers);
    }

    private static List<String> labels(JsonNode n) {
        return strings(n).stream().map(Text::label).toList();
    }

    /**
     * True when a normalised 表三 line is its header or note, not a row: it holds one of the header
     * words of three characters or more (申请人情况, 自然人, 商业企业 …) or a word that starts the table
     * and names no row (勾稽关系 and its variants).
     */
    public static boolean isApplicationsHeader(String label) {
        for (String w : COLUMN_HEADERS.getOrDefault("applications", List.of())) {
            if (w.length() >= 3 && label.contains(w)) {
                return true;
            }
        }
        for (String w : locator("applications").start()) {
            if (label.contains(w) && matchApplicationRow(w, Set.of()) == null) {
                return true;
            }
        }
        return false;
    }

    /** The words that locate a table; empty lists when the vocabulary names none. */
    public static Locator locator(String table) {
        return LOCATORS.getOrDefault(table, new Locator(List.of(), List.of(), List.of()));
    }

    private static List<String> strings(JsonNode n) {
        List<String> l = new ArrayList<>();
        n.forEach(x -> l.add(x.asText()));
        return List.copyOf(l);
    }

    private static List<List<String>> groups(JsonNode n) {
        List<List<String>> l = new ArrayList<>();
        n.forEach(g -> l.add(strings(g)));
        return List.copyOf(l);
    }

    private static List<RowDef> rows(JsonNode n) {
        List<RowDef> l = new ArrayList<>();
        for (JsonNode r : n) {
            List<String> match = strings(r.path("match")).stream().map(Text::label).toList();
            List<String> ends = strings(r.path("ends")).stream().map(Text::label).toList();
            List<String> exact = strings(r.path("exact")).stream().map(Text::label).toList();
            Pattern re = r.hasNonNull("regex") ? Pattern.compile(r.get("regex").asText()) : null;
            Predicate<String> p = s -> {
                for (String w : match) {
                    if (s.contains(w)) {
                        return true;
                    }
                }
                for (String w : ends) {
                    if (s.endsWith(w)) {
                        return true;
                    }
                }
                return exact.contains(s) || re != null && re.matcher(s).find();
            };
            List<String> words = new ArrayList<>(match);
            words.addAll(ends);
            words.addAll(exact);
            strings(r.path("words")).forEach(w -> words.add(Text.label(w)));
            l.add(new RowDef(r.path("key").asText(), r.path("label").asText(), r.path("block").asText(null), p,
                    List.copyOf(words)));
        }
        return List.copyOf(l);
    }

    // ---------------------------------------------------------------- parts

    /** The part definition of a kind, or null. */
    public static PartDef part(String kind) {
        for (PartDef p : PARTS) {
            if (p.kind().equals(kind)) {
                return p;
            }
        }
        return null;
    }

    /** The six parts in national order (一 … 六). */
    public static List<PartDef> partsInOrder() {
        List<PartDef> l = new ArrayList<>(PARTS);
        l.sort(java.util.Comparator.comparingInt(PartDef::number));
        return l;
    }

    /** How a heading title was taken for a part: the part and the words that decided it. */
    public record PartMatch(PartDef part, List<String> words, boolean alias) {
        /** The reason in words, for {@code extract}: “复议”+“诉讼” → 四、…. */
        public String reason() {
            StringBuilder sb = new StringBuilder();
            for (String w : words) {
                if (sb.length() > 0) {
                    sb.append('+');
                }
                sb.append('“').append(w).append('”');
            }
            sb.append(" → ").append(part.title());
            if (alias) {
                sb.append("（该部分应报告的内容）");
            }
            return sb.toString();
        }
    }

    /**
     * The part a heading title names, by its key terms (in any order, with any connectors or extra
     * words between them), or null. Punctuation and white space are ignored.
     */
    public static PartMatch classifyHeading(String title) {
        String h = NOT_WORD.matcher(Text.label(title)).replaceAll("");
        if (h.isEmpty()) {
            return null;
        }
        for (PartDef p : PARTS) {
            for (List<String> g : p.terms()) {
                if (containsAll(h, g)) {
                    return new PartMatch(p, g, false);
                }
            }
        }
        for (PartDef p : PARTS) {
            for (List<String> g : p.also()) {
                if (containsAll(h, g)) {
                    return new PartMatch(p, g, true);
                }
            }
        }
        return null;
    }

    private static boolean containsAll(String h, List<String> words) {
        for (String w : words) {
            if (!h.contains(w)) {
                return false;
            }
        }
        return !words.isEmpty();
    }

    // ---------------------------------------------------------------- rows and columns

    /** The first 表三 row not yet {@code taken} whose distinctive words match the normalised label, or null. */
    public static String matchApplicationRow(String label, Set<String> taken) {
        for (RowDef def : APPLICATION_ROWS) {
            if (!taken.contains(def.key()) && def.matches().test(label)) {
                return def.key();
            }
        }
        return null;
    }

    private static final Pattern ROW_NUMBERING = Pattern.compile(
            "^(?:[一二三四五六七八九十]+、)?(?:\\([一二三四五六七八九十]+\\)(?:[^0-9]*?\\d+[.、])?)?(?:\\d+[.、])?");

    /** A row label without its numbering and group: "（三）不予公开 1.属于国家秘密" → "属于国家秘密". */
    static String rowCore(String normalisedLabel) {
        return ROW_NUMBERING.matcher(normalisedLabel).replaceFirst("");
    }

    /** A row or column matched by similarity: its key and the official wording the label misspells. */
    public record FuzzyRow(String key, String found, String expected) {
    }

    /**
     * The one 表三 row not yet {@code taken} whose label (without numbering) is within one edit of
     * the normalised label's (two for labels of ten characters or more), or null when none or more
     * than one is that close. For labels the word tests miss because of a typo.
     */
    public static FuzzyRow matchApplicationRowFuzzy(String label, Set<String> taken) {
        return matchFuzzy(APPLICATION_ROWS, label, taken, null);
    }

    /** The 表二 row a misspelt label names, {@code atPlace} being the row expected where it stands. */
    public static FuzzyRow matchProactiveRowFuzzy(String label, Set<String> taken, String atPlace) {
        return matchFuzzy(PROACTIVE_ROWS, label, taken, atPlace);
    }

    /** The 表二 column a misspelt header names, {@code atPlace} being the column expected where it stands. */
    public static FuzzyRow matchProactiveColumnFuzzy(String label, String atPlace) {
        return matchFuzzy(PROACTIVE_COLUMNS, label, Set.of(), atPlace);
    }

    /**
     * Labels by similarity and place, for every table: the one definition not yet {@code taken}
     * whose official label (without numbering) is within one edit of the label's (two for labels of
     * ten characters or more; a swap of neighbours counts as one). The place is the second signal:
     * {@code atPlace}, the key expected where the label stands (null when unknown), breaks a tie and
     * is the only way a short label (two or three characters, where one wrong character is too often
     * another word) is matched. Null when nothing, or more than one thing equally, is that close.
     */
    static FuzzyRow matchFuzzy(List<RowDef> defs, String label, Set<String> taken, String atPlace) {
        String core = rowCore(label);
        if (core.length() < 2 || !Text.hasCjk(core)) {
            return null;
        }
        FuzzyRow best = null;
        int bestDistance = Integer.MAX_VALUE;
        boolean tie = false;
        for (RowDef def : defs) {
            if (taken.contains(def.key())) {
                continue;
            }
            String official = rowCore(Text.label(def.label()));
            int limit = official.length() >= 10 ? 2 : 1;
            int d = distance(core, official, limit);
            if (d > limit) {
                continue;
            }
            boolean placed = def.key().equals(atPlace);
            boolean bestPlaced = best != null && best.key().equals(atPlace);
            if (d < bestDistance || d == bestDistance && placed) {
                best = new FuzzyRow(def.key(), core, official);
                bestDistance = d;
                tie = false;
            } else if (d == bestDistance && !bestPlaced) {
                tie = true;
            }
        }
        if (tie || best == null || bestDistance == 0) {
            return null;
        }
        boolean shortLabel = core.length() < 4 || best.expected().length() < 4;
        return shortLabel && !best.key().equals(atPlace) ? null : best;
    }

    /**
     * Edit distance of a and b counting a swap of two neighbouring characters as one edit
     * (optimal string alignment), or {@code limit + 1} as soon as it exceeds {@code limit}.
     */
    static int distance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return limit + 1;
        }
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            d[i][0] = i;
            int rowMin = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(d[i - 1][j - 1] + cost, Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1));
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
                rowMin = Math.min(rowMin, d[i][j]);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
        }
        return d[a.length()][b.length()];
    }

    public static String applicationRowLabel(String key) {
        return labelOf(APPLICATION_ROWS, key);
    }

    public static final Map<String, String> APPLICATION_COLUMNS = TableKeys.APPLICATION_COLUMNS;

    /** The 表二 row a normalised label names, or null. */
    public static String matchProactiveRow(String label) {
        return matchIn(PROACTIVE_ROWS, label);
    }

    /** The 表二 column a normalised header label names, or null. */
    public static String matchProactiveColumn(String label) {
        return matchIn(PROACTIVE_COLUMNS, label);
    }

    private static String matchIn(List<RowDef> defs, String label) {
        for (RowDef def : defs) {
            if (def.matches().test(label)) {
                return def.key();
            }
        }
        return null;
    }

    public static String proactiveRowLabel(String key) {
        return labelOf(PROACTIVE_ROWS, key);
    }

    /** “第二十条第（一）项 规章”: the block and the row label. */
    public static String proactiveRowName(String key) {
        for (RowDef r : PROACTIVE_ROWS) {
            if (r.key().equals(key)) {
                return r.block() == null ? r.label() : r.block() + " " + r.label();
            }
        }
        return key;
    }

    public static String proactiveColumnLabel(String key) {
        return labelOf(PROACTIVE_COLUMNS, key);
    }

    private static String labelOf(List<RowDef> defs, String key) {
        for (RowDef r : defs) {
            if (r.key().equals(key)) {
                return r.label();
            }
        }
        return key;
    }

    /**
     * True when some word identifying the row occurs in {@code regionLabelText} (the table's region
     * in label normal form). A row not read whose words occur nowhere there is truly absent; one whose
     * words occur was not read (an extraction problem). Rows known only by their place (2021
     * （六）3.其他, （七）总计) have no words and are never taken for absent.
     */
    public static boolean rowWordsPresent(String table, String key, String regionLabelText) {
        for (RowDef r : "proactive".equals(table) ? PROACTIVE_ROWS : APPLICATION_ROWS) {
            if (r.key().equals(key)) {
                if (r.words().isEmpty()) {
                    return true;
                }
                for (String w : r.words()) {
                    if (regionLabelText.contains(w)) {
                        return true;
                    }
                }
                return false;
            }
        }
        return true;
    }

    /** 第二十条第（X）项 block → the rows it holds. */
    public static final Pattern ARTICLE20_ITEM = Pattern.compile("第二十条第\\(([一二三四五六七八九十]+)\\)项");

    /**
     * A cell's position in its table's printed order (row first, then column), for listing cells
     * the way the table prints them.
     */
    public static int cellOrder(org.nianbao.engine.model.Cell c) {
        int row = indexOf(rowKeys(c.getTable()), c.getRow());
        int col = indexOf(columnKeys(c.getTable()), c.getColumn());
        return row * 100 + col;
    }

    private static List<String> rowKeys(String table) {
        return switch (table) {
            case "applications" -> APPLICATION_ROWS.stream().map(RowDef::key).toList();
            case "proactive" -> PROACTIVE_ROWS.stream().map(RowDef::key).toList();
            default -> List.copyOf(TableKeys.REVIEW_GROUPS.keySet());
        };
    }

    private static List<String> columnKeys(String table) {
        return switch (table) {
            case "applications" -> List.copyOf(TableKeys.APPLICATION_COLUMNS.keySet());
            case "proactive" -> PROACTIVE_COLUMNS.stream().map(RowDef::key).toList();
            default -> List.copyOf(TableKeys.REVIEW_OUTCOMES.keySet());
        };
    }

    private static int indexOf(List<String> keys, String key) {
        int i = keys.indexOf(key);
        return i < 0 ? 99 : i;
    }
}
