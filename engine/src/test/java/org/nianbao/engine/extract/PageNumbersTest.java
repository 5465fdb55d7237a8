package org.nianbao.engine.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The two page-number variants: unambiguous footers everywhere, a bare number only in a page's margin. */
class PageNumbersTest {
    @ParameterizedTest
    @ValueSource(strings = {"— 3 —", "- 12 -", "－３－", "·— 7 —·", "第 3 页", "第3页 共9页", "第３页，共９页",
            "第 3 页 / 共 9 页", "共 9 页", "，共9页", "3/9", "3 / 共 9 页", "9/9页", "Page 3", "page 3 of 9", "PAGE 3/9"})
    void unambiguousFormsAreFootersEverywhere(String line) {
        assertThat(PageNumbers.isFooter(line)).isTrue();
        assertThat(PageNumbers.isMarginNumber(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"3", "12", "-3", "3-", "０", "第3", "3页", "·3·", "2021", "— 2021 —", "9/3", "0/9", "3/9 号文件",
            "第三章", "共计 9 件", "第 3 页说明", "12.5", "3件", "1,234", ""})
    void aBareNumberOrTextIsNoFooter(String line) {
        assertThat(PageNumbers.isFooter(line)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"3", "12", "·3·", "- 3", "3-", "第3", "3页", "１２"})
    void aBareNumberIsAPageNumberOnlyInAPageMargin(String line) {
        assertThat(PageNumbers.isFooter(line)).isFalse();
        assertThat(PageNumbers.isMarginNumber(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2021", "12.5", "3件", "1,234", "30%", "第三页", "合计 3", ""})
    void numbersThatAreNoPageNumbersStayEvenInTheMargin(String line) {
        assertThat(PageNumbers.isMarginNumber(line)).isFalse();
    }
}
