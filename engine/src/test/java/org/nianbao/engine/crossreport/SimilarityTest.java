package org.nianbao.engine.crossreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SimilarityTest {
    static final String TEMPLATE = "根据《中华人民共和国政府信息公开条例》（以下简称《条例》）的规定，现向社会公布年度报告。"
            + "本报告中使用数据统计期限为2023年1月1日至2023年12月31日。如对本报告有任何疑问，请联系本机关办公室。";

    static ReportDigest report(String file, String agency, int year, String own) {
        return new ReportDigest(file, "text", agency, agency, year, "n2021", file, List.of(), List.of(),
                List.of(new ReportDigest.SectionText("preamble", null, null, TEMPLATE, null),
                        new ReportDigest.SectionText("overview", "一", "一、总体情况", own, 3)));
    }

    /** Text of distinct words drawn at random: no two seeds share more than chance. */
    static String prose(long seed, int sentences) {
        String[] words = {"政务公开", "网站栏目", "政策解读", "依申请", "办理流程", "专题培训", "公众参与", "数据开放",
            "便民服务", "意见征集", "新闻发布", "信息发布", "保密审查", "考核评议", "平台整合", "标准化", "基层公开",
            "重大决策", "预算决算", "人事信息", "行政执法", "双随机", "营商环境", "乡村振兴", "社会保障", "教育医疗"};
        Random r = new Random(seed);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            for (int w = 0; w < 6; w++) {
                sb.append(words[r.nextInt(words.length)]);
            }
            sb.append(r.nextInt(90) + 10).append("项。");
        }
        return sb.toString();
    }

    @Test
    void aCopyWithOnlyTheYearsChangedIsHeavyAndNamesItsPassages() {
        String own = prose(1, 12);
        Similarity.Pool pool = new Similarity(SimilarityOptions.DEFAULTS).pool(List.of(
                report("2022.txt", "甲局", 2022, own), report("2023.txt", "甲局", 2023, own.replace("2022", "2023"))));
        TextMatch m = pool.compare(pool.reports().get(1), pool.reports().get(0), "previous");
        assertThat(m).isNotNull();
        assertThat(m.level()).isEqualTo("heavy");
        assertThat(m.similarity()).isGreaterThan(0.95);
        assertThat(m.passages()).isNotEmpty();
        assertThat(m.sections()).contains("一 100%");
    }

    @Test
    void rewrittenTextAndTheTemplateAloneAreNotSimilar() {
        Similarity.Pool pool = new Similarity(SimilarityOptions.DEFAULTS).pool(List.of(
                report("2022.txt", "甲局", 2022, prose(1, 12)), report("2023.txt", "甲局", 2023, prose(2, 12))));
        assertThat(pool.compare(pool.reports().get(1), pool.reports().get(0), "previous")).isNull();
    }

    @Test
    void passagesInManyAgenciesAreBoilerplate() {
        String shared = prose(99, 10);
        List<ReportDigest> reports = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            reports.add(report("r" + i + ".txt", "局" + i, 2023, shared + prose(10 + i, 10)));
        }
        Similarity.Pool pool = new Similarity(SimilarityOptions.DEFAULTS).pool(reports);
        // half of each report is the shared passage, but it occurs in 4 agencies: it does not count
        assertThat(pool.compare(pool.reports().get(0), pool.reports().get(1), "same_year")).isNull();
        Similarity.Pool two = new Similarity(SimilarityOptions.DEFAULTS).pool(reports.subList(0, 2));
        assertThat(two.compare(two.reports().get(0), two.reports().get(1), "previous")).isNotNull();
    }

    @Test
    void aTextThreeOfManyAgenciesShareIsACopyNotBoilerplate() {
        List<ReportDigest> reports = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            reports.add(report("r" + i + ".txt", "局" + i, 2023, prose(5000 + i, 8)));
        }
        String copied = prose(42, 10);
        for (int i = 0; i < 3; i++) {
            reports.add(report("c" + i + ".txt", "抄" + i, 2023, copied));
        }
        assertThat(SimilarityOptions.DEFAULTS.commonThreshold(403)).isEqualTo(5);
        Similarity.Pool pool = new Similarity(SimilarityOptions.DEFAULTS).pool(reports);
        assertThat(pool.compare(pool.reports().get(401), pool.reports().get(400), "same_year")).isNotNull();
    }

    @Test
    void lshFindsTheCopiedPairAmongManyWithoutComparingAll() {
        List<ReportDigest> reports = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            reports.add(report("r" + i + ".txt", "局" + i, 2023, prose(1000 + i, 10)));
        }
        reports.add(report("copy.txt", "抄袭局", 2023, prose(1000 + 123, 10)));
        Similarity.Pool pool = new Similarity(SimilarityOptions.DEFAULTS).pool(reports);
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < reports.size(); i++) {
            all.add(i);
        }
        List<Similarity.Pair> pairs = pool.candidates(all);
        assertThat(pairs).anySatisfy(p -> assertThat(p).isEqualTo(new Similarity.Pair(123, 300)));
        assertThat(pairs.size()).as("candidate pairs, far fewer than all %d", 301 * 300 / 2).isLessThan(200);
        TextMatch m = pool.compare(pool.reports().get(300), pool.reports().get(123), "same_year");
        assertThat(m).isNotNull();
        assertThat(m.otherFile()).isEqualTo("r123.txt");
    }

    @Test
    void fingerprintsIgnoreTitlesDocumentNumbersPunctuationAndDigits() {
        long[] a = Fingerprint.of("按照国办公开办函〔2021〕30号和《政府信息公开条例》要求，共公开信息12条。", 8).distinct();
        long[] b = Fingerprint.of("按照国办公开办函〔2019〕60号和《某某管理办法》要求 共公开信息99条", 8).distinct();
        assertThat(a).containsExactly(b);
    }
}
