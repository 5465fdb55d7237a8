package org.nianbao.engine.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Page numbers carried into a report's body text (a PDF's page footer or header, or a report copied
 * or converted out of one). Two named variants, because a bare number is also a table cell:
 * <ul>
 *   <li>{@link #isFooter} — forms that cannot be anything but a page number: "— 3 —", "- 3 -",
 *       "第 3 页", "第 3 页 共 9 页", "共 9 页", "3/9", "3 / 共 9 页", "Page 3 of 9". Every reader drops
 *       such a line wherever it stands.</li>
 *   <li>{@link #isMarginNumber} — those, and a bare number ("3", "·3·", "-3", "第3", "3页"), which is
 *       a page number only where the reader knows the line stands alone in a page's header or footer
 *       band (the PDF reader, among the first or last lines of a page). A reader without pages (text,
 *       HTML, Word) must never drop a bare number: it may be a table cell read one per line.</li>
 * </ul>
 */
public final class PageNumbers {
    private static final String N = "([0-9０-９]{1,4})";
    private static final String DASH = "[\\-—–－―]";
    /** Decoration around a page number: dashes, dots and spaces. */
    private static final String DECO = "[\\s\\-—–－―·•]*";

    /** "— 3 —": a short number framed by dashes on both sides. */
    private static final String FRAMED = "[\\s·•]*" + DASH + "+[\\s·•]*[0-9０-９]{1,3}[\\s·•]*" + DASH + "+[\\s·•]*";
    /** "第 3 页", "第 3 页，共 9 页", "第3页/共9页". */
    private static final String NTH = "第\\s*" + N + "\\s*页(?:\\s*[，,/／]?\\s*共\\s*" + N + "\\s*页)?";
    /** "共 9 页". */
    private static final String TOTAL = "[,，]?\\s*共\\s*" + N + "\\s*页";
    /** "3/9", "3 / 共 9 页", "3/9页": checked to be a page of the total ({@code 1 <= n <= total}). */
    private static final Pattern FRACTION = Pattern.compile(
            "^" + DECO + N + "\\s*[/／]\\s*(?:共\\s*)?" + N + "\\s*页?" + DECO + "$");
    /** "Page 3", "page 3 of 9", "PAGE 3/9". */
    private static final String PAGE = "(?:page|Page|PAGE)\\s*" + N + "(?:\\s*(?:of|/)\\s*" + N + ")?";

    private static final Pattern UNAMBIGUOUS = Pattern.compile(
            "^\\s*(?:" + FRAMED + "|" + DECO + "(?:" + NTH + "|" + TOTAL + "|" + PAGE + ")" + DECO + ")\\s*$");
    /** A bare page number with optional decoration, "第" or "页" (page numbers stay below 1000). */
    private static final Pattern BARE = Pattern.compile(
            "^" + DECO + "(?:第\\s*)?[0-9０-９]{1,3}(?:\\s*页)?" + DECO + "$");

    private PageNumbers() {
    }

    /** True when the line is a page number in a form that cannot be a table cell or text. */
    public static boolean isFooter(String line) {
        if (UNAMBIGUOUS.matcher(line).matches()) {
            return true;
        }
        Matcher m = FRACTION.matcher(line);
        if (m.matches()) {
            int page = value(m.group(1));
            return page >= 1 && page <= value(m.group(2));
        }
        return false;
    }

    /**
     * True when the line is a page number once the reader knows it stands alone in a page's header or
     * footer band: the {@link #isFooter} forms and a bare, possibly decorated, number.
     */
    public static boolean isMarginNumber(String line) {
        return isFooter(line) || BARE.matcher(line).matches();
    }

    private static int value(String digits) {
        int v = 0;
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            v = v * 10 + (c >= '０' ? c - '０' : c - '0');
        }
        return v;
    }
}
