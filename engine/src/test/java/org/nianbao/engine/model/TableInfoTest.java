package org.nianbao.engine.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A table's reading description, built part by part. */
class TableInfoTest {

    @Test
    void partsNotSetAreEmptyFalseOrNull() {
        TableInfo t = TableInfo.of(TableKeys.APPLICATIONS).build();
        assertThat(t).isEqualTo(new TableInfo(TableKeys.APPLICATIONS, false, false, null, null, List.of(), List.of(), null,
                false, List.of(), List.of(), null, List.of()));
    }

    @Test
    void everyPartSetLandsInItsPlace() {
        Location at = Location.ofTable("a.txt", TableKeys.PROACTIVE);
        TableInfo t = TableInfo.of(TableKeys.PROACTIVE).present(true).complete(false).method("text-tab")
                .confidence("low").unreadRows(List.of("fees")).problems(List.of("未找到“行政事业性收费”行"))
                .location(at).truncated(true).absentRows(List.of("coercion")).inconsistentRuns(List.of("“规章”（105）"))
                .edition("n2021").editionEvidence(List.of("本年制发件数")).build();
        assertThat(t).isEqualTo(new TableInfo(TableKeys.PROACTIVE, true, false, "text-tab", "low", List.of("fees"),
                List.of("未找到“行政事业性收费”行"), at, true, List.of("coercion"), List.of("“规章”（105）"), "n2021",
                List.of("本年制发件数")));
        assertThat(t.withAbsentRows(List.of())).isEqualTo(new TableInfo(TableKeys.PROACTIVE, true, false, "text-tab",
                "low", List.of("fees"), List.of("未找到“行政事业性收费”行"), at, true, List.of(), List.of("“规章”（105）"),
                "n2021", List.of("本年制发件数")));
        assertThat(at).isEqualTo(new Location("a.txt", null, null, null, TableKeys.PROACTIVE, null, null, null, null));
    }
}
