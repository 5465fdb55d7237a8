package org.nianbao.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.nianbao.engine.interpret.Edition;
import org.nianbao.engine.interpret.Vocabulary;
import org.nianbao.engine.model.Cell;
import org.nianbao.engine.model.CellStatus;
import org.nianbao.engine.model.Numbers;
import org.nianbao.engine.model.Report;
import org.nianbao.engine.model.TableInfo;
import org.nianbao.engine.model.TableKeys;

/**
 * Draws 表二, 表三 and 表四 in the national layout (spec §2.2–2.4, §3.1) with the values as read.
 * Every value cell carries {@code data-cell="<table>.<row>.<column>"} (canonical keys, spec §10) and,
 * when a finding implicates it, {@code data-state="error"} or {@code "suspect"}.
 */
final class TablesView {
    /** How a cell is implicated: state ("error" / "suspect") and a note (e.g. the value it should hold). */
    record Mark(String state, String note) {
    }

    private final Report report;
    private final Edition edition;
    private final Map<String, Mark> marks;

    TablesView(Report report, Edition edition, Map<String, Mark> marks) {
        this.report = report;
        this.edition = edition;
        this.marks = marks;
    }

    void render(Element parent) {
        proactive(parent);
        applications(parent);
        review(parent);
    }

    // ---- 表二 -------------------------------------------------------------------------------

    private static final Map<String, String> ITEM_OF_ROW = Map.of(
            "regulations", "（一）", "normative_documents", "（一）", "licensing", "（五）", "other_services", "（五）",
            "punishment", "（六）", "coercion", "（六）", "fees", "（八）", "procurement", "（九）");

