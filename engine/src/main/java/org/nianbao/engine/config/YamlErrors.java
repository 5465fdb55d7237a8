package org.nianbao.engine.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.nianbao.engine.extract.IoReasons;

/**
 * Why a YAML file (config, alias file, edition data, rule cases) could not be read, in Chinese: where
 * (line and column, as the parser reports them) and what kind of mistake, instead of the parser's
 * English text. One place, so that every file nianbao reads from users explains itself the same way.
 */
public final class YamlErrors {
    private YamlErrors() {
    }

    /** A kind of syntax mistake, recognised by a fragment of the parser's (English) message. */
    private record Kind(String fragment, String chinese) {
    }

    private static final List<Kind> KINDS = List.of(
            new Kind("duplicate field", "键重复出现"),
            new Kind("flow sequence", "方括号 [ ] 没有配对"),
            new Kind("flow mapping", "花括号 { } 没有配对"),
            new Kind("quoted scalar", "引号没有配对"),
            new Kind("(tab)", "含有制表符（YAML 的缩进只能用空格）"),
            new Kind("mapping values are not allowed", "冒号的位置不对（多半是缩进不一致，或值里含有未加引号的冒号）"),
            new Kind("block mapping", "缩进不一致"),
            new Kind("block collection", "缩进不一致"),
            new Kind("block sequence", "列表项（- ）的缩进不一致"),
            new Kind("could not find expected ':'", "缺少冒号"),
            new Kind("undefined alias", "引用了未定义的锚点（*）"),
            new Kind("found undefined tag", "使用了不支持的标记（!）"),
            new Kind("special characters are not allowed", "含有不允许的控制字符"),
            new Kind("unexpected end of stream", "文件意外结束"));

    /**
     * The reason in Chinese, e.g. “第 2 行第 15 列附近：方括号 [ ] 没有配对”. A read error that is not a
     * syntax error is explained as a file-system problem.
     */
    public static String chinese(IOException e) {
        if (e instanceof java.nio.charset.CharacterCodingException) {
            return "不是 UTF-8 编码的文本（请另存为 UTF-8）";
        }
        if (!(e instanceof JsonProcessingException jpe)) {
            return IoReasons.chinese(e);
        }
        String original = jpe.getOriginalMessage() == null ? "" : jpe.getOriginalMessage().toLowerCase(Locale.ROOT);
        String what = "YAML 语法错误";
        for (Kind k : KINDS) {
            if (original.contains(k.fragment())) {
                what = k.chinese();
                break;
            }
        }
        // the YAML parser's own mark is more exact than the location Jackson reports for the token being
        // read; its first "line L, column C" is where the unfinished construct began (an unclosed bracket
        // or quote), or the problem itself when there is only one
        int line = 0;
        int column = 0;
        java.util.regex.Matcher m = MARK.matcher(original);
        if (m.find()) {
            line = Integer.parseInt(m.group(1));
            column = Integer.parseInt(m.group(2));
        }
        JsonLocation at = jpe.getLocation();
        if (line == 0 && at != null) {
            line = at.getLineNr();
            column = at.getColumnNr();
        }
        if (line <= 0) {
            return what;
        }
        return "第 " + line + " 行" + (column > 0 ? "第 " + column + " 列" : "") + "附近：" + what;
    }

    private static final java.util.regex.Pattern MARK = java.util.regex.Pattern.compile("line (\\d+), column (\\d+)");
}
