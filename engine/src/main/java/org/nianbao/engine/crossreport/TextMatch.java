package org.nianbao.engine.crossreport;

import java.util.List;
import org.nianbao.engine.rules.Finding;

/**
 * Cross-report fact: this report's narrative shares text with another report once national
 * boilerplate is removed.
 *
 * @param scope      {@code previous} (the agency's report of the year before) or {@code same_year}
 *                   (another agency's report of the same year)
 * @param level      {@code heavy} or {@code partial} (thresholds in {@link SimilarityOptions})
 * @param similarity the share of this report's own (non-boilerplate) text found in the other, 0–1
 * @param sections   per-section shares, e.g. “前言 92%，一 40%，五 0%”
 * @param passages   the longest shared passages, quoted
 */
public record TextMatch(String scope, String level, double similarity, String sections, List<String> passages,
                        String otherFile, String otherAgency, Integer otherYear) {
    public TextMatch {
        passages = passages == null ? List.of() : List.copyOf(passages);
    }

    public String getScope() { return scope; }
    public String getLevel() { return level; }
    public double getSimilarity() { return similarity; }
    public String getSections() { return sections; }
    public List<String> getPassages() { return passages; }

    /** The similarity as a percentage for messages. */
    public String getPercent() {
        return Math.round(similarity * 100) + "%";
    }

    /** The passages quoted and joined for messages. */
    public String getPassageText() {
        StringBuilder sb = new StringBuilder();
        for (String p : passages) {
            if (sb.length() > 0) {
                sb.append("；");
            }
            sb.append('“').append(p).append('”');
        }
        return sb.isEmpty() ? "（无）" : sb.toString();
    }

    public String getOtherDescription() {
        return (otherAgency == null ? "未识别机关" : otherAgency) + (otherYear == null ? "" : otherYear + "年度") + "报告（"
                + otherFile + "）";
    }

    public Finding.Related getRelated() {
        return new Finding.Related(otherFile, otherAgency, otherYear);
    }
}
