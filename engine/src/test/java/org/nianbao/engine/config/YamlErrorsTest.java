package org.nianbao.engine.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.engine.crossreport.AgencyNames;
import org.nianbao.engine.crossreport.SimilarityConfig;

/** YAML mistakes explained in Chinese with their place, for every file users hand to nianbao. */
class YamlErrorsTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private static String reason(String text) {
        IOException e = catchThrowableOfType(() -> YAML.readTree(text), IOException.class);
        assertThat(e).as("%s must not parse", text).isNotNull();
        return YamlErrors.chinese(e);
    }

    /** No English words (besides the name YAML): the parser's text stays out of the message. */
    private static void chineseOnly(String message) {
        assertThat(message.replace("YAML", "")).doesNotContainPattern("[A-Za-z]{3,}");
    }

    @Test
    void commonMistakesAreNamedWithTheirLine() {
        assertThat(reason("rules:\n  FMT-T3-001: [off\n")).startsWith("第 2 行").endsWith("方括号 [ ] 没有配对");
        assertThat(reason("rules:\n  FMT-T3-001: {a: 1\n")).endsWith("花括号 { } 没有配对");
        assertThat(reason("a: \"open\nb: 2\n")).endsWith("引号没有配对");
        assertThat(reason("a: 1\n  b: 2\n")).startsWith("第 2 行").contains("冒号的位置不对");
        assertThat(reason("a:\n\t- 1\n")).contains("制表符");
        for (String bad : new String[] {"rules:\n  FMT-T3-001: [off\n", "a: 1\n  b: 2\n", "a: \"open\nb: 2\n", "a:\n\t- 1\n",
            "- a\nb: 1\n"}) {
            chineseOnly(reason(bad));
        }
    }

    @Test
    void theFilesUsersGiveSayItInChinese(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "similarity:\n  shingle: [8\n");
        String config = catchThrowableOfType(() -> RuleConfig.load(bad, java.util.List.of()), ConfigException.class)
                .getMessage();
        assertThat(config).contains("不是有效的 YAML：第 ").contains("方括号");
        chineseOnly(config.replace(bad.toString(), ""));
        String similarity = catchThrowableOfType(() -> SimilarityConfig.load(bad), ConfigException.class).getMessage();
        assertThat(similarity).contains("方括号");
        Files.writeString(bad, "旧名: 新名\n  又一个: 名\n");
        String aliases = catchThrowableOfType(() -> AgencyNames.load(bad), IllegalArgumentException.class).getMessage();
        assertThat(aliases).contains("无法读取机关别名文件：第 2 行");
        chineseOnly(aliases.replace(bad.toString(), ""));
        Files.write(bad, new byte[] {(byte) 0xC4, (byte) 0xE3, ':', ' ', '1', '\n'});
        assertThat(catchThrowableOfType(() -> AgencyNames.load(bad), IllegalArgumentException.class).getMessage())
                .contains("UTF-8");
    }
}
