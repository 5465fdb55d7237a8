package org.nianbao.engine.rules.arith;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nianbao.engine.model.Cell;
import org.nianbao.engine.model.CellStatus;
import org.nianbao.engine.model.Location;
import org.nianbao.engine.model.Report;
import org.nianbao.engine.model.TableKeys;
import org.nianbao.engine.rules.Finding;

class TableArithmeticTest {
    private static final List<String> ROWS_2021 = List.of("new_received", "carried_over", "granted", "partially_granted",
            "denied_state_secret", "denied_prohibited_by_law", "denied_three_safety_one_stability",
            "denied_third_party_rights", "denied_internal_affairs", "denied_process_info", "denied_enforcement_file",
            "denied_administrative_query", "unable_not_held", "unable_needs_creation", "unable_unclear_after_correction",
            "not_processed_petition", "not_processed_duplicate", "not_processed_publication", "not_processed_excessive",
            "not_processed_confirmation", "other_no_correction", "other_fee_unpaid", "other_other", "results_total",
            "carried_forward");
    private static final Map<String, String> LABELS = Map.of("new_received", "一、本年新收政府信息公开申请数量",
            "granted", "（一）予以公开", "partially_granted", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
            "unable_not_held", "1.本机关不掌握相关政府信息", "results_total", "（七）总计");
    private static final List<String> COLUMNS = List.copyOf(TableKeys.APPLICATION_COLUMNS.keySet());

    /** A consistent 2021 表三: 4 new + 1 carried over = 4 handled (2 granted, 2 not held) + 1 carried forward. */
    private static Map<String, double[]> table() {
        Map<String, double[]> t = new LinkedHashMap<>();
        for (String r : ROWS_2021) {
            t.put(r, new double[7]);
        }
        t.put("new_received", new double[]{3, 1, 0, 0, 0, 0, 4});
        t.put("carried_over", new double[]{1, 0, 0, 0, 0, 0, 1});
        t.put("granted", new double[]{2, 0, 0, 0, 0, 0, 2});
        t.put("unable_not_held", new double[]{1, 1, 0, 0, 0, 0, 2});
        t.put("results_total", new double[]{3, 1, 0, 0, 0, 0, 4});
        t.put("carried_forward", new double[]{1, 0, 0, 0, 0, 0, 1});
        return t;
    }

    private static Report report(Map<String, double[]> t, String blankRow, String blankColumn) {
        Report r = new Report();
        r.setFile("t.txt");
        int line = 10;
        for (Map.Entry<String, double[]> e : t.entrySet()) {
            line++;
            for (int c = 0; c < 7; c++) {
                String col = COLUMNS.get(c);
                boolean blank = e.getKey().equals(blankRow) && col.equals(blankColumn);
                Location loc = new Location("t.txt", line, null, "三", TableKeys.APPLICATIONS, e.getKey(), col,
                        LABELS.getOrDefault(e.getKey(), e.getKey()), TableKeys.APPLICATION_COLUMNS.get(col));
                r.getCells().add(new Cell(TableKeys.APPLICATIONS, e.getKey(), col, blank ? CellStatus.BLANK : CellStatus.NUMBER,
                        blank ? null : e.getValue()[c], "", null, loc));
            }
        }
        return r;
    }

    private static List<TableIdentity> failing(List<TableIdentity> ids) {
        return ids.stream().filter(i -> i.isComplete() && !i.isHolds()).toList();
    }

    private static String suspects(TableIdentity i) {
        return i.getSuspects().stream().map(s -> s.row() + "." + s.column() + " " + s.value() + "→" + s.expected()).toList().toString();
    }

    @Test
    void aConsistentTableHasEveryIdentityHoldingAndNothingToExplain() {
        List<TableIdentity> ids = TableArithmetic.facts(report(table(), null, null));
        // 7 column balances, 7 result totals, 25 row totals.
        assertThat(ids).hasSize(39);
        assertThat(failing(ids)).isEmpty();
        assertThat(ids).allMatch(i -> i.getSuspects().isEmpty() && i.getExplanation().isEmpty());
    }

    @Test
    void aChangedNewReceivedTotalAloneIsNamedWithItsExpectedValue() {
        Map<String, double[]> t = table();
        t.get("new_received")[6] = 5;
        List<TableIdentity> bad = failing(TableArithmetic.facts(report(t, null, null)));
        assertThat(bad).extracting(i -> i.getKind() + ":" + i.getKey())
                .containsExactlyInAnyOrder("column_balance:total", "row_total:new_received");
        for (TableIdentity i : bad) {
            assertThat(suspects(i)).isEqualTo("[new_received.total 5.0→4.0]");
            assertThat(i.getExplanation()).isEqualTo("最可能填错的是一、本年新收政府信息公开申请数量 总计列：填 5，按其他各项应为 4。");
        }
    }

