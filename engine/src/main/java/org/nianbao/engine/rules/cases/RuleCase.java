package org.nianbao.engine.rules.cases;

import java.nio.file.Path;
import java.util.List;

/**
 * One test case of a rule, read from {@code cases/<RULE-ID>.yaml}: an input report (inline text, or a
 * file with textual replacements), an optional forced pack, and the expected findings.
 *
 * @param caseFile   the YAML file it came from
 * @param rule       the rule id the file is about (file name without .yaml)
 * @param name       the case name (Chinese, shown in pass/fail output)
 * @param text       inline report text, or null
 * @param file       a report file, resolved against the case file's folder, or null
 * @param replace    replacements applied in order to the input text (each must match at least once)
 * @param edition    forced pack (like {@code check --edition}), or null
 * @param expect     findings that must occur
 * @param absent     rule ids that must not occur
 * @param previous   another report checked in the same run (usually the agency's previous year), or null:
 *                   the cross-report rules then run on the case's report with this one as its related report
 * @param archived   a report already in the archive (for the archive's checks, e.g. 发布后有变动), or null
 */
public record RuleCase(Path caseFile, String rule, String name, String text, Path file, List<Replacement> replace,
                       String edition, List<Expectation> expect, List<String> absent, Input previous,
                       Input archived) {

    public RuleCase(Path caseFile, String rule, String name, String text, Path file, List<Replacement> replace,
                    String edition, List<Expectation> expect, List<String> absent) {
        this(caseFile, rule, name, text, file, replace, edition, expect, absent, null, null);
    }

    /** A further report of a case: inline text or a file, with replacements applied in order. */
    public record Input(String text, Path file, List<Replacement> replace) {
    }

    /** Replace {@code from} by {@code to} in the input (plain text, not a pattern). */
    public record Replacement(String from, String to) {
    }

    /**
     * A finding that must occur: {@code count} findings of the rule exactly (null = at least one); when
     * {@code message} is given, at least one of them must contain it; when {@code suspects} is given
     * (possibly empty), every finding of the rule must name exactly these suspect cells, in any order.
     */
    public record Expectation(String rule, Integer count, String message, List<SuspectCell> suspects) {
        public Expectation(String rule, Integer count, String message) {
            this(rule, count, message, null);
        }

        public Expectation {
            suspects = suspects == null ? null : List.copyOf(suspects);
        }
    }

    /** An expected suspect cell; {@code table} null matches any table. */
    public record SuspectCell(String table, String row, String column, double value, double expected) {
        public boolean matches(org.nianbao.engine.rules.Finding.Suspect s) {
            return (table == null || table.equals(s.table())) && row.equals(s.row()) && column.equals(s.column())
                    && s.value() != null && s.value() == value && s.expected() != null && s.expected() == expected;
        }

        @Override
        public String toString() {
            return (table == null ? "" : table + ".") + row + "." + column + " " + org.nianbao.engine.model.Numbers.format(value)
                    + "→" + org.nianbao.engine.model.Numbers.format(expected);
        }
    }

    /** True when the case expects the file's rule to fire. */
    public boolean fires() {
        return expect.stream().anyMatch(e -> e.rule().equals(rule) && (e.count() == null || e.count() > 0));
    }

    /** True when the case expects the file's rule to stay silent. */
    public boolean silent() {
        return absent.contains(rule) || expect.stream().anyMatch(e -> e.rule().equals(rule) && Integer.valueOf(0).equals(e.count()));
    }
}
