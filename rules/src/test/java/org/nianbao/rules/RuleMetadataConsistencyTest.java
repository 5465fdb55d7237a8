package org.nianbao.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nianbao.engine.interpret.Edition;
import org.nianbao.engine.interpret.Editions;
import org.nianbao.engine.rules.RuleEngine;
import org.nianbao.engine.rules.RuleInfo;
import org.nianbao.engine.rules.RuleSource;

/**
 * Meta-tests that read each rule's DRL next to its metadata: {@code @editions} agrees with where the
 * rule can actually fire (its pack and its {@code edition} constraints), and every {@code {n}} of
 * {@code @message} gets an argument at every {@code findings.report(...)} call of the rule.
 */
class RuleMetadataConsistencyTest {
    static final Path DRL = Path.of("src", "main", "resources");
    static final Pattern RULE = Pattern.compile("(?m)^rule\\s+\"([^\"]+)\"(.*?)^end\\b", Pattern.DOTALL);
    static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");

    static Map<String, RuleInfo> infos;
    static Map<String, String> bodies;
    static Set<String> editionIds;

    @BeforeAll
    static void load() {
        infos = new LinkedHashMap<>();
        RuleEngine.bundled().rules().forEach(r -> infos.put(r.id(), r));
        bodies = new LinkedHashMap<>();
        for (RuleSource s : RuleSource.fromDirectory(DRL)) {
            Matcher m = RULE.matcher(s.text());
            while (m.find()) {
                bodies.put(m.group(1), m.group(2));
            }
        }
        editionIds = new TreeSet<>();
        Editions.bundled().all().stream().map(Edition::id).forEach(editionIds::add);
    }

    @Test
    void everyLoadedRuleIsFoundInTheDrlSources() {
        assertThat(bodies.keySet()).containsAll(infos.keySet());
    }

