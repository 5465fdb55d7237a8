package org.nianbao.engine.rules;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small text helpers for DRL conditions. */
public final class TextSearch {
    private TextSearch() {
    }

    /** The first match of {@code regex} in {@code text}, or null. */
    public static String find(String text, String regex) {
        if (text == null) {
            return null;
        }
        Matcher m = Pattern.compile(regex).matcher(text);
        return m.find() ? m.group() : null;
    }
}
