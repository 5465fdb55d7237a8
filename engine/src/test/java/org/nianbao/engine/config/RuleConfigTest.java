package org.nianbao.engine.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.engine.rules.RuleSettings;
import org.nianbao.engine.rules.Severity;

class RuleConfigTest {
    static final List<String> IDS = List.of("FMT-T3-004", "REG-DL-004", "FMT-SEC-004");

    @Test
    void readsSeverityOverridesAndOff() {
        RuleSettings s = RuleConfig.parse("t.yaml", "rules:\n  FMT-T3-004: info\n  REG-DL-004: off\n  FMT-SEC-004: 错误\n", IDS);
        assertThat(s.severityOf("FMT-T3-004", Severity.WARNING)).isEqualTo(Severity.INFO);
        assertThat(s.severityOf("REG-DL-004", Severity.INFO)).isNull();
        assertThat(s.severityOf("FMT-SEC-004", Severity.WARNING)).isEqualTo(Severity.ERROR);
        assertThat(s.severityOf("OTHER", Severity.WARNING)).isEqualTo(Severity.WARNING);
    }

    @Test
    void quotedOffAndEmptyFileWork() {
        assertThat(RuleConfig.parse("t.yaml", "rules:\n  REG-DL-004: \"off\"\n", IDS).severityOf("REG-DL-004", Severity.INFO)).isNull();
        assertThat(RuleConfig.parse("t.yaml", "", IDS).overrides()).isEmpty();
    }

    @Test
    void refusesUnknownRulesValuesAndKeys() {
        assertThatThrownBy(() -> RuleConfig.parse("t.yaml", "rules:\n  XYZ-001: off\n", IDS))
                .isInstanceOf(ConfigException.class).hasMessageContaining("XYZ-001");
        assertThatThrownBy(() -> RuleConfig.parse("t.yaml", "rules:\n  FMT-T3-004: loud\n", IDS))
                .isInstanceOf(ConfigException.class).hasMessageContaining("loud");
        assertThatThrownBy(() -> RuleConfig.parse("t.yaml", "rule:\n  FMT-T3-004: off\n", IDS))
                .isInstanceOf(ConfigException.class).hasMessageContaining("rule");
        assertThatThrownBy(() -> RuleConfig.parse("t.yaml", "rules: [a, b\n", IDS))
                .isInstanceOf(ConfigException.class).hasMessageContaining("YAML");
    }
}
