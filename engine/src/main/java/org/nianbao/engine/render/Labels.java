package org.nianbao.engine.render;

import java.util.List;
import org.nianbao.engine.rules.Finding;

/** Chinese labels shared by the human-facing formats. */
final class Labels {
    private Labels() {
    }

    static final String CHECKED = "已检查";
    static final String UNREADABLE = "无法读取";

    static String status(boolean readable) {
        return readable ? CHECKED : UNREADABLE;
    }

    /** The edition's Chinese name from the run's edition data ("" for none; the id before {@code begin}). */
    static String edition(RunInfo run, String edition) {
        if (edition == null) {
            return "";
        }
        return run == null ? edition : run.editionName(edition);
    }

    static String orDash(Object o) {
        return o == null ? "—" : o.toString();
    }

    static String references(List<String> refs) {
        return String.join("；", refs);
    }

    static String location(Finding f) {
        return f.location() == null ? "全文" : f.location().describe();
    }

    /** The other report of a cross-report finding, e.g. “某局 2023年度（a.txt）”; "" when none. */
    static String related(Finding f) {
        Finding.Related r = f.related();
        if (r == null) {
            return "";
        }
        return (r.agency() == null ? "未识别机关" : r.agency()) + (r.year() == null ? "" : " " + r.year() + "年度")
                + "（" + r.file() + "）";
    }

    /** The cells most likely filled in wrongly, in words; "" when none is named. */
    static String suspects(Finding f) {
        return org.nianbao.engine.rules.arith.TableArithmetic.words(f.suspects());
    }

    static Integer line(Finding f) {
        return f.location() == null ? null : f.location().line();
    }
}
