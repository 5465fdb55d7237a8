package org.nianbao.engine.rules.cases;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.nianbao.engine.Checker;
import org.nianbao.engine.batch.ReportResult;
import org.nianbao.engine.crossreport.AgencyNames;
import org.nianbao.engine.crossreport.ArchivedReport;
import org.nianbao.engine.crossreport.CrossReport;
import org.nianbao.engine.crossreport.ReportDigest;
import org.nianbao.engine.crossreport.SimilarityOptions;
import org.nianbao.engine.model.Report;
import org.nianbao.engine.extract.Readers;
import org.nianbao.engine.interpret.Editions;
import org.nianbao.engine.rules.Finding;
import org.nianbao.engine.rules.RuleEngine;
import org.nianbao.engine.rules.RuleInfo;
import org.nianbao.engine.rules.RuleSet;
import org.nianbao.engine.rules.RuleSettings;

/**
 * Runs rule test cases through the {@link Checker} of a {@link RuleSet} (compiled once, shared by all cases).
 * Used by {@code nianbao rules test} and by the JUnit factory in the rules module.
 */
public final class CaseRunner {
    private final Checker checker;

    /** Cases run against a rule set (its rule bases and its editions). */
    public CaseRunner(RuleSet ruleSet) {
        this.checker = new Checker(Readers.standard(), ruleSet, RuleSettings.DEFAULTS, null);
    }

    /** Cases run against an already compiled engine with the bundled editions. */
    public CaseRunner(RuleEngine engine) {
        this(RuleSet.of(engine, Editions.bundled()));
    }

    /** Runs one case; never throws for a bad input, reports it as a failure instead. */
    public CaseResult run(RuleCase c) {
        List<String> failures = new ArrayList<>();
        if (c.edition() != null && !checker.engine().hasPack(c.edition())) {
            failures.add("没有名为 " + c.edition() + " 的规则包");
            return new CaseResult(c, failures, List.of());
        }
        Checked main = check(checker.withPack(c.edition()), new RuleCase.Input(c.text(), c.file(), c.replace()),
                c.rule() + ".txt", failures);
        Checked previous = c.previous() == null ? null : check(checker, c.previous(), c.rule() + "-previous.txt", failures);
        Checked archived = c.archived() == null ? null : check(checker, c.archived(), c.rule() + "-archived.txt", failures);
        if (!failures.isEmpty()) {
            return new CaseResult(c, failures, List.of());
        }
        List<Finding> findings = new ArrayList<>(main.result().findings());
        if (previous != null || archived != null) {
            List<ReportDigest> run = new ArrayList<>();
            if (previous != null) {
                run.add(ReportDigest.of(previous.report(), AgencyNames.NONE));
            }
            run.add(ReportDigest.of(main.report(), AgencyNames.NONE));
            List<ArchivedReport> stored = archived == null ? List.of()
                    : List.of(new ArchivedReport(ReportDigest.of(archived.report(), AgencyNames.NONE), "2000-01-01T00:00:00Z"));
            List<List<Finding>> cross = new CrossReport(checker.engine(), RuleSettings.DEFAULTS,
                    SimilarityOptions.DEFAULTS).analyse(run, stored);
            findings.addAll(cross.get(cross.size() - 1));
            findings.sort(Finding.ORDER);
        }
        return evaluate(c, findings, failures);
    }

    private record Checked(ReportResult result, Report report) {
    }

    /** Reads and checks one input of a case (text or file, replacements applied); null with a failure when it cannot. */
    private Checked check(Checker with, RuleCase.Input in, String inlineName, List<String> failures) {
        String text;
        Path nameHint;
        byte[] content;
        try {
            if (in.text() != null) {
                text = in.text();
                nameHint = Path.of(inlineName);
            } else {
                nameHint = in.file();
                text = null;
                content = Files.readAllBytes(in.file());
                if (!in.replace().isEmpty()) {
                    text = new String(content, StandardCharsets.UTF_8);
                }
            }
        } catch (IOException e) {
            failures.add("无法读取输入文件 " + in.file() + "：" + e.getMessage());
            return null;
        }
        if (text != null) {
            for (RuleCase.Replacement r : in.replace()) {
                if (!text.contains(r.from())) {
                    failures.add("替换失败：输入中找不到 “" + r.from() + "”");
                } else {
                    text = text.replace(r.from(), r.to());
                }
            }
            if (!failures.isEmpty()) {
                return null;
            }
            content = text.getBytes(StandardCharsets.UTF_8);
        } else {
            try {
                content = Files.readAllBytes(in.file());
            } catch (IOException e) {
                failures.add("无法读取输入文件 " + in.file() + "：" + e.getMessage());
                return null;
            }
        }
        Report[] report = new Report[1];
        byte[] bytes = content;
        ReportResult result = with.check(nameHint.getFileName().toString(), r -> r.read(nameHint, bytes),
                rep -> report[0] = rep);
        if (!result.readable()) {
            failures.add(org.nianbao.engine.rules.RuleTimeoutException.CODE.equals(result.errorCode())
                    ? result.errorMessage() : "输入无法读取：" + result.errorMessage());
            return null;
        }
        return new Checked(result, report[0]);
    }

