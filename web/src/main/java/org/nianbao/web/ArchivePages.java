package org.nianbao.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.nianbao.engine.archive.Archive;

/**
 * What the archive holds: every agency with its years, and one agency's reports across years with their
 * findings and review state, each linked to its full page ({@link ReportPage#archived}).
 */
final class ArchivePages {
    private ArchivePages() {
    }

    static String agencyHref(String agencyKey) {
        return "/archive/agency?key=" + URLEncoder.encode(agencyKey, StandardCharsets.UTF_8);
    }

    /** The page of an archived report, drawn as a checked report's page. */
    static String reportHref(long id) {
        return "/archive/reports/" + id;
    }

    static Document index(Archive archive) {
        Document d = Html.page("档案库", "archive");
        Element main = Html.main(d);
        Html.text(main, "h1", "档案库");
        Map<String, List<Archive.Entry>> byAgency = new LinkedHashMap<>();
        for (Archive.Entry e : archive.list(null, null)) {
            byAgency.computeIfAbsent(e.agencyKey() == null ? "" : e.agencyKey(), k -> new ArrayList<>()).add(e);
        }
        Html.text(main, "p", "档案库中共有 " + byAgency.size() + " 个机关的报告。点击机关查看其历年报告、发现和审核意见。").addClass("meta");
        Element t = Html.el(main, "table", "reports sortable").attr("id", "archive-agencies");
        Element hr = t.appendElement("thead").appendElement("tr");
        for (String[] c : new String[][] {{"机关", "text"}, {"年度", "text"}, {"报告数", "num"}, {"错误", "num"}, {"警告", "num"}}) {
            hr.appendElement("th").attr("data-sort", c[1]).attr("tabindex", "0").text(c[0]);
        }
        Element body = t.appendElement("tbody");
        for (Map.Entry<String, List<Archive.Entry>> a : byAgency.entrySet()) {
            List<Archive.Entry> es = a.getValue();
            Element tr = body.appendElement("tr").attr("data-agency-key", a.getKey());
            String name = es.get(es.size() - 1).agency();
            Html.link(tr.appendElement("td"), agencyHref(a.getKey()), name == null || name.isBlank() ? "（未识别机关）" : name);
            List<String> years = new ArrayList<>();
            int errors = 0;
            int warnings = 0;
            for (Archive.Entry e : es) {
                String y = e.year() == null ? "?" : String.valueOf(e.year());
                if (!years.contains(y)) {
                    years.add(y);
                }
                errors += e.errors();
                warnings += e.warnings();
            }
            Html.text(tr, "td", String.join("、", years));
            Html.text(tr, "td", String.valueOf(es.size())).addClass("n");
            Html.text(tr, "td", String.valueOf(errors)).addClass("n");
            Html.text(tr, "td", String.valueOf(warnings)).addClass("n");
        }
        return d;
    }

    static Document agency(Archive archive, String key, ReviewStore reviews) {
        List<Archive.Entry> history = archive.history(key);
        if (history.isEmpty()) {
            throw new LimitException(404, "档案库中没有这个机关的报告。");
        }
        String name = history.get(history.size() - 1).agency();
        Document d = Html.page(name == null ? "机关" : name, "archive");
        Element main = Html.main(d);
        Html.link(Html.el(main, "p", "crumbs printhide"), "/archive", "← 档案库");
        Html.text(main, "h1", (name == null ? "（未识别机关）" : name) + " · 历年报告").attr("id", "agency-history-page");
        historyTable(main, history, null);
        for (Archive.Entry e : history) {
            Element sec = Html.el(main, "section", "archived-report").attr("id", "report-" + e.id())
                    .attr("data-year", e.year() == null ? "" : String.valueOf(e.year()));
            Element h2 = Html.text(sec, "h2", (e.year() == null ? "年度未识别" : e.year() + " 年度") + " · ");
            Html.link(h2, reportHref(e.id()), e.file()).addClass("archived-report-link");
            Html.text(sec, "p", "检查时间：" + ReportPage.TIME.format(e.checkedAt()) + "　错误 " + e.errors() + " 项，警告 "
                    + e.warnings() + " 项，提示 " + e.infos() + " 项").addClass("meta");
            Map<String, Review> rv = reviews.reviews(e.contentHash());
            List<Archive.StoredFinding> fs = archive.findings(e.id());
            if (fs.isEmpty()) {
                Html.text(sec, "p", "未发现问题。");
                continue;
            }
            Element t = Html.el(sec, "table", "rectification");
            Element hr = t.appendElement("thead").appendElement("tr");
            for (String h : List.of("级别", "规则", "问题", "位置", "审核结论", "审核备注")) {
                Html.text(hr, "th", h);
            }
            Element body = t.appendElement("tbody");
            for (Archive.StoredFinding f : fs) {
                Review r = rv.get(f.findingKey());
                Element tr = body.appendElement("tr").attr("data-rule", f.rule())
                        .attr("data-review", r == null ? "" : r.decision());
                Html.text(tr, "td", f.severity() == null ? "" : f.severity().label());
                Html.text(tr, "td", f.rule());
                Html.text(tr, "td", f.message());
                Html.text(tr, "td", f.location() == null ? "全文" : f.location());
                Html.text(tr, "td", r == null ? "待审核" : r.label());
                Html.text(tr, "td", r == null ? "" : r.note());
            }
        }
        return d;
    }

    /** An agency's archived reports, one row per report (the one shown now marked). */
    static void historyTable(Element parent, List<Archive.Entry> history, String currentHash) {
        Element t = Html.el(parent, "table", "history").attr("id", "archive-history");
        Element hr = t.appendElement("thead").appendElement("tr");
        for (String h : List.of("年度", "文件", "错误", "警告", "提示", "检查时间")) {
            Html.text(hr, "th", h);
        }
        Element body = t.appendElement("tbody");
        for (Archive.Entry e : history) {
            Element tr = body.appendElement("tr").attr("data-year", e.year() == null ? "" : String.valueOf(e.year()));
            if (e.contentHash() != null && e.contentHash().equals(currentHash)) {
                tr.addClass("current");
            }
            Html.text(tr, "td", e.year() == null ? "未识别" : String.valueOf(e.year()));
            Html.link(tr.appendElement("td"), reportHref(e.id()), e.file()).addClass("archived-report-link");
            Html.text(tr, "td", String.valueOf(e.errors())).addClass("n");
            Html.text(tr, "td", String.valueOf(e.warnings())).addClass("n");
            Html.text(tr, "td", String.valueOf(e.infos())).addClass("n");
            Html.text(tr, "td", ReportPage.TIME.format(e.checkedAt()));
        }
    }
}