    @Test
    void aCellAndItsTotalRaisedTogetherAreNamedAsAPair() {
        Map<String, double[]> t = table();
        t.get("granted")[0] = 4;
        t.get("granted")[6] = 4;
        List<TableIdentity> bad = failing(TableArithmetic.facts(report(t, null, null)));
        assertThat(bad).extracting(i -> i.getKind() + ":" + i.getKey())
                .containsExactlyInAnyOrder("results_total:natural_person", "results_total:total");
        for (TableIdentity i : bad) {
            assertThat(suspects(i)).isEqualTo("[granted.natural_person 4.0→2.0, granted.total 4.0→2.0]");
            assertThat(i.getExplanation()).startsWith("最可能填错的是以下 2 处")
                    .contains("（一）予以公开 自然人列填 4 应为 2").contains("（一）予以公开 总计列填 4 应为 2");
        }
    }

    /** {@link #table()} with 2 more received and 2 partially granted: still consistent. */
    private static Map<String, double[]> withPartiallyGranted() {
        Map<String, double[]> t = table();
        t.get("new_received")[0] += 2;
        t.get("new_received")[6] += 2;
        t.get("partially_granted")[0] = 2;
        t.get("partially_granted")[6] = 2;
        t.get("results_total")[0] += 2;
        t.get("results_total")[6] += 2;
        return t;
    }

    /** {@link #withPartiallyGranted()} with granted raised by 2 by mistake. */
    private static Report ambiguous() {
        Map<String, double[]> t = withPartiallyGranted();
        t.get("granted")[0] += 2;
        t.get("granted")[6] += 2;
        return report(t, null, null);
    }

    @Test
    void equallyGoodCorrectionsAreListedAndNoCellIsNamed() {
        // lowering granted or partially_granted by 2 explains the numbers equally well
        assertThat(failing(TableArithmetic.facts(report(withPartiallyGranted(), null, null)))).isEmpty();
        List<TableIdentity> bad = failing(TableArithmetic.facts(ambiguous()));
        assertThat(bad).hasSize(2);
        for (TableIdentity i : bad) {
            assertThat(i.getSuspects()).isEmpty();
            assertThat(i.getExplanation()).startsWith("有 2 种改法同样能使表中各项关系全部成立")
                    .contains("①（一）予以公开 自然人列填 4 应为 2，（一）予以公开 总计列填 4 应为 2")
                    .contains("②（二）部分公开 自然人列填 2 应为 0，（二）部分公开 总计列填 2 应为 0");
        }
    }

    private static org.nianbao.engine.model.Mention mention(String kind, double value, String phrase) {
        return new org.nianbao.engine.model.Mention(kind, value, phrase, "三", Location.ofLine("t.txt", 5));
    }

    @Test
    void theNarrativeBreaksATieBetweenEquallyGoodCorrections() {
        Report r = ambiguous();
        // the text says 2 were granted: only lowering 予以公开 makes the table agree with it
        r.getMentions().add(mention("app.granted", 2, "予以公开2件"));
        List<TableIdentity> bad = failing(TableArithmetic.facts(r));
        assertThat(bad).hasSize(2);
        for (TableIdentity i : bad) {
            assertThat(suspects(i)).isEqualTo("[granted.natural_person 4.0→2.0, granted.total 4.0→2.0]");
            assertThat(i.getExplanation()).startsWith("有 2 种改法都能使表中各项关系全部成立，其中只有一种与正文“予以公开2件”相符：")
                    .contains("（一）予以公开 自然人列填 4 应为 2").doesNotContain("部分公开");
        }
    }

    @Test
    void aMentionThatNoCorrectionChangesOrThatBothSatisfyDoesNotChoose() {
        Report r = ambiguous();
        // 本年新收 is 6 as printed and under both corrections: it tells nothing
        r.getMentions().add(mention("app.new", 6, "收到申请6件"));
        // a 表四 figure says nothing about 表三
        r.getMentions().add(mention("review.total", 0, "行政复议0件"));
        for (TableIdentity i : failing(TableArithmetic.facts(r))) {
            assertThat(i.getSuspects()).isEmpty();
            assertThat(i.getExplanation()).startsWith("有 2 种改法同样能使表中各项关系全部成立");
        }
    }

    @Test
    void mentionsPointingToDifferentCorrectionsLeaveTheTie() {
        Report r = ambiguous();
        r.getMentions().add(mention("app.granted", 2, "予以公开2件"));
        r.getMentions().add(mention("app.partially_granted", 0, "部分公开0件"));
        for (TableIdentity i : failing(TableArithmetic.facts(r))) {
            assertThat(i.getSuspects()).isEmpty();
        }
    }

    @Test
    void aBlankCellStopsTheSearch() {
        Map<String, double[]> t = table();
        t.get("new_received")[6] = 5;
        List<TableIdentity> ids = TableArithmetic.facts(report(t, "denied_state_secret", "research"));
        List<TableIdentity> bad = failing(ids);
        assertThat(bad).isNotEmpty();
        assertThat(bad).allMatch(i -> i.getSuspects().isEmpty());
        assertThat(bad.get(0).getExplanation()).contains("1 个单元格为空白").contains("无法推断");
        // The identities through the blank cell are incomplete and never judged.
        assertThat(ids).filteredOn(i -> i.getKind().equals("results_total") && i.getKey().equals("research")
                || i.getKey().equals("denied_state_secret"))
                .allMatch(i -> !i.isComplete());
    }