    private static CaseResult evaluate(RuleCase c, List<Finding> findings, List<String> failures) {
        // a rule that failed while running is a failure of the case, whatever it expects
        for (Finding f : findings) {
            if (f.rule().equals(org.nianbao.engine.rules.FindingSink.RULE_FAILED)) {
                failures.add(f.message());
            }
        }
        for (RuleCase.Expectation e : c.expect()) {
            List<Finding> of = findings.stream().filter(f -> f.rule().equals(e.rule())).toList();
            if (e.count() == null ? of.isEmpty() : of.size() != e.count()) {
                failures.add("期望 " + e.rule() + " 报告 " + (e.count() == null ? "至少 1" : e.count()) + " 项，实际 "
                        + of.size() + " 项");
            } else if (e.message() != null && of.stream().noneMatch(f -> f.message().contains(e.message()))) {
                failures.add("期望 " + e.rule() + " 的提示文字包含 “" + e.message() + "”，实际：" + messages(of));
            } else if (e.suspects() != null) {
                for (Finding f : of) {
                    if (!sameSuspects(e.suspects(), f.suspects())) {
                        failures.add("期望 " + e.rule() + " 指出的可疑单元格为 " + e.suspects() + "，实际：" + shown(f.suspects())
                                + "（" + f.message() + "）");
                        break;
                    }
                }
            }
        }
        for (String id : c.absent()) {
            List<Finding> of = findings.stream().filter(f -> f.rule().equals(id)).toList();
            if (!of.isEmpty()) {
                failures.add("期望 " + id + " 不报告，实际报告了 " + of.size() + " 项：" + messages(of));
            }
        }
        return new CaseResult(c, failures, findings);
    }

    static boolean sameSuspects(List<RuleCase.SuspectCell> expected, List<Finding.Suspect> actual) {
        if (expected.size() != actual.size()) {
            return false;
        }
        for (RuleCase.SuspectCell e : expected) {
            if (actual.stream().noneMatch(e::matches)) {
                return false;
            }
        }
        return true;
    }

    private static String shown(List<Finding.Suspect> suspects) {
        List<String> l = new ArrayList<>();
        for (Finding.Suspect s : suspects) {
            l.add(s.table() + "." + s.row() + "." + s.column() + " " + org.nianbao.engine.model.Numbers.format(s.value())
                    + "→" + org.nianbao.engine.model.Numbers.format(s.expected()));
        }
        return l.toString();
    }

    private static String messages(List<Finding> of) {
        StringBuilder sb = new StringBuilder();
        for (Finding f : of) {
            if (sb.length() > 0) {
                sb.append(" / ");
            }
            sb.append(f.message());
        }
        return sb.toString();
    }

    public List<CaseResult> runAll(List<RuleCase> cases) {
        List<CaseResult> results = new ArrayList<>();
        for (RuleCase c : cases) {
            results.add(run(c));
        }
        return results;
    }

    /**
     * Coverage problems (Chinese): rules without a case where they fire or one where they stay silent,
     * case files about unknown rules, and expectations naming unknown rules.
     */
    public static List<String> coverageProblems(List<RuleInfo> rules, List<RuleCase> cases) {
        Set<String> ids = new TreeSet<>();
        rules.forEach(r -> ids.add(r.id()));
        Map<String, boolean[]> cover = new LinkedHashMap<>();
        ids.forEach(id -> cover.put(id, new boolean[2]));
        List<String> problems = new ArrayList<>();
        Set<String> unknown = new TreeSet<>();
        for (RuleCase c : cases) {
            boolean[] b = cover.get(c.rule());
            if (b == null) {
                unknown.add(c.caseFile().getFileName() + "：没有编号为 " + c.rule() + " 的规则");
                continue;
            }
            b[0] |= c.fires();
            b[1] |= c.silent();
            for (RuleCase.Expectation e : c.expect()) {
                if (!ids.contains(e.rule())) {
                    unknown.add(c.caseFile().getFileName() + " 用例“" + c.name() + "”：expect 中的 " + e.rule() + " 不是已加载的规则");
                }
            }
            for (String a : c.absent()) {
                if (!ids.contains(a)) {
                    unknown.add(c.caseFile().getFileName() + " 用例“" + c.name() + "”：absent 中的 " + a + " 不是已加载的规则");
                }
            }
        }
        for (Map.Entry<String, boolean[]> e : cover.entrySet()) {
            if (!e.getValue()[0]) {
                problems.add(e.getKey() + "：缺少“应报告”的用例（cases/" + e.getKey() + ".yaml 中 expect 该规则）");
            }
            if (!e.getValue()[1]) {
                problems.add(e.getKey() + "：缺少“不应报告”的用例（cases/" + e.getKey() + ".yaml 中 absent 该规则）");
            }
        }
        problems.addAll(unknown);
        return problems;
    }
}
