package org.nianbao.engine.extract;

import java.util.regex.Pattern;

/**
 * Numbers as the readers meet them in table cells: ASCII or full-width digits, an optional sign,
 * thousands separators only in groups of three, optional decimals. Used to tell a row of a table
 * printed without borders (text lines, PDF lines) from running text.
 */
public final class Numbers {
    /** One number (regular-expression source, no anchors). */
    public static final String NUMBER = "[+\\-－]?[0-9０-９]{1,3}(?:[,，][0-9０-９]{3})+(?:[.．][0-9０-９]+)?"
            + "|[+\\-－]?[0-9０-９]+(?:[.．][0-9０-９]+)?";
    /** Units a count or amount may carry in a cell. */
    private static final String UNIT = "(?:%|％|件|个|项|次|条|万元|万|元)";

    private static final Pattern QUANTITY = Pattern.compile("^\\s*(?:" + NUMBER + ")\\s*" + UNIT + "?\\s*$");
    private static final Pattern CELL_VALUE = Pattern.compile(
            "^\\s*(?:(?:" + NUMBER + ")\\s*" + UNIT + "?|[/／—\\-－]|无)\\s*$");

    private Numbers() {
    }

    /** A count or amount: one number with an optional percent sign or unit ("27", "1,234", "3.5万元", "12%"). */
    public static boolean isQuantity(String s) {
        return QUANTITY.matcher(s).matches();
    }

    /** A value cell of a statistics table: a quantity or a placeholder for none ("/", "—", "-", "无"). */
    public static boolean isCellValue(String s) {
        return CELL_VALUE.matcher(s).matches();
    }
}
