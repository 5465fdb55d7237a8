package org.nianbao.engine.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NumbersTest {
    @ParameterizedTest
    @ValueSource(strings = {"0", "27", "１２", "1,234", "1，234,567", "3.5", "３．５", "-2", "－2", "+4", "12%", "3.5万元", "27 件",
            "6个", "100元"})
    void quantities(String s) {
        assertThat(Numbers.isQuantity(s)).isTrue();
        assertThat(Numbers.isCellValue(s)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/", "—", "无", "1,23", "1.2.3", "2023.1.1", "第3", "3页", "三", "12 34", "3件件", "a1"})
    void notQuantities(String s) {
        assertThat(Numbers.isQuantity(s)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "／", "—", "-", "－", "无", " 0 "})
    void placeholdersAreCellValuesButNoQuantities(String s) {
        assertThat(Numbers.isCellValue(s)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"无此项", "--", "——", "不适用", "予以公开", "1.2.3"})
    void textIsNoCellValue(String s) {
        assertThat(Numbers.isCellValue(s)).isFalse();
    }
}
