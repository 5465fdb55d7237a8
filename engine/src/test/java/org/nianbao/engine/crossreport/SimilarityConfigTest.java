package org.nianbao.engine.crossreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.nianbao.engine.config.ConfigException;

/** The 内容雷同 thresholds: their defaults, and the {@code similarity:} section of nianbao.yaml. */
class SimilarityConfigTest {

    @Test
    void defaultsAreTheCalibratedThresholds() {
        SimilarityOptions d = SimilarityOptions.DEFAULTS;
        assertThat(d).isEqualTo(new SimilarityOptions(8, 0.42, 0.15, 0.5, 3, 0.01, 40, 3));
        assertThat(d.toBuilder().build()).isEqualTo(d);
    }

    @Test
    void keysNotGivenKeepTheirDefaults() {
        SimilarityOptions o = SimilarityConfig.parse("nianbao.yaml", "similarity:\n  heavy: 0.6\n  passages: 5\n");
        assertThat(o).isEqualTo(SimilarityOptions.DEFAULTS.toBuilder().heavy(0.6).passages(5).build());
        assertThat(o.heavy()).isEqualTo(0.6);
        assertThat(o.passages()).isEqualTo(5);
        assertThat(o.partial()).isEqualTo(0.15);
        assertThat(o.shingle()).isEqualTo(8);
    }

    @Test
    void noSimilaritySectionGivesTheDefaults() {
        assertThat(SimilarityConfig.parse("nianbao.yaml", "rules:\n  FMT-T3-001: off\n")).isSameAs(SimilarityOptions.DEFAULTS);
        assertThat(SimilarityConfig.load(null)).isSameAs(SimilarityOptions.DEFAULTS);
    }

    @Test
    void unknownKeysAndBadValuesAreConfigErrors() {
        assertThatThrownBy(() -> SimilarityConfig.parse("a.yaml", "similarity:\n  heavvy: 0.5\n"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("未知的键 “heavvy”");
        assertThatThrownBy(() -> SimilarityConfig.parse("a.yaml", "similarity:\n  heavy: high\n"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("similarity.heavy 应为数字");
        assertThatThrownBy(() -> SimilarityConfig.parse("a.yaml", "similarity:\n  partial: 0.5\n  heavy: 0.3\n"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("partial 阈值不能大于 heavy 阈值");
        assertThatThrownBy(() -> SimilarityConfig.parse("a.yaml", "similarity:\n  shingle: 2\n"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("shingle 应在 3–32 之间");
    }

    @Test
    void theBuilderChecksWhatItBuilds() {
        assertThatThrownBy(() -> SimilarityOptions.DEFAULTS.toBuilder().commonAgencies(1).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("commonAgencies 至少为 2");
        assertThatThrownBy(() -> SimilarityOptions.DEFAULTS.toBuilder().sameYear(0).build())
                .isInstanceOf(IllegalArgumentException.class);
    }
}
