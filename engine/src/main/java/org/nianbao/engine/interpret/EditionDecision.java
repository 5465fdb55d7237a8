package org.nianbao.engine.interpret;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.engine.model.Report;
import org.nianbao.engine.model.TableInfo;
import org.nianbao.engine.model.TableKeys;

/**
 * Decides the report's edition from its tables' structure, weighed over all the evidence the
 * {@link TableReader} found (表二's column headers and rows, 表三's rows): both tables agree → that
 * edition; one decides → that one; they disagree → a hybrid (the edition that applies to the report
 * year runs the rules, and the hybrid is named). Without any table evidence the text detection made
 * before reading the tables stands.
 */
final class EditionDecision {
    private EditionDecision() {
    }

    static void decide(Report r, Editions editions) {
        TableInfo t2 = r.tableInfo(TableKeys.PROACTIVE);
        TableInfo t3 = r.tableInfo(TableKeys.APPLICATIONS);
        String e2 = t2 == null ? null : t2.edition();
        String e3 = t3 == null ? null : t3.edition();
        if (e2 == null && e3 == null) {
            r.setEditionDecision("表格中没有可判断版本的表头或行；按" + (r.getEditionEvidence().isEmpty()
                    ? (r.getYear() == null ? "默认" : "报告年度")
                    : "全文用语（" + String.join("、", r.getEditionEvidence()) + "）") + "判断为" + name(editions, r.getEdition()));
            return;
        }
        String chosen;
        if (e2 == null || e3 == null || e2.equals(e3)) {
            chosen = e2 != null ? e2 : e3;
        } else {
            Edition a = editions.byId(e2);
            Edition b = editions.byId(e3);
            Integer y = r.getYear();
            boolean aFits = y != null && a != null && a.appliesTo(y);
            boolean bFits = y != null && b != null && b.appliesTo(y);
            chosen = aFits && !bFits ? e2 : e3;
            r.setHybridDescription(describe(editions, TableKeys.PROACTIVE, t2) + "，"
                    + describe(editions, TableKeys.APPLICATIONS, t3));
        }
        List<String> evidence = new ArrayList<>();
        StringBuilder decision = new StringBuilder();
        for (TableInfo t : new TableInfo[] {t2, t3}) {
            if (t == null || t.edition() == null) {
                continue;
            }
            if (t.edition().equals(chosen)) {
                evidence.addAll(t.editionEvidence());
            }
            if (decision.length() > 0) {
                decision.append("；");
            }
            decision.append(describe(editions, t.table(), t));
        }
        decision.append(r.isHybrid() ? "。两表版本不同（混用），按适用于本年度的" : "。判断为").append(name(editions, chosen));
        r.setEdition(chosen);
        r.setEditionEvidence(evidence);
        r.setEditionDecision(decision.toString());
        if (r.isHybrid()) {
            keepRequiredAbsentRows(r, editions.byId(chosen));
        }
    }

    /**
     * A table read in another edition's layout than the report's may lack rows that only that
     * layout prints (a 2021 report's 表二 in 2019 columns has no 其他对外管理服务事项 row): such a row is
     * not required of the report and is not absent.
     */
    private static void keepRequiredAbsentRows(Report r, Edition chosen) {
        if (chosen == null) {
            return;
        }
        List<TableInfo> infos = r.getTableInfos();
        for (int i = 0; i < infos.size(); i++) {
            TableInfo t = infos.get(i);
            List<String> required = TableKeys.PROACTIVE.equals(t.table())
                    ? new ArrayList<>(chosen.proactiveLayout().keySet()) : chosen.applicationRows();
            List<String> absent = new ArrayList<>(t.absentRows());
            if (absent.removeIf(row -> !required.contains(row))) {
                infos.set(i, t.withAbsentRows(absent));
            }
        }
    }

    private static String describe(Editions editions, String table, TableInfo t) {
        return TableKeys.shortName(table) + "按" + name(editions, t.edition())
                + "（依据：" + String.join("、", t.editionEvidence()) + "）";
    }

    private static String name(Editions editions, String id) {
        Edition e = id == null ? null : editions.byId(id);
        return e == null ? String.valueOf(id) : e.name();
    }
}
