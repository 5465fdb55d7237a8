package org.nianbao.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.nianbao.engine.batch.ReportResult;
import org.nianbao.engine.interpret.Edition;
import org.nianbao.engine.interpret.Editions;
import org.nianbao.engine.model.Location;
import org.nianbao.engine.model.Mention;
import org.nianbao.engine.model.Numbers;
import org.nianbao.engine.model.Report;
import org.nianbao.engine.model.Section;
import org.nianbao.engine.model.TableKeys;
import org.nianbao.engine.rules.RuleSet;
import org.nianbao.engine.rules.Finding;
import org.nianbao.engine.rules.Severity;

/**
 * One report's page: the verdict, every finding (found / expected / where / article, the identity
 * with its numbers, the suspected cell, the review), the three tables in the national layout, and
 * the sections with the offending sentence or the missing part shown in place.
 */
final class ReportPage {
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());
    /** National order of the six parts (第五十条), by section kind. */
    private static final List<String> KINDS = List.of("overview", "proactive", "applications", "review_litigation",
            "problems", "other");
    private static final String NUMERALS = "一二三四五六";

    private ReportPage() {
    }

    static Document render(Job job, Job.Entry e, Map<String, Review> reviews, String csrf, Editions editions) {
        return render(job, e, reviews, csrf, editions, List.of());
    }

    /** @param history the agency's reports in the archive (empty without one) */
    static Document render(Job job, Job.Entry e, Map<String, Review> reviews, String csrf, Editions editions,
                           List<org.nianbao.engine.archive.Archive.Entry> history) {
        ReportResult r = e.row();
        Document d = Html.page(e.file(), "check");
        Element main = Html.main(d);
        if (job.entries().size() > 1) {
            Html.link(Html.el(main, "p", "crumbs printhide"), "/jobs/" + job.id(), "← 返回本批结果");
        }
        Html.text(main, "h1", "检查结果：" + e.file()).addClass("file-name");
        if (!r.readable()) {
            Element p = Html.el(main, "p", "unreadable").attr("data-error", r.errorCode());
            p.text("无法读取：" + r.errorMessage() + "（代码 " + r.errorCode() + "）");
            return d;
        }
        Report rep = e.report();
        meta(main, rep, editions);
        Naming naming = Naming.live("/jobs/" + job.id() + "/reports/" + e.index() + "/review");
        verdict(main, r.findings(), reviews, naming);
        downloads(main, job, e);
        content(main, rep, editions, r.findings(), reviews, csrf, naming, history, e.contentHash());
        return d;
    }

    /**
     * An archived report's page: the same page as a checked one (verdict, findings with their review
     * forms, the tables drawn in the national layout, the sections), rebuilt from what the archive keeps.
     *
     * @param rep      the report rebuilt from the archive (metadata, table cells, narrative sections)
     * @param findings the archived findings as findings, in their order
     * @param naming   their keys and places as archived, and where the review form posts
     * @param history  the agency's reports in the archive
     */
    static Document archived(org.nianbao.engine.archive.Archive.Entry entry, Report rep, List<Finding> findings,
                             Naming naming, Map<String, Review> reviews, String csrf, Editions editions,
                             List<org.nianbao.engine.archive.Archive.Entry> history, boolean tablesKept) {
        Document d = Html.page(entry.file(), "archive");
        Element main = Html.main(d);
        Element crumbs = Html.el(main, "p", "crumbs printhide");
        Html.link(crumbs, "/archive", "← 档案库");
        if (entry.agencyKey() != null) {
            crumbs.appendText(" · ");
            Html.link(crumbs, ArchivePages.agencyHref(entry.agencyKey()), "本机关历年报告");
        }
        Html.text(main, "h1", "档案库中的报告：" + entry.file()).addClass("file-name").attr("id", "archived-report-page");
        meta(main, rep, editions);
        Html.text(main, "p", "首次检查：" + TIME.format(entry.firstCheckedAt()) + "　最近检查：" + TIME.format(entry.checkedAt())
                + "　内容摘要值：" + entry.contentHash()).addClass("meta archived-at");
        Html.text(main, "p", "本页由档案库保存的内容重建：发现是最近一次检查的结果，表格为当时读出的数值，正文只保存了叙述部分"
                + "（表格所在的部分见上方表格）。" + (tablesKept ? "" : "档案库中没有保存这份报告的表格。")).addClass("note");
        verdict(main, findings, reviews, naming);
        content(main, rep, editions, findings, reviews, csrf, naming, history, entry.contentHash());
        return d;
    }

    /**
     * How the page names a finding: the key its review is kept under, where it is (for people), and
     * where its review form posts. A checked report's findings carry both; an archived one's come from the archive.
     */
    record Naming(Function<Finding, String> key, Function<Finding, String> where, String reviewAction) {
        static Naming live(String reviewAction) {
            return new Naming(FindingKeys::of, f -> f.location() == null ? "全文" : f.location().describe(), reviewAction);
        }
    }

    private static void meta(Element main, Report rep, Editions editions) {
        Html.text(main, "p", "机关：" + orUnknown(rep.getAgency()) + "　年度：" + (rep.getYear() == null ? "未识别" : rep.getYear())
                + "　格式：" + RuleSet.editionName(editions, rep.getEdition())).addClass("meta");
    }

    /** Findings, the tables with their marked cells, the agency's years, the sections: the same for every report page. */
    private static void content(Element main, Report rep, Editions editions, List<Finding> findings,
                                Map<String, Review> reviews, String csrf, Naming naming,
                                List<org.nianbao.engine.archive.Archive.Entry> history, String currentHash) {
        Edition edition = rep.getEdition() == null ? null : editions.byId(rep.getEdition());
        Map<String, TablesView.Mark> marks = new HashMap<>();
        Map<Finding, Identities.Broken> identities = new HashMap<>();
        for (Finding f : findings) {
            Identities.Broken b = Identities.explain(f, rep, edition);
            if (b != null) {
                identities.put(f, b);
            }
            Review rv = reviews.get(naming.key().apply(f));
            if (rv != null && rv.dismissed()) {
                continue;
            }
            Location l = f.location();
            if (l != null && l.table() != null && l.row() != null && l.column() != null) {
                marks.put(l.table() + "." + l.row() + "." + l.column(), new TablesView.Mark("error", null));
            }
            if (b != null) {
                for (String k : b.cells()) {
                    marks.putIfAbsent(k, new TablesView.Mark("error", null));
                }
            }
        }
        for (Finding f : findings) {
            Review rv = reviews.get(naming.key().apply(f));
            if (rv != null && rv.dismissed()) {
                continue;
            }
            for (Finding.Suspect s : f.suspects()) {
                marks.put(s.table() + "." + s.row() + "." + s.column(),
                        new TablesView.Mark("suspect", s.expected() == null ? "疑似填错" : "应为 " + Numbers.format(s.expected())));
            }
        }

        Element fs = Html.el(main, "section", "findings-box").attr("id", "findings");
        Html.text(fs, "h2", "发现的问题");
        if (findings.isEmpty()) {
            Html.text(fs, "p", "未发现问题。").addClass("clean");
        }
        Element list = Html.el(fs, "ol", "findings");
        for (Finding f : findings) {
            finding(list, f, identities.get(f), reviews.get(naming.key().apply(f)), csrf, naming);
        }

        Element tables = Html.el(main, "section", "tables").attr("id", "tables");
        Html.text(tables, "h2", "表格（按国家格式，数值为读出的内容）");
        Html.text(tables, "p", "红框：不满足勾稽关系或有问题的单元格；橙框：疑似填错的单元格（标出应填的数）。空白单元格表示未填报，不等于 0。")
                .addClass("legend");
        new TablesView(rep, edition, marks).render(tables);

        if (!history.isEmpty()) {
            Element h = Html.el(main, "section", "history-box").attr("id", "history");
            Html.text(h, "h2", "本机关在档案库中的历年报告");
            ArchivePages.historyTable(h, history, currentHash);
        }
        sections(main, rep, findings, reviews, naming);
    }

    private static void verdict(Element main, List<Finding> findings, Map<String, Review> reviews, Naming naming) {
        Element v = Html.el(main, "div", "verdict").attr("id", "verdict");
        for (Severity s : Severity.values()) {
            long n = findings.stream().filter(f -> f.severity() == s).count();
            Element box = Html.el(v, "div", "count sev-" + s.name()).attr("data-severity", s.name());
            Html.text(box, "span", s.label()).addClass("label");
            Html.text(box, "b", String.valueOf(n));
            Html.text(box, "span", "项").addClass("unit");
        }
        long dismissed = findings.stream().filter(f -> {
            Review rv = reviews.get(naming.key().apply(f));
            return rv != null && rv.dismissed();
        }).count();
        if (dismissed > 0) {
            Html.text(v, "p", "其中 " + dismissed + " 项已被审核人员驳回。").addClass("note");
        }
    }

    private static void downloads(Element main, Job job, Job.Entry e) {
        Element p = Html.el(main, "p", "downloads printhide");
        p.appendText("下载结果：");
        String q = "?report=" + e.index();
        String base = "/jobs/" + job.id();
        Html.downloads(p, base + "/download", q, "xlsx", "html", "json");
        p.appendText("　整改清单（含审核意见）：");
        Html.downloads(p, base + "/rectification", q, "xlsx", "csv", "html").get(0).addClass("rect-xlsx");
        p.appendText(" · ");
        Html.link(p, "#", "打印").addClass("print-link");
    }

    private static void finding(Element list, Finding f, Identities.Broken identity, Review review, String csrf,
                                Naming naming) {
        String key = naming.key().apply(f);
        Element li = Html.el(list, "li", "finding sev-" + f.severity().name()).attr("data-rule", f.rule())
                .attr("data-key", key).attr("id", FindingKeys.anchor(key));
        if (review != null) {
            li.attr("data-review", review.decision());
            li.addClass(review.dismissed() ? "dismissed" : "confirmed");
        }
        Element head = Html.el(li, "div", "head");
        Html.text(head, "span", f.severity().label()).addClass("badge");
        Html.text(head, "span", f.rule()).addClass("rule");
        Html.text(head, "span", f.title()).addClass("title");
        Html.text(li, "p", f.message()).addClass("message");
        Element dl = li.appendElement("dl");
        if (f.actual() != null) {
            Html.text(dl, "dt", "发现");
            Html.text(dl, "dd", f.actual()).addClass("actual");
        }
        if (f.expected() != null) {
            Html.text(dl, "dt", "应为");
            Html.text(dl, "dd", f.expected()).addClass("expected");
        }
        Html.text(dl, "dt", "位置");
        Html.text(dl, "dd", naming.where().apply(f)).addClass("where");
        if (!f.references().isEmpty()) {
            Html.text(dl, "dt", "依据");
            Html.text(dl, "dd", String.join("；", f.references())).addClass("article");
        }
        if (identity != null) {
            Html.text(li, "p", identity.text()).addClass("identity");
        }
        for (Finding.Suspect s : f.suspects()) {
            String where = cellLabel(s.table(), s.row(), s.column());
            Element p = Html.el(li, "p", "suspect").attr("data-cell", s.table() + "." + s.row() + "." + s.column());
            p.text("疑似填错的单元格：" + where + "，现为 " + (s.value() == null ? "（空）" : Numbers.format(s.value()))
                    + (s.expected() == null ? "" : "，应为 " + Numbers.format(s.expected())));
        }
        if (f.related() != null) {
            Html.text(li, "p", "对照报告：" + f.related().file() + (f.related().year() == null ? "" : "（" + f.related().year() + " 年度）"))
                    .addClass("related");
        }
        if (review != null) {
            Element st = Html.el(li, "p", "review-state");
            st.text("审核意见：" + review.label() + (review.note() == null || review.note().isBlank() ? "" : "　备注：" + review.note())
                    + "　（" + TIME.format(review.decidedAt()) + "）");
        }
        Element form = Html.el(li, "form", "review printhide").attr("method", "post")
                .attr("action", naming.reviewAction());
        Html.csrf(form, csrf);
        form.appendElement("input").attr("type", "hidden").attr("name", "finding").attr("value", key);
        form.appendElement("input").attr("type", "text").attr("name", "note").attr("placeholder", "审核备注（可选）")
                .attr("maxlength", "500").attr("value", review == null || review.note() == null ? "" : review.note());
        form.appendElement("button").attr("type", "submit").attr("name", "decision").attr("value", Review.CONFIRMED)
                .addClass("confirm").text("确认");
        form.appendElement("button").attr("type", "submit").attr("name", "decision").attr("value", Review.DISMISSED)
                .addClass("dismiss").text("驳回");
    }

    // ---- sections ---------------------------------------------------------------------------

    private static void sections(Element main, Report rep, List<Finding> findings, Map<String, Review> reviews,
                                 Naming naming) {
        Element box = Html.el(main, "section", "sections").attr("id", "sections");
        Html.text(box, "h2", "正文（问题所在的句子和缺少的部分标在原处）");
        List<Section> secs = rep.getSections();
        List<Finding> missing = new ArrayList<>();
        for (Finding f : findings) {
            if (f.rule().equals("FMT-SEC-001")) {
                missing.add(f);
            }
        }
        List<Finding> placed = new ArrayList<>();
        for (int i = 0; i < secs.size(); i++) {
            Section s = secs.get(i);
            int order = s.kind() == null ? -1 : KINDS.indexOf(s.kind());
            for (Finding m : new ArrayList<>(missing)) {
                if (order >= 0 && missingOrder(m) >= 0 && missingOrder(m) < order) {
                    missingBlock(box, m, reviews, naming);
                    missing.remove(m);
                }
            }
            Integer start = s.location() == null ? null : s.location().line();
            Integer end = i + 1 < secs.size() && secs.get(i + 1).location() != null ? secs.get(i + 1).location().line() : null;
            Element sec = Html.el(box, "div", "section");
            if (s.numeral() != null) {
                sec.attr("data-section", s.numeral());
            }
            if (s.kind() != null) {
                sec.attr("data-kind", s.kind());
            }
            String heading = s.heading() == null ? "" : s.heading();
            Html.text(sec, "h3", s.numeral() != null ? s.numeral() + "、" + heading : heading.isEmpty() ? "前言" : heading);
            List<Finding> here = new ArrayList<>();
            for (Finding f : findings) {
                if (placed.contains(f) || f.rule().equals("FMT-SEC-001")) {
                    continue;
                }
                Location l = f.location();
                if (l == null || l.table() != null) {
                    continue;
                }
                boolean inLines = l.line() != null && start != null && l.line() >= start && (end == null || l.line() < end);
                boolean inSection = l.line() == null && s.numeral() != null && s.numeral().equals(l.section());
                if (inLines || inSection) {
                    here.add(f);
                    placed.add(f);
                }
            }
            List<Finding> atHeading = new ArrayList<>(here);
            String body = s.body() == null ? "" : s.body();
            String[] lines = body.split("\n", -1);
            boolean tableNoted = false;
            for (int k = 0; k < lines.length; k++) {
                int lineNo = start == null ? -1 : start + 1 + k;
                List<Finding> onLine = new ArrayList<>();
                for (Finding f : here) {
                    if (f.location().line() != null && f.location().line() == lineNo) {
                        onLine.add(f);
                    }
                }
                String text = lines[k];
                if (text.contains("\t") && onLine.isEmpty()) {
                    if (!tableNoted) {
                        Html.text(sec, "p", "（表格内容见上方表格）").addClass("note");
                        tableNoted = true;
                    }
                    continue;
                }
                if (text.isBlank() && onLine.isEmpty()) {
                    continue;
                }
                Element p = sec.appendElement("p").attr("data-line", String.valueOf(lineNo));
                String phrase = onLine.isEmpty() ? null : phrase(rep, onLine, lineNo);
                int at = phrase == null ? -1 : text.indexOf(phrase);
                if (at >= 0) {
                    p.appendText(text.substring(0, at));
                    p.appendElement("mark").text(phrase);
                    p.appendText(text.substring(at + phrase.length()));
                } else {
                    p.text(text);
                }
                if (!onLine.isEmpty()) {
                    p.addClass("offending");
                }
                for (Finding f : onLine) {
                    inline(sec, f, reviews, naming);
                    atHeading.remove(f);
                }
            }
            for (Finding f : atHeading) {
                inline(sec, f, reviews, naming);
            }
        }
        for (Finding m : missing) {
            missingBlock(box, m, reviews, naming);
        }
        if (secs.isEmpty() && missing.isEmpty()) {
            Html.text(box, "p", "未识别出正文的章节。").addClass("note");
        }
    }

    private static String phrase(Report rep, List<Finding> onLine, int lineNo) {
        for (Mention m : rep.getMentions()) {
            if (m.location() != null && m.location().line() != null && m.location().line() == lineNo) {
                return m.phrase();
            }
        }
        return null;
    }

    private static int missingOrder(Finding f) {
        String exp = f.expected();
        if (exp == null || exp.isEmpty()) {
            return -1;
        }
        return NUMERALS.indexOf(exp.charAt(0));
    }

    private static void missingBlock(Element box, Finding f, Map<String, Review> reviews, Naming naming) {
        Element div = Html.el(box, "div", "missing").attr("data-rule", f.rule()).attr("data-state", "missing");
        Html.text(div, "h3", "缺少：" + (f.expected() == null ? "" : f.expected()));
        Html.text(div, "p", f.message());
        Review rv = reviews.get(naming.key().apply(f));
        if (rv != null && rv.dismissed()) {
            div.addClass("dismissed");
        }
    }

    private static void inline(Element sec, Finding f, Map<String, Review> reviews, Naming naming) {
        Element div = Html.el(sec, "div", "inline-finding sev-" + f.severity().name()).attr("data-rule", f.rule());
        Html.text(div, "span", f.severity().label() + " " + f.rule()).addClass("badge");
        div.appendText(" " + f.message());
        Html.link(div, "#" + FindingKeys.anchor(naming.key().apply(f)), "（审核）").addClass("printhide");
        Review rv = reviews.get(naming.key().apply(f));
        if (rv != null && rv.dismissed()) {
            div.addClass("dismissed");
        }
    }

    /** A cell for people: 表三 “四、结转下年度继续办理”行 “自然人”列. */
    static String cellLabel(String table, String row, String col) {
        String r;
        String c;
        switch (table) {
            case TableKeys.APPLICATIONS -> {
                r = org.nianbao.engine.interpret.Vocabulary.applicationRowLabel(row);
                c = TableKeys.APPLICATION_COLUMNS.getOrDefault(col, col);
            }
            case TableKeys.REVIEW_LITIGATION -> {
                r = TableKeys.REVIEW_GROUPS.getOrDefault(row, row);
                c = TableKeys.REVIEW_OUTCOMES.getOrDefault(col, col);
            }
            default -> {
                r = org.nianbao.engine.interpret.Vocabulary.proactiveRowLabel(row);
                c = org.nianbao.engine.interpret.Vocabulary.proactiveColumnLabel(col);
            }
        }
        String name = TableKeys.tableName(table);
        int paren = name.indexOf('（');
        return (paren > 0 ? name.substring(0, paren) : name) + " “" + r + "”行 “" + c + "”列";
    }

    static String orUnknown(String s) {
        return s == null || s.isBlank() ? "未识别" : s;
    }
}
