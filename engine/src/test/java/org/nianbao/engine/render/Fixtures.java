package org.nianbao.engine.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.nianbao.engine.batch.BatchSummary;
import org.nianbao.engine.batch.ReportResult;
import org.nianbao.engine.model.Location;
import org.nianbao.engine.rules.Finding;
import org.nianbao.engine.rules.RuleInfo;
import org.nianbao.engine.rules.Severity;

/** Tiny results shared by the renderer tests: one report with two findings, one clean, one unreadable. */
final class Fixtures {
    private Fixtures() {
    }

    static final RuleInfo RULE_A = new RuleInfo("T-001", Severity.ERROR, "合计不等于各项之和", List.of("条例第五十条"),
            List.of(), "common", "{0}", "说明 <b>A</b>", "改正", null, "t.drl");
    static final RuleInfo RULE_B = new RuleInfo("T-002", Severity.INFO, "措辞", List.of("格式 表一", "格式 表二"),
            List.of(), "common", "{0}", null, null, null, "t.drl");

    static List<ReportResult> results() {
        Finding a = new Finding("T-001", Severity.ERROR, "合计不等于各项之和", "合计为 5，各项之和为 \"6\", <script>",
                List.of("条例第五十条"), new Location("甲.txt", 12, null, null, "applications", "r", "c", "总计", "合计"),
                "6", "5").withSuspects(List.of(new Finding.Suspect("applications", "granted", "natural_person", 3.0, 1.0)));
        Finding b = new Finding("T-002", Severity.INFO, "措辞", "多行\n说明，含逗号", List.of("格式 表一", "格式 表二"), null,
                null, null);
        return List.of(
                new ReportResult("甲.txt", "text", "某市人民政府", 2021, "n2021", List.of(a, b), null, null, 0),
                new ReportResult("乙 & 丙.txt", "text", null, null, "unknown", List.of(), null, null, 0),
                ReportResult.unreadable("坏.pdf", "corrupt", "文件损坏 <x>", 0));
    }

    static byte[] render(String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResultRenderer r = ResultRenderer.create(format, out);
        r.begin(new RunInfo("nianbao test", List.of(RULE_A, RULE_B)));
        BatchSummary s = new BatchSummary(List.of(RULE_A, RULE_B));
        for (ReportResult rr : results()) {
            r.report(rr);
            s.add(rr);
        }
        r.end(s);
        return out.toByteArray();
    }
}
