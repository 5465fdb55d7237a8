package org.nianbao.engine.rules;

import org.nianbao.engine.model.Report;
import org.nianbao.engine.model.TableInfo;

/**
 * Whether a document looks cut off inside a table: the interpreter says so ({@link Report#isTruncated()}), or
 * the text's last line is a table row and a national table was found but not read completely. Rules that
 * report something "missing" do not fire on such documents (EXT-TAB-003 reports the truncation instead).
 */
public final class Truncation {
    private Truncation() {
    }

    public static boolean possiblyTruncated(Report r) {
        if (r.isTruncated()) {
            return true;
        }
        String text = r.getFullText().stripTrailing();
        int nl = text.lastIndexOf('\n');
        String last = nl < 0 ? text : text.substring(nl + 1);
        if (!last.contains("\t")) {
            return false;
        }
        for (TableInfo t : r.getTableInfos()) {
            if (t.present() && !t.complete()) {
                return true;
            }
        }
        return false;
    }
}
