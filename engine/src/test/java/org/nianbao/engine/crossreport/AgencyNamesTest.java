package org.nianbao.engine.crossreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgencyNamesTest {
    @Test
    void normalisesWidthSpaceBracketsAndOffices() {
        assertThat(AgencyNames.normalise(" 平潭综合实验区 经济发展局 ")).isEqualTo("平潭综合实验区经济发展局");
        assertThat(AgencyNames.normalise("ＸＸ市统计局")).isEqualTo("XX市统计局");
        assertThat(AgencyNames.normalise("某县经济发展局（统计局）")).isEqualTo("某县经济发展局");
        assertThat(AgencyNames.normalise("某县经济发展局(统计局)")).isEqualTo("某县经济发展局");
        assertThat(AgencyNames.normalise("某某县人民政府办公室")).isEqualTo("某某县人民政府");
        assertThat(AgencyNames.normalise("某某街道办事处党政办公室")).isEqualTo("某某街道办事处");
        assertThat(AgencyNames.normalise("某某县财政局办公室")).isEqualTo("某某县财政局办公室");
        assertThat(AgencyNames.normalise(null)).isEmpty();
    }

    @Test
    void aliasesFollowRenamesTransitively() {
        AgencyNames n = AgencyNames.of(Map.of("某市国有资产管理局", "某市投资促进局", "某市投资促进局", "某市投资促进中心"));
        assertThat(n.key("某市国有资产管理局")).isEqualTo("某市投资促进中心");
        assertThat(n.key("某市 投资促进局")).isEqualTo("某市投资促进中心");
        assertThat(n.key("某市财政局")).isEqualTo("某市财政局");
        AgencyNames loop = AgencyNames.of(Map.of("甲", "乙", "乙", "甲"));
        assertThat(loop.key("甲")).isIn("甲", "乙"); // a cycle ends, it does not hang
    }

    @Test
    void loadsAliasFiles(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("aliases.yaml");
        Files.writeString(f, "aliases:\n  某市国有资产管理局: 某市投资促进局\n");
        assertThat(AgencyNames.load(f).key("某市国有资产管理局")).isEqualTo("某市投资促进局");
        Files.writeString(f, "某市国有资产管理局: 某市投资促进局\n");
        assertThat(AgencyNames.load(f).size()).isEqualTo(1);
        Files.writeString(f, "- 列表\n");
        assertThatThrownBy(() -> AgencyNames.load(f)).hasMessageContaining("别名");
        Files.writeString(f, "甲: [1, 2]\n");
        assertThatThrownBy(() -> AgencyNames.load(f)).hasMessageContaining("新名称");
    }
}