    @Test
    void theResultRowsAreThoseOfTheTableAsLaidOut() {
        // A 2019 试行 table: one （六）其他处理 row instead of three.
        Map<String, double[]> t = new LinkedHashMap<>();
        for (Map.Entry<String, double[]> e : table().entrySet()) {
            if (e.getKey().equals("other_no_correction")) {
                t.put("other_handling", new double[]{0, 0, 0, 0, 0, 0, 1});
            } else if (!e.getKey().startsWith("other_")) {
                t.put(e.getKey(), e.getValue());
            }
        }
        List<TableIdentity> bad = failing(TableArithmetic.facts(report(t, null, null)));
        // The 1 in other_handling's total breaks its row and the total column's result sum only.
        assertThat(bad).extracting(i -> i.getKind() + ":" + i.getKey())
                .containsExactlyInAnyOrder("row_total:other_handling", "results_total:total");
        assertThat(suspects(bad.get(0))).isEqualTo("[other_handling.total 1.0→0.0]");
    }

    private static Report review(double[]... groups) {
        Report r = new Report();
        r.setFile("t.txt");
        List<String> g = List.copyOf(TableKeys.REVIEW_GROUPS.keySet());
        List<String> o = List.copyOf(TableKeys.REVIEW_OUTCOMES.keySet());
        for (int i = 0; i < groups.length; i++) {
            for (int k = 0; k < 5; k++) {
                Location loc = new Location("t.txt", 40, null, "四", TableKeys.REVIEW_LITIGATION, g.get(i), o.get(k),
                        TableKeys.REVIEW_GROUPS.get(g.get(i)), TableKeys.REVIEW_OUTCOMES.get(o.get(k)));
                r.getCells().add(new Cell(TableKeys.REVIEW_LITIGATION, g.get(i), o.get(k), CellStatus.NUMBER,
                        groups[i][k], "", null, loc));
            }
        }
        return r;
    }

    @Test
    void aReviewGroupTotalIsUsuallyAmbiguousAndSaysSo() {
        List<TableIdentity> ids = TableArithmetic.facts(review(new double[]{1, 1, 0, 0, 3}, new double[]{0, 0, 0, 0, 0},
                new double[]{0, 0, 0, 0, 0}));
        assertThat(ids).hasSize(3);
        List<TableIdentity> bad = failing(ids);
        assertThat(bad).singleElement().satisfies(i -> {
            assertThat(i.getKey()).isEqualTo("review");
            assertThat(i.getSuspects()).isEmpty();
            // total→2, 结果维持→2, 结果纠正→2, 其他结果→1, 尚未审结→1
            assertThat(i.getExplanation()).startsWith("有 5 种改法").contains("①行政复议 结果维持填 1 应为 2").endsWith("；等。");
        });
    }

    @Test
    void theNarrativesReviewCountNamesTheReviewTotal() {
        Report r = review(new double[]{1, 1, 0, 0, 3}, new double[]{0, 0, 0, 0, 0}, new double[]{0, 0, 0, 0, 0});
        r.getMentions().add(mention("review.total", 2, "行政复议2件"));
        assertThat(failing(TableArithmetic.facts(r))).singleElement().satisfies(i -> {
            assertThat(i.getSuspects()).containsExactly(new Finding.Suspect(TableKeys.REVIEW_LITIGATION, "review",
                    "total", 3.0, 2.0));
            assertThat(i.getExplanation()).startsWith("有 5 种改法都能使表中各项关系全部成立，其中只有一种与正文“行政复议2件”相符")
                    .endsWith("：填 3，应为 2。");
        });
    }

    @Test
    void aReviewTotalThatOnlyTheTotalCanExplainIsNamed() {
        List<TableIdentity> bad = failing(TableArithmetic.facts(review(new double[]{0, 0, 0, 0, 0},
                new double[]{1, 1, 1, 0, 1}, new double[]{0, 0, 0, 0, 0})));
        assertThat(bad).singleElement().satisfies(i -> {
            assertThat(i.getSuspects()).containsExactly(new Finding.Suspect(TableKeys.REVIEW_LITIGATION, "litigation_direct",
                    "total", 1.0, 3.0));
            assertThat(i.getExplanation()).isEqualTo("最可能填错的是行政诉讼·未经复议直接起诉 总计：填 1，按其他各项应为 3。");
        });
    }

    @Test
    void rowNamesCarryTheirGroupAndDropTheLongNote() {
        Location loc = new Location("t", 1, null, null, "applications", "unable_not_held", "total", "1.本机关不掌握相关政府信息", "总计");
        assertThat(TableArithmetic.rowName(new Cell("applications", "unable_not_held", "total", CellStatus.NUMBER, 1.0, "1", null, loc)))
                .isEqualTo("（四）无法提供 1.本机关不掌握相关政府信息");
        Location loc2 = new Location("t", 1, null, null, "applications", "partially_granted", "total",
                "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "总计");
        assertThat(TableArithmetic.rowName(new Cell("applications", "partially_granted", "total", CellStatus.NUMBER, 1.0, "1", null, loc2)))
                .isEqualTo("（二）部分公开");
    }
}
