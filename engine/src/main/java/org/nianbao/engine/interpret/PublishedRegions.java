package org.nianbao.engine.interpret;

import java.util.LinkedHashMap;
import java.util.Map;
import org.nianbao.engine.model.TableKeys;

/**
 * Where each national table stands in the text as published (label normal form, before any table
 * recovery rewrote it), found by the words every printing of the table carries (the vocabulary's
 * {@code locators}): 表二 from
 * 第二十条第 to 表三's note or first row, 表三 to its last row 结转下年度继续办理, 表四 from the first
 * 行政复议 after that. Used to tell a deleted row (its words nowhere in the table) from an unread one
 * and to look for misspelt table labels where the table is. A table whose anchors are not found has
 * no region; callers then fall back to the whole text.
 */
final class PublishedRegions {
    private PublishedRegions() {
    }

    static Map<String, String> of(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        int t2 = firstOf(text, 0, Vocabulary.locator(TableKeys.PROACTIVE).start());
        int t3 = firstOf(text, Math.max(t2, 0), Vocabulary.locator(TableKeys.APPLICATIONS).start());
        if (t2 >= 0) {
            int end = t3 > t2 ? t3 : Math.min(text.length(), t2 + 2000);
            out.put(TableKeys.PROACTIVE, text.substring(t2, end));
        }
        if (t3 >= 0) {
            int last = firstOf(text, t3, Vocabulary.locator(TableKeys.APPLICATIONS).end());
            int end = last < 0 ? Math.min(text.length(), t3 + 3000) : Math.min(text.length(), last + 40);
            // 表四 follows the last row's figures at once in run-together text: it ends 表三.
            int t4 = firstOf(text, last < 0 ? end : last, Vocabulary.locator(TableKeys.REVIEW_LITIGATION).start());
            if (last >= 0 && t4 >= 0) {
                end = Math.min(end, t4);
            }
            out.put(TableKeys.APPLICATIONS, text.substring(t3, end));
            if (t4 >= 0) {
                out.put(TableKeys.REVIEW_LITIGATION, text.substring(t4, Math.min(text.length(), t4 + 400)));
            }
        }
        return out;
    }

    private static int firstOf(String text, int from, java.util.List<String> words) {
        int best = -1;
        for (String w : words) {
            int i = text.indexOf(w, from);
            if (i >= 0 && (best < 0 || i < best)) {
                best = i;
            }
        }
        return best;
    }
}
