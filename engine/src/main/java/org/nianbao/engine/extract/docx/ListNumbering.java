package org.nianbao.engine.extract.docx;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/**
 * Word's automatic list numbering: the "一、" or "（二）" before a heading is not in the paragraph
 * text but generated from the numbering definition. This counts list paragraphs per list and level
 * and renders the level text ("%1、") in the level's number format, so headings read as they are
 * displayed. Formats it does not know give no label (nothing is guessed).
 */
public final class ListNumbering {
    private static final int LEVELS = 9;
    private final Map<BigInteger, int[]> counters = new HashMap<>();

    String label(XWPFParagraph p) {
        BigInteger numId;
        String levelText;
        try {
            numId = p.getNumID();
            if (numId == null || numId.signum() == 0) {
                return "";
            }
            levelText = p.getNumLevelText();
        } catch (RuntimeException e) {
            return "";
        }
        if (levelText == null) {
            return "";
        }
        int level = p.getNumIlvl() == null ? 0 : Math.min(Math.max(p.getNumIlvl().intValue(), 0), LEVELS - 1);
        int[] count = counters.computeIfAbsent(numId, k -> new int[LEVELS]);
        count[level]++;
        for (int l = level + 1; l < LEVELS; l++) {
            count[l] = 0;
        }
        String fmt = p.getNumFmt();
        if (fmt == null || fmt.equals("bullet") || fmt.equals("none")) {
            return "";
        }
        int start = 1;
        try {
            BigInteger override = p.getNumStartOverride();
            if (override != null) {
                start = override.intValue();
            }
        } catch (RuntimeException e) {
            // keep 1
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < levelText.length(); i++) {
            char c = levelText.charAt(i);
            if (c == '%' && i + 1 < levelText.length() && Character.isDigit(levelText.charAt(i + 1))) {
                int l = levelText.charAt(i + 1) - '1';
                if (l < 0 || l > level || l != level && !fmt.startsWith("decimal")) {
                    // another level's number in another format: not rendered rather than guessed
                    return "";
                }
                String n = format(start + Math.max(count[l], 1) - 1, fmt);
                if (n == null) {
                    return "";
                }
                sb.append(n);
                i++;
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** The number in a Word number format, or null when the format is not known. */
    static String format(int n, String fmt) {
        if (n <= 0) {
            return null;
        }
        return switch (fmt) {
            case "decimal", "decimalZero", "decimalFullWidth", "decimalHalfWidth" -> Integer.toString(n);
            case "chineseCounting", "chineseCountingThousand", "japaneseCounting", "taiwaneseCounting",
                    "taiwaneseCountingThousand" -> chinese(n);
            case "lowerLetter" -> n <= 26 ? String.valueOf((char) ('a' + n - 1)) : null;
            case "upperLetter" -> n <= 26 ? String.valueOf((char) ('A' + n - 1)) : null;
            default -> null;
        };
    }

    private static final String DIGITS = "零一二三四五六七八九";

    /** A list number in Chinese counting (1 → 一, 12 → 十二, 23 → 二十三); shared by the Word readers. */
    public static String chinese(int n) {
        if (n < 10) {
            return String.valueOf(DIGITS.charAt(n));
        }
        if (n < 20) {
            return "十" + (n % 10 == 0 ? "" : String.valueOf(DIGITS.charAt(n % 10)));
        }
        if (n < 100) {
            return DIGITS.charAt(n / 10) + "十" + (n % 10 == 0 ? "" : String.valueOf(DIGITS.charAt(n % 10)));
        }
        return Integer.toString(n);
    }
}
