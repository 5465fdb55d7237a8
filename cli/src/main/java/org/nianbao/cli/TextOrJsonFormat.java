package org.nianbao.cli;

import picocli.CommandLine.Option;

/** {@code --format text|json}, shared by the commands that print either a text listing or JSON. */
public final class TextOrJsonFormat {
    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", description = "text（默认）或 json")
    String format = "text";

    /** True for json, false for text; any other value is a usage error (exit 2). */
    boolean json() {
        if (!format.equals("text") && !format.equals("json")) {
            throw new UsageException("不支持的输出格式：" + format + "（可选 text、json）");
        }
        return format.equals("json");
    }
}
