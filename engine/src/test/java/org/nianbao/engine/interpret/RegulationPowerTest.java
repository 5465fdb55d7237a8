package org.nianbao.engine.interpret;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Who may make 规章: only then is a deleted 规章 row of 表二 lost information. */
class RegulationPowerTest {
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "江苏省人民政府, true",
            "淮安市人民政府, true",
            "广西壮族自治区人民政府, true",
            "某某县人民政府, false",
            "某某市某某区人民政府, false",
            "某某镇人民政府, false",
            "平潭综合实验区经济发展局, false",
            "平潭综合实验区海坛片区管理局, false",
            "某某市财政局, false",
    })
    void regulationMaking(String agency, boolean expected) {
        assertThat(TitleAndAgency.regulationMaking(agency)).isEqualTo(expected);
    }
}
