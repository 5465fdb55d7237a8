package org.nianbao.engine.interpret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EditionsTest {
    @Test
    void builtInEditionsAreLoadedFromData() {
        Editions e = Editions.bundled();
        assertThat(e.all()).extracting(Edition::id).contains("n2019", "n2021", "pre2019");
        Edition n2021 = e.byId("n2021");
        assertThat(n2021.appliesTo(2021)).isTrue();
        assertThat(n2021.appliesTo(2020)).isFalse();
        assertThat(n2021.applicationRows()).hasSize(25).contains("other_fee_unpaid").doesNotContain("other_handling");
        assertThat(e.byId("n2019").applicationRows()).hasSize(23).contains("other_handling");
        assertThat(e.byId("n2019").proactiveLayout()).containsKey("procurement");
        assertThat(e.byId("n2019").yearsText()).isEqualTo("2019—2020 年度");
    }

    @Test
    void detectionPicksTheEditionWithMostFingerprints() {
        Editions e = Editions.bundled();
        assertThat(e.detect(Text.label("信息内容 本年制发件数 本年废止件数 现行有效件数"), 2021).edition()).isEqualTo("n2021");
        assertThat(e.detect(Text.label("本年新制作数量 对外公开总数量 第二十条第（一）项"), 2020).edition()).isEqualTo("n2019");
        assertThat(e.detect(Text.label("政府信息公开的收费及减免情况 历年累计"), 2012).edition()).isEqualTo("pre2019");
        // A legacy word next to a 2019+ table marker is not a legacy report.
        assertThat(e.detect(Text.label("历年累计 勾稽关系"), 2020).edition()).isEqualTo("unknown");
    }

    @Test
    void aPackDirectoryCanAddAnEdition(@TempDir Path dir) throws Exception {
        Path pack = Files.createDirectories(dir.resolve("org/nianbao/rules/n2026"));
        Files.writeString(pack.resolve("edition.yaml"), String.join("\n",
                "id: n2026", "name: 2026年版格式", "years: {from: 2026}",
                "fingerprints: [本年制发件数, 本年废止件数, 现行有效件数, 本年收费金额, 逾期不补正, 收费通知, 部分予以公开]",
                "applications:", "  rows: [new_received, results_total]", "proactive:", "  regulations: [issued]",
                "labels:", "  applications:", "    partially_granted: {label: （二）部分予以公开, match: [部分予以公开]}"));
        Editions e = Editions.withDirectory(dir);
        assertThat(e.byId("n2026").appliesTo(2027)).isTrue();
        String tables2021 = "本年制发件数 本年废止件数 现行有效件数 本年收费金额 逾期不补正 收费通知";
        assertThat(e.detect(Text.label(tables2021 + " （二）部分予以公开"), 2026).edition()).isEqualTo("n2026");
        // A 2026 report still in the 2021 tables is detected as 2021 (so a rule can say so) …
        assertThat(e.detect(Text.label(tables2021 + " （二）部分公开"), 2026).edition()).isEqualTo("n2021");
        // … and a 2021 report is not mistaken for the new edition.
        assertThat(e.detect(Text.label(tables2021), 2021).edition()).isEqualTo("n2021");
        assertThat(e.byId("n2021")).isNotNull();
        Edition.RowLabel l = e.byId("n2026").labelsOf("applications").get("partially_granted");
        assertThat(l.label()).isEqualTo("（二）部分予以公开");
        assertThat(l.matches(Text.label("(二)部分予以公开"))).isTrue();
    }

    @Test
    void malformedEditionNamesTheFile() {
        assertThatThrownBy(() -> Editions.parseOne("x/edition.yaml", "name: [unclosed"))
                .hasMessageContaining("x/edition.yaml");
        assertThatThrownBy(() -> Editions.parseOne("y/edition.yaml", "name: 无编号"))
                .hasMessageContaining("y/edition.yaml").hasMessageContaining("id");
    }
}
