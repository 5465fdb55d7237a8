package org.nianbao.engine.interpret;

/** Chinese numerals as used in reports: 二十三, 一百零五, 两千, 二○一二 (digit by digit). */
public final class ChineseNumerals {
    private ChineseNumerals() {
    }

    private static final String DIGITS = "〇零一二三四五六七八九";

    static int digit(char c) {
        if (c == '○' || c == 'O' || c == '0' || c == 'Ｏ') {
            return 0;
        }
        if (c == '两') {
            return 2;
        }
        int i = DIGITS.indexOf(c);
        if (i < 0) {
            return -1;
        }
        return i <= 1 ? 0 : i - 1;
    }

    /** Parses a numeral; returns -1 when the text is not one. Arabic digits are accepted too. */
    public static long parse(String s) {
        if (s == null || s.isEmpty()) {
            return -1;
        }
        String t = Text.halfWidth(s);
        if (t.chars().allMatch(Character::isDigit)) {
            return Long.parseLong(t);
        }
        boolean hasUnit = t.chars().anyMatch(c -> "十百千万亿".indexOf(c) >= 0);
        if (!hasUnit) {
            long v = 0;
            for (char c : t.toCharArray()) {
                int d = digit(c);
                if (d < 0) {
                    return -1;
                }
                v = v * 10 + d;
            }
            return v;
        }
        long total = 0;
        long section = 0;
        long number = 0;
        boolean any = false;
        for (char c : t.toCharArray()) {
            int d = digit(c);
            if (d >= 0) {
                number = d;
                any = true;
                continue;
            }
            long unit = switch (c) {
                case '十' -> 10;
                case '百' -> 100;
                case '千' -> 1000;
                case '万' -> 10_000;
                case '亿' -> 100_000_000;
                default -> -1;
            };
            if (unit < 0) {
                return -1;
            }
            any = true;
            if (unit >= 10_000) {
                section = (section + number) * unit;
                total += section;
                section = 0;
            } else {
                section += (number == 0 && unit == 10 ? 1 : number) * unit;
            }
            number = 0;
        }
        return any ? total + section + number : -1;
    }

    /** The 1-based number of a heading numeral (一 → 1, 十一 → 11), or -1. */
    public static int headingNumber(String numeral) {
        long v = parse(numeral);
        return v > 0 && v < 100 ? (int) v : -1;
    }
}
