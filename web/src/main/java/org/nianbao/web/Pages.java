package org.nianbao.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.nianbao.engine.batch.BatchSummary;
import org.nianbao.engine.interpret.Editions;
import org.nianbao.engine.rules.RuleSet;
import org.nianbao.engine.rules.Severity;

/** The service's pages other than a report's: self-check upload, audit workspace, progress, dashboard, errors. */
final class Pages {
    private Pages() {
    }

    static Document home(String csrf, WebConfig cfg) {
        Document d = Html.page("年报自查", "check");
        Element main = Html.main(d);
        Html.text(main, "h1", "政府信息公开工作年度报告自查");
        Html.text(main, "p", "选择或拖入一份年度报告（文本、网页、Word、PDF 均可），提交前看看按国家格式还有哪些需要改正的地方。"
                + "检查依据：国办公开办函〔2021〕30号（2021 年度起）、〔2019〕60号（2019—2020 年度）和《中华人民共和国政府信息公开条例》。");
        uploadForm(main, "/check", csrf, false, "开始检查");
        Html.text(main, "p", storageNote(cfg)).addClass("note");
        return d;
    }

    static String storageNote(WebConfig cfg) {
        return cfg.archive() == null
                ? "上传的文件只在检查期间保存在服务器的临时文件夹中，检查完即删除；检查结果只保存在内存中，服务重启后不再保留。"
                : "上传的文件检查完即删除；检查过的报告（读出的内容和发现）和审核意见保存在档案库中，可在“档案库”页面查看各机关的历年报告。";
    }

    static void uploadForm(Element parent, String action, String csrf, boolean multiple, String button) {
        Element form = Html.el(parent, "form", "upload").attr("method", "post").attr("action", action)
                .attr("enctype", "multipart/form-data").attr("id", "upload-form");
        Html.csrf(form, csrf);
        Element drop = Html.el(form, "label", "drop").attr("for", "file-input");
        Html.text(drop, "span", multiple ? "把多份报告或一个 .zip 压缩包拖到这里，或点击选择文件" : "把报告文件拖到这里，或点击选择文件")
                .addClass("drop-text");
        Element input = drop.appendElement("input").attr("type", "file").attr("name", "file").attr("id", "file-input");
        if (multiple) {
            input.attr("multiple", "");
            Element folder = Html.el(form, "label", "folder");
            folder.appendText("或者选择整个文件夹：");
            folder.appendElement("input").attr("type", "file").attr("name", "file").attr("id", "folder-input")
                    .attr("webkitdirectory", "").attr("multiple", "");
        } else {
            input.attr("required", "");
        }
        form.appendElement("button").attr("type", "submit").addClass("primary").text(button);
    }

    static Document audit(String csrf, WebConfig cfg, List<Job> recent) {
        Document d = Html.page("审核工作台", "audit");
        Element main = Html.main(d);
        Html.text(main, "h1", "审核工作台");
        Html.text(main, "p", "上传本地区各机关的年度报告（可多选文件，或一个 .zip 压缩包）。检查完成后可以看到汇总、按规则和按机关的统计图、"
                + "可排序筛选的报告列表，逐份查看并对每项发现作出“确认”或“驳回”，再导出整改清单。");
        uploadForm(main, "/audit", csrf, true, "开始批量检查");
        Html.text(main, "p", storageNote(cfg)).addClass("note");
        if (!recent.isEmpty()) {
            Html.text(main, "h2", "最近的检查");
            Element ul = main.appendElement("ul").addClass("jobs");
            for (Job j : recent) {
                Element li = ul.appendElement("li");
                Html.link(li, "/jobs/" + j.id(), ReportPage.TIME.format(j.created()) + "　" + j.total() + " 个文件");
                li.appendText("　" + (j.state() == Job.State.RUNNING ? "检查中（" + j.done() + "/" + j.total() + "）"
                        : j.state() == Job.State.DONE ? "已完成" : "失败"));
            }
        }
        return d;
    }

