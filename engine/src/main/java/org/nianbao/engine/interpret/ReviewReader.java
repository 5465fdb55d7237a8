package org.nianbao.engine.interpret;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.engine.model.Report;
import org.nianbao.engine.model.TableInfo;
import org.nianbao.engine.model.TableKeys;

/** Reads 表四 (one data row of fifteen cells) into canonical cells. */
final class ReviewReader {
    private final TableReader t;
    private final Report report;
    private final List<Item> items;
    private final Editions editions;

    ReviewReader(TableReader t) {
        this.t = t;
        this.report = t.report;
        this.items = t.items;
        this.editions = t.editions;
    }

    // ---------------------------------------------------------------- 表四

    void read(int start, int end) {
        String table = TableKeys.REVIEW_LITIGATION;
        List<String> keys = TableKeys.reviewCells();
        List<String> problems = new ArrayList<>();
        List<String> inconsistentRuns = new ArrayList<>();
        Item data = null;
        List<String> values = null;
        for (int i = start; i < end; i++) {
            Item it = items.get(i);
            if (!it.tableRow()) {
                continue;
            }
            if (it.unreadReason() != null) {
                data = it;
                problems.add(it.unreadReason());
                TableReader.inconsistent(it, "表四数据行", inconsistentRuns);
                break;
            }
            boolean allValues = it.cells().stream().allMatch(CellParser::isValueLike);
            long numbers = it.cells().stream().filter(c -> !c.isBlank()).count();
            TableReader.Split labelled = allValues ? null : TableReader.split(it);
            if (labelled != null && labelled.values().size() == 15
                    && labelled.values().stream().noneMatch(String::isBlank)) {
                // Header text and the fifteen numbers on one row (e.g. one cell per line folded).
                data = it;
                values = labelled.values();
                break;
            }
            if (allValues && numbers >= 5) {
                data = it;
                values = TableReader.fit(it.cells(), 15, it.gridKnown());
                if (values == null) {
                    problems.add("数据行读出 " + it.cells().size() + " 个单元格，应为 15 个，无法确定各自对应的列");
                }
                break;
            }
        }
        if (data == null && end < items.size() && items.subList(start, end).stream().noneMatch(Item::tableRow)) {
            // Only a heading or a sentence mentions 行政复议 and no table follows: the table is absent.
            report.getTableInfos().add(t.absent(table));
            return;
        }
        if (data == null) {
            problems.add("未找到表四的数据行");
        }
        if (data != null && data.unreadReason() != null) {
            values = null;
        }
        List<String> unread = new ArrayList<>();
        for (int k = 0; k < keys.size(); k++) {
            String key = keys.get(k);
            String[] parts = key.split("\\.");
            String rowLabel = TableKeys.REVIEW_GROUPS.get(parts[0]);
            String colLabel = TableKeys.REVIEW_OUTCOMES.get(parts[1]);
            if (values == null) {
                report.getCells().add(t.notRead(table, parts[0], parts[1], rowLabel, colLabel));
            } else {
                report.getCells().add(t.cell(table, parts[0], parts[1], values.get(k), data, rowLabel, colLabel));
            }
        }
        if (values == null) {
            unread.addAll(TableKeys.REVIEW_GROUPS.keySet());
        }
        boolean truncated = false;
        if (data == null && end >= items.size()) {
            truncated = true;
            problems.add(t.endsInside(table, ""));
        }
        report.getTableInfos().add(TableInfo.of(table)
                .present(true)
                .complete(problems.isEmpty())
                .method(data == null ? null : data.method())
                .confidence(data != null && FlatText.METHOD.equals(data.method()) ? FlatText.CONFIDENCE
                        : problems.isEmpty() ? "high" : "low")
                .unreadRows(unread)
                .problems(problems)
                .location(t.loc(items.get(start), table, null, null, null, null))
                .truncated(truncated)
                .inconsistentRuns(inconsistentRuns)
                .build());
    }
}