    private void proactive(Element parent) {
        Element box = heading(parent, TableKeys.PROACTIVE);
        if (edition == null || edition.proactiveLayout().isEmpty()) {
            Html.text(box, "p", "本报告的格式没有国家格式的表二，未绘制。").addClass("note");
            return;
        }
        int width = 0;
        Map<String, List<String>> blocks = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> e : edition.proactiveLayout().entrySet()) {
            width = Math.max(width, e.getValue().size());
            blocks.computeIfAbsent(ITEM_OF_ROW.getOrDefault(e.getKey(), ""), k -> new ArrayList<>()).add(e.getKey());
        }
        Element table = Html.el(box, "table", "national t2").attr("data-table", TableKeys.PROACTIVE);
        Element body = table.appendElement("tbody");
        for (Map.Entry<String, List<String>> block : blocks.entrySet()) {
            List<String> cols = edition.proactiveLayout().get(block.getValue().get(0));
            Element h = body.appendElement("tr").addClass("block");
            Html.text(h, "th", "第二十条第" + block.getKey() + "项").attr("colspan", String.valueOf(width + 1));
            Element labels = body.appendElement("tr");
            Html.text(labels, "th", "信息内容");
            for (int i = 0; i < cols.size(); i++) {
                Element th = Html.text(labels, "th", proactiveColumnLabel(cols.get(i)));
                span(th, i, cols.size(), width);
            }
            for (String row : block.getValue()) {
                Element tr = body.appendElement("tr");
                Html.text(tr, "th", proactiveRowLabel(row)).addClass("label");
                List<String> rowCols = edition.proactiveLayout().get(row);
                for (int i = 0; i < rowCols.size(); i++) {
                    span(cell(tr, TableKeys.PROACTIVE, row, rowCols.get(i)), i, rowCols.size(), width);
                }
            }
        }
        problems(box, TableKeys.PROACTIVE);
    }

    private static void span(Element td, int i, int n, int width) {
        if (i == n - 1 && n < width) {
            td.attr("colspan", String.valueOf(width - n + 1));
        }
    }

    private String proactiveRowLabel(String row) {
        Edition.RowLabel l = edition.labelsOf("proactive").get(row);
        return l != null ? l.label() : Vocabulary.proactiveRowLabel(row);
    }

    private String proactiveColumnLabel(String col) {
        Edition.RowLabel l = edition.labelsOf("proactive_columns").get(col);
        return l != null ? l.label() : Vocabulary.proactiveColumnLabel(col);
    }

    // ---- 表三 -------------------------------------------------------------------------------

    private void applications(Element parent) {
        Element box = heading(parent, TableKeys.APPLICATIONS);
        List<String> rows = edition == null ? List.of() : edition.applicationRows();
        if (rows.isEmpty()) {
            Html.text(box, "p", "本报告的格式没有国家格式的表三，未绘制。").addClass("note");
            return;
        }
        List<String> cols = new ArrayList<>(TableKeys.APPLICATION_COLUMNS.keySet());
        Element table = Html.el(box, "table", "national t3").attr("data-table", TableKeys.APPLICATIONS);
        Element head = table.appendElement("thead");
        Element h1 = head.appendElement("tr");
        Html.text(h1, "th", "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）")
                .attr("rowspan", "3").attr("colspan", "3").addClass("corner");
        Html.text(h1, "th", "申请人情况").attr("colspan", "7");
        Element h2 = head.appendElement("tr");
        Html.text(h2, "th", "自然人").attr("rowspan", "2");
        Html.text(h2, "th", "法人或其他组织").attr("colspan", "5");
        Html.text(h2, "th", "总计").attr("rowspan", "2");
        Element h3 = head.appendElement("tr");
        for (String c : List.of("commercial", "research", "social_welfare", "legal_service", "other_org")) {
            Html.text(h3, "th", TableKeys.APPLICATION_COLUMNS.get(c));
        }
        Element body = table.appendElement("tbody");
        List<String> results = new ArrayList<>();
        for (String r : rows) {
            if (!List.of("new_received", "carried_over", "carried_forward").contains(r)) {
                results.add(r);
            }
        }
        boolean resultsOpened = false;
        for (int i = 0; i < rows.size(); i++) {
            String row = rows.get(i);
            Element tr = body.appendElement("tr").attr("data-row", row);
            if (!results.contains(row)) {
                Html.text(tr, "th", applicationRowLabel(row)).attr("colspan", "3").addClass("label");
            } else {
                if (!resultsOpened) {
                    Html.text(tr, "th", "三、本年度办理结果").attr("rowspan", String.valueOf(results.size())).addClass("label");
                    resultsOpened = true;
                }
                String group = group(row);
                if (group == null) {
                    Html.text(tr, "th", applicationRowLabel(row)).attr("colspan", "2").addClass("label");
                } else {
                    if (i == 0 || !group.equals(group(rows.get(i - 1)))) {
                        int n = 0;
                        for (int j = i; j < rows.size() && group.equals(group(rows.get(j))); j++) {
                            n++;
                        }
                        Html.text(tr, "th", group).attr("rowspan", String.valueOf(n)).addClass("label");
                    }
                    Html.text(tr, "th", subLabel(row)).addClass("label sub");
                }
            }
            for (String col : cols) {
                cell(tr, TableKeys.APPLICATIONS, row, col);
            }
        }
        problems(box, TableKeys.APPLICATIONS);
    }

    /** The row group label (（三）不予公开 …) of a sub-row, or null for a row that stands alone. */
    private static String group(String row) {
        if (row.startsWith("denied_")) {
            return "（三）不予公开";
        }
        if (row.startsWith("unable_")) {
            return "（四）无法提供";
        }
        if (row.startsWith("not_processed_")) {
            return "（五）不予处理";
        }
        if (row.startsWith("other_") && !row.equals("other_handling")) {
            return "（六）其他处理";
        }
        return null;
    }

    private String applicationRowLabel(String row) {
        Edition.RowLabel l = edition == null ? null : edition.labelsOf("applications").get(row);
        return l != null ? l.label() : Vocabulary.applicationRowLabel(row);
    }

    private String subLabel(String row) {
        String l = applicationRowLabel(row);
        int sp = l.indexOf(' ');
        return sp > 0 ? l.substring(sp + 1) : l;
    }

    // ---- 表四 -------------------------------------------------------------------------------

    private void review(Element parent) {
        Element box = heading(parent, TableKeys.REVIEW_LITIGATION);
        Element table = Html.el(box, "table", "national t4").attr("data-table", TableKeys.REVIEW_LITIGATION);
        Element head = table.appendElement("thead");
        Element h1 = head.appendElement("tr");
        Html.text(h1, "th", "行政复议").attr("colspan", "5");
        Html.text(h1, "th", "行政诉讼").attr("colspan", "10");
        Element h2 = head.appendElement("tr");
        for (String o : TableKeys.REVIEW_OUTCOMES.values()) {
            Html.text(h2, "th", o).attr("rowspan", "2");
        }
        Html.text(h2, "th", "未经复议直接起诉").attr("colspan", "5");
        Html.text(h2, "th", "复议后起诉").attr("colspan", "5");
        Element h3 = head.appendElement("tr");
        for (int k = 0; k < 2; k++) {
            for (String o : TableKeys.REVIEW_OUTCOMES.values()) {
                Html.text(h3, "th", o);
            }
        }
        Element tr = table.appendElement("tbody").appendElement("tr");
        for (String g : TableKeys.REVIEW_GROUPS.keySet()) {
            for (String o : TableKeys.REVIEW_OUTCOMES.keySet()) {
                cell(tr, TableKeys.REVIEW_LITIGATION, g, o);
            }
        }
        problems(box, TableKeys.REVIEW_LITIGATION);
    }

    // ---- cells ------------------------------------------------------------------------------

    private Element heading(Element parent, String table) {
        Element box = Html.el(parent, "section", "table-box").attr("id", "table-" + table);
        Html.text(box, "h3", TableKeys.tableName(table));
        TableInfo info = report.tableInfo(table);
        if (info != null && !info.present()) {
            Html.text(box, "p", "报告中未找到或未能读出此表；下表为空。").addClass("note");
        }
        return box;
    }

    private void problems(Element box, String table) {
        TableInfo info = report.tableInfo(table);
        if (info != null && info.present() && !info.problems().isEmpty()) {
            Html.text(box, "p", "未能完整读取：" + info.getProblemSummary()).addClass("note");
        }
    }

    private Element cell(Element tr, String table, String row, String col) {
        String key = table + "." + row + "." + col;
        Cell c = report.cell(table, row, col);
        Element td = tr.appendElement("td").attr("data-cell", key);
        if (c == null) {
            td.addClass("absent").attr("title", "未读出");
        } else if (c.getStatus() == CellStatus.NUMBER) {
            td.text(Numbers.format(c.getValue())).addClass("n");
        } else if (c.getStatus() == CellStatus.BLANK) {
            td.text(c.getRaw() == null || c.getRaw().isBlank() ? "" : c.getRaw()).addClass("blank").attr("title", "空白：未填报");
        } else if (c.getStatus() == CellStatus.INVALID) {
            td.text(c.getRaw() == null ? "" : c.getRaw()).addClass("invalid").attr("title", "不是数字");
        } else {
            td.text("?").addClass("unread").attr("title", "未读出");
        }
        Mark m = marks.get(key);
        if (m != null) {
            td.attr("data-state", m.state());
            if (m.note() != null) {
                td.appendElement("span").addClass("should").text(m.note());
                td.attr("title", m.note());
            }
        }
        return td;
    }
}