    /**
     * A rule in an edition pack is for that edition only. A common rule lists known editions (or
     * "all"); an edition it excludes with {@code edition != "X"} / {@code not in (…)} is not covered by
     * its {@code @editions}, and an edition it requires with {@code edition == "X"} is.
     */
    @Test
    void editionsAgreeWithTheRulesGating() {
        List<String> problems = new ArrayList<>();
        for (RuleInfo r : infos.values()) {
            List<String> declared = r.editions();
            String when = whenPart(bodies.getOrDefault(r.id(), ""));
            boolean all = declared.equals(List.of("all"));
            for (String e : declared) {
                if (!e.equals("all") && !editionIds.contains(e)) {
                    problems.add(r.id() + ": @editions names unknown edition " + e);
                }
            }
            if (r.pack().equals(RuleEngine.CROSS)) {
                // cross-report rules name the editions the compared pair must be in; the gates must agree
                for (String x : gated(when, "edition\\s*==\\s*\"(\\w+)\"")) {
                    if (!declared.contains(x) && editionIds.contains(x)) {
                        problems.add(r.id() + ": requires edition " + x + " but @editions is " + declared);
                    }
                }
                continue;
            }
            if (!r.pack().equals(RuleEngine.COMMON)) {
                if (!declared.equals(List.of(r.pack()))) {
                    problems.add(r.id() + ": in pack " + r.pack() + " but @editions is " + declared);
                }
                continue;
            }
            if (!all && declared.size() < 2) {
                problems.add(r.id() + ": a common rule for one edition " + declared + " belongs in that edition's pack");
            }
            for (String x : gated(when, "edition\\s*!=\\s*\"(\\w+)\"")) {
                if (all || declared.contains(x)) {
                    problems.add(r.id() + ": excludes edition " + x + " but @editions is " + declared);
                }
            }
            for (String x : excludedByNotIn(when)) {
                if (all || declared.contains(x)) {
                    problems.add(r.id() + ": excludes edition " + x + " but @editions is " + declared);
                }
            }
            for (String x : gated(when, "edition\\s*==\\s*\"(\\w+)\"")) {
                if (!all && !declared.contains(x) && editionIds.contains(x)) {
                    problems.add(r.id() + ": requires edition " + x + " but @editions is " + declared);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyPlaceholderOfTheMessageHasAnArgumentAtEveryReportCall() {
        List<String> problems = new ArrayList<>();
        for (RuleInfo r : infos.values()) {
            int needed = -1;
            Matcher p = PLACEHOLDER.matcher(r.message());
            while (p.find()) {
                needed = Math.max(needed, Integer.parseInt(p.group(1)));
            }
            String body = bodies.getOrDefault(r.id(), "");
            String then = body.substring(Math.max(0, body.lastIndexOf("\nthen")));
            List<List<String>> calls = reportCalls(then);
            if (calls.isEmpty()) {
                problems.add(r.id() + ": no findings.report(...) call");
            }
            for (List<String> args : calls) {
                int given = args.size() - 4; // kcontext, location, expected, actual, then the message arguments
                if (given <= needed) {
                    problems.add(r.id() + ": @message uses {" + needed + "} but a findings.report call passes "
                            + Math.max(0, given) + " argument(s): " + String.join(", ", args));
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theCheckersOwnParsingFindsArgumentsAndGates() {
        // the helpers above must see what they are meant to see, or the meta-tests pass vacuously
        assertThat(reportCalls("findings.report(kcontext, $r.getLocation(), f(a, \"x,)\"), null, g(1, 2), 3);"))
                .containsExactly(List.of("kcontext", "$r.getLocation()", "f(a, \"x,)\")", "null", "g(1, 2)", "3"));
        assertThat(reportCalls("findings.reportWithSuspects(kcontext, $i.getSuspects(), $i.getLocation(), 1, 2, $i.getLabel());"))
                .containsExactly(List.of("kcontext", "$i.getLocation()", "1", "2", "$i.getLabel()"));
        assertThat(excludedByNotIn("Report(edition not in (\"pre2019\", \"unknown\"))")).containsExactly("pre2019", "unknown");
        assertThat(gated("Report(edition != \"pre2019\")", "edition\\s*!=\\s*\"(\\w+)\"")).containsExactly("pre2019");
    }

    /**
     * Conditions match facts the interpreter computed: no {@code eval(...)}, no {@code matches} /
     * {@code soundslike} over text, and no static Java helper called from a {@code when} part (truncation,
     * repeated text, mentions and dates are fields of derived facts instead).
     */
    @Test
    void conditionsMatchFactsInsteadOfComputing() {
        Pattern computing = Pattern.compile("\\beval\\s*\\(|\\bmatches\\b|\\bsoundslike\\b|\\bnot\\s+matches\\b"
                + "|\\borg\\.nianbao\\.[\\w.]+\\.[A-Z]\\w*\\.[a-z]\\w*\\s*\\(|(?<![\\w$.])[A-Z]\\w*\\.[a-z]\\w*\\s*\\(");
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> e : bodies.entrySet()) {
            Matcher m = computing.matcher(whenPart(e.getValue()));
            while (m.find()) {
                problems.add(e.getKey() + ": " + m.group().strip());
            }
        }
        assertThat(problems).isEmpty();
    }

    private static String whenPart(String body) {
        int w = body.indexOf("\nwhen");
        int t = body.lastIndexOf("\nthen");
        return w < 0 || t < w ? body : body.substring(w, t);
    }

    private static List<String> gated(String when, String regex) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(when);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static List<String> excludedByNotIn(String when) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("edition\\s+not\\s+in\\s*\\(([^)]*)\\)").matcher(when);
        while (m.find()) {
            Matcher q = Pattern.compile("\"(\\w+)\"").matcher(m.group(1));
            while (q.find()) {
                out.add(q.group(1));
            }
        }
        return out;
    }

    /**
     * The top-level arguments of every {@code findings.report(...)} call (nested calls and strings kept
     * whole); a {@code findings.reportWithSuspects(kcontext, suspects, ...)} call counts as a report call
     * without its suspects argument.
     */
    static List<List<String>> reportCalls(String code) {
        List<List<String>> calls = new ArrayList<>();
        calls.addAll(calls(code, "findings.report("));
        for (List<String> args : calls(code, "findings.reportWithSuspects(")) {
            List<String> a = new ArrayList<>(args);
            if (a.size() > 1) {
                a.remove(1);
            }
            calls.add(a);
        }
        // cross-report rules: findings.reportRelated(kcontext, location, related, expected, actual, args...)
        for (List<String> args : calls(code, "findings.reportRelated(")) {
            List<String> a = new ArrayList<>(args);
            if (a.size() > 2) {
                a.remove(2);
            }
            calls.add(a);
        }
        return calls;
    }

    private static List<List<String>> calls(String code, String prefix) {
        List<List<String>> calls = new ArrayList<>();
        int at = code.indexOf(prefix);
        while (at >= 0) {
            int i = at + prefix.length();
            List<String> args = new ArrayList<>();
            StringBuilder cur = new StringBuilder();
            int depth = 0;
            boolean inString = false;
            for (; i < code.length(); i++) {
                char c = code.charAt(i);
                if (inString) {
                    cur.append(c);
                    if (c == '\\') {
                        cur.append(code.charAt(++i));
                    } else if (c == '"') {
                        inString = false;
                    }
                    continue;
                }
                if (c == '"') {
                    inString = true;
                } else if (c == '(' || c == '[' || c == '{') {
                    depth++;
                } else if (c == ')' || c == ']' || c == '}') {
                    if (depth == 0) {
                        break;
                    }
                    depth--;
                } else if (c == ',' && depth == 0) {
                    args.add(cur.toString().strip());
                    cur.setLength(0);
                    continue;
                }
                cur.append(c);
            }
            if (!cur.toString().isBlank()) {
                args.add(cur.toString().strip());
            }
            calls.add(args);
            at = code.indexOf(prefix, i);
        }
        return calls;
    }
}