    static Document progress(Job job) {
        Document d = Html.page("检查中", "audit");
        Element main = Html.main(d);
        Html.text(main, "h1", "正在检查……");
        Element box = Html.el(main, "div", "progress-box").attr("id", "progress").attr("data-job", job.id())
                .attr("data-poll", "/api/jobs/" + job.id());
        Element prog = box.appendElement("progress").attr("max", String.valueOf(Math.max(1, job.total())))
                .attr("value", String.valueOf(job.done()));
        prog.text(job.done() + "/" + job.total());
        Html.text(box, "p", "已检查 " + job.done() + " / " + job.total() + " 个文件。页面会自动刷新。").addClass("progress-text");
        Html.link(Html.el(main, "p", "note"), "/jobs/" + job.id(), "如果页面没有自动刷新，请点这里。");
        return d;
    }

    static Document dashboard(Job job, Map<String, Integer> reviewedCounts, Editions editions) {
        BatchSummary s = job.summary();
        Document d = Html.page("批量检查结果", "audit");
        Element main = Html.main(d);
        Html.text(main, "h1", "批量检查结果").attr("id", "dashboard");
        Html.text(main, "p", "共 " + s.files() + " 个文件：已检查 " + s.checked() + " 个，无法读取 " + s.unreadable() + " 个。")
                .addClass("meta");
        Element v = Html.el(main, "div", "verdict").attr("id", "verdict");
        for (Severity sev : Severity.values()) {
            Element box = Html.el(v, "div", "count sev-" + sev.name()).attr("data-severity", sev.name());
            Html.text(box, "span", sev.label()).addClass("label");
            Html.text(box, "b", String.valueOf(s.total(sev)));
            Html.text(box, "span", "项").addClass("unit");
        }
        Element p = Html.el(main, "p", "downloads printhide");
        String base = "/jobs/" + job.id();
        p.appendText("下载全部结果：");
        Html.downloads(p, base + "/download", "", "xlsx", "html", "json", "csv");
        p.appendText("　整改清单（含审核意见）：");
        Html.downloads(p, base + "/rectification", "", "xlsx", "csv", "html");

        Element charts = Html.el(main, "div", "charts");
        List<Charts.Bar> sev = new ArrayList<>();
        for (Severity x : Severity.values()) {
            sev.add(new Charts.Bar(x.label(), new int[] {(int) s.total(x)}, null));
        }
        Element sevFig = Charts.bars(charts, "各级别发现数量", "chart-severity", sev);
        for (int i = 0; i < sev.size(); i++) {
            sevFig.select("rect").eq(i).addClass("sev-" + Severity.values()[i].name());
        }
        List<Charts.Bar> rules = new ArrayList<>();
        for (BatchSummary.RuleStat r : s.failedRules()) {
            if (rules.size() == 25) {
                break;
            }
            int[] parts = new int[3];
            parts[r.severity() == null ? 0 : r.severity().ordinal()] = r.reports();
            rules.add(new Charts.Bar(r.id() + " " + (r.title() == null ? "" : r.title()), parts, null));
        }
        Charts.bars(charts, "各规则涉及的报告数（前 25 项）", "chart-rules", rules);
        List<BatchSummary.AgencyStat> agencies = new ArrayList<>(s.agencies());
        agencies.sort((a, b) -> {
            int c = Integer.compare(b.count(Severity.ERROR), a.count(Severity.ERROR));
            return c != 0 ? c : Integer.compare(b.count(Severity.WARNING), a.count(Severity.WARNING));
        });
        List<Charts.Bar> ag = new ArrayList<>();
        for (BatchSummary.AgencyStat a : agencies) {
            if (ag.size() == 25) {
                break;
            }
            ag.add(new Charts.Bar(a.agency(), new int[] {a.count(Severity.ERROR), a.count(Severity.WARNING),
                a.count(Severity.INFO)}, null));
        }
        Charts.bars(charts, "各机关的发现（错误 / 警告 / 提示，前 25 个机关）", "chart-agencies", ag);

        agencyYears(main, job);

        Html.text(main, "h2", "报告列表");
        Element filters = Html.el(main, "div", "filters printhide");
        filters.appendElement("input").attr("type", "search").attr("id", "report-filter")
                .attr("placeholder", "按文件名或机关筛选");
        Element sel = filters.appendElement("select").attr("id", "severity-filter");
        sel.appendElement("option").attr("value", "").text("全部报告");
        sel.appendElement("option").attr("value", "error").text("只看有错误的");
        sel.appendElement("option").attr("value", "warning").text("只看有警告的");
        sel.appendElement("option").attr("value", "unreadable").text("只看无法读取的");
        Element table = Html.el(main, "table", "reports sortable").attr("id", "reports");
        Element hr = table.appendElement("thead").appendElement("tr");
        String[][] cols = {{"文件", "text"}, {"机关", "text"}, {"年度", "num"}, {"格式", "text"}, {"错误", "num"},
            {"警告", "num"}, {"提示", "num"}, {"已审核", "num"}, {"状态", "text"}};
        for (String[] c : cols) {
            hr.appendElement("th").attr("data-sort", c[1]).attr("tabindex", "0").text(c[0]);
        }
        Element body = table.appendElement("tbody");
        List<Job.Entry> entries = job.entries();
        for (int i = 0; i < entries.size(); i++) {
            Job.Entry e = entries.get(i);
            BatchSummary.Row row = s.rows().get(i);
            Element tr = body.appendElement("tr").attr("data-errors", String.valueOf(row.errors()))
                    .attr("data-warnings", String.valueOf(row.warnings())).attr("data-status", row.status());
            Html.link(tr.appendElement("td"), "/jobs/" + job.id() + "/reports/" + e.index(), e.file()).addClass("report-link");
            Html.text(tr, "td", row.agency() == null ? "" : row.agency());
            Html.text(tr, "td", row.year() == null ? "" : String.valueOf(row.year())).addClass("n");
            Html.text(tr, "td", row.readable() ? RuleSet.editionName(editions, row.edition()) : "");
            Html.text(tr, "td", String.valueOf(row.errors())).addClass("n");
            Html.text(tr, "td", String.valueOf(row.warnings())).addClass("n");
            Html.text(tr, "td", String.valueOf(row.infos())).addClass("n");
            Html.text(tr, "td", String.valueOf(reviewedCounts.getOrDefault(e.file() + "#" + e.index(), 0))).addClass("n");
            Html.text(tr, "td", row.readable() ? "已检查" : "无法读取：" + row.errorMessage());
        }
        return d;
    }

    /** Agencies with reports of several years in this job: one row per agency, one column per year. */
    static void agencyYears(Element main, Job job) {
        java.util.TreeMap<String, java.util.TreeMap<Integer, Job.Entry>> byAgency = new java.util.TreeMap<>();
        java.util.TreeSet<Integer> years = new java.util.TreeSet<>();
        for (Job.Entry e : job.entries()) {
            if (e.readable() && e.row().agency() != null && e.row().year() != null) {
                byAgency.computeIfAbsent(e.row().agency(), k -> new java.util.TreeMap<>()).putIfAbsent(e.row().year(), e);
            }
        }
        byAgency.values().removeIf(m -> m.size() < 2);
        if (byAgency.isEmpty()) {
            return;
        }
        byAgency.values().forEach(m -> years.addAll(m.keySet()));
        Html.text(main, "h2", "各机关历年情况");
        Html.text(main, "p", "同一机关有多个年度的报告时，按年度列出错误 / 警告数，点击查看该年度的报告。").addClass("note");
        Element t = Html.el(main, "table", "history").attr("id", "agency-history");
        Element hr = t.appendElement("thead").appendElement("tr");
        Html.text(hr, "th", "机关");
        for (Integer y : years) {
            Html.text(hr, "th", y + " 年度");
        }
        Element body = t.appendElement("tbody");
        for (var a : byAgency.entrySet()) {
            Element tr = body.appendElement("tr").attr("data-agency", a.getKey());
            Html.text(tr, "th", a.getKey());
            for (Integer y : years) {
                Element td = tr.appendElement("td").attr("data-year", String.valueOf(y));
                Job.Entry e = a.getValue().get(y);
                if (e != null) {
                    Html.link(td, "/jobs/" + job.id() + "/reports/" + e.index(),
                            "错误 " + e.row().count(Severity.ERROR) + "　警告 " + e.row().count(Severity.WARNING));
                }
            }
        }
    }

    static Document error(int status, String message) {
        Document d = Html.page("出错了", "");
        Element main = Html.main(d);
        Html.text(main, "h1", title(status)).attr("data-status", String.valueOf(status));
        Html.text(main, "p", message).addClass("error-message");
        Html.link(Html.el(main, "p", null), "/", "返回首页");
        return d;
    }

    static String title(int status) {
        return switch (status) {
            case 400 -> "请求有误";
            case 401 -> "需要访问令牌";
            case 403 -> "请求被拒绝";
            case 404 -> "页面不存在";
            case 413 -> "上传的文件太大";
            default -> "服务器内部错误";
        };
    }
}
