package org.nianbao.engine.crossreport;

/**
 * Thresholds of the 内容雷同 comparison (defaults calibrated on ../shared/corpus/real, see README).
 *
 * @param shingle         characters per shingle (after punctuation and white space are removed, digits unified)
 * @param heavy           share of a report's own text found in its previous year's report from which the copy is heavy
 * @param partial         share from which it is reported as partial (提示)
 * @param sameYear        share of a report's own text found in another agency's report of the same year to report it
 * @param commonAgencies  a passage found in at least this many agencies' reports is boilerplate and never counts
 * @param commonShare     … or in at least this share of the pool's agencies, when that is more (a text three
 *                        agencies of five share is the template; three of five thousand, a copy)
 * @param minShingles     reports with fewer own shingles than this are too short to judge
 * @param passages        how many of the longest shared passages a finding quotes
 */
public record SimilarityOptions(int shingle, double heavy, double partial, double sameYear, int commonAgencies,
                                double commonShare, int minShingles, int passages) {
    public static final SimilarityOptions DEFAULTS = new Builder()
            .shingle(8)
            .heavy(0.42)
            .partial(0.15)
            .sameYear(0.5)
            .commonAgencies(3)
            .commonShare(0.01)
            .minShingles(40)
            .passages(3)
            .build();

    /** These options as a builder, to change some of them. */
    public Builder toBuilder() {
        return new Builder().shingle(shingle).heavy(heavy).partial(partial).sameYear(sameYear)
                .commonAgencies(commonAgencies).commonShare(commonShare).minShingles(minShingles).passages(passages);
    }

    /** How many agencies must share a passage for it to be boilerplate, in a pool of {@code agencies}. */
    public int commonThreshold(int agencies) {
        return Math.max(commonAgencies, (int) Math.ceil(commonShare * agencies));
    }

    public SimilarityOptions {
        if (shingle < 3 || shingle > 32) {
            throw new IllegalArgumentException("shingle 应在 3–32 之间");
        }
        for (double d : new double[] {heavy, partial, sameYear}) {
            if (d <= 0 || d > 1) {
                throw new IllegalArgumentException("相似度阈值应在 0–1 之间（不含 0）");
            }
        }
        if (partial > heavy) {
            throw new IllegalArgumentException("partial 阈值不能大于 heavy 阈值");
        }
        if (commonShare < 0 || commonShare > 1) {
            throw new IllegalArgumentException("commonShare 应在 0–1 之间");
        }
        if (commonAgencies < 2) {
            throw new IllegalArgumentException("commonAgencies 至少为 2");
        }
    }

    /** Options by name; {@link #build()} checks them. */
    public static final class Builder {
        private int shingle;
        private double heavy;
        private double partial;
        private double sameYear;
        private int commonAgencies;
        private double commonShare;
        private int minShingles;
        private int passages;

        private Builder() {
        }

        public Builder shingle(int value) {
            this.shingle = value;
            return this;
        }

        public Builder heavy(double value) {
            this.heavy = value;
            return this;
        }

        public Builder partial(double value) {
            this.partial = value;
            return this;
        }

        public Builder sameYear(double value) {
            this.sameYear = value;
            return this;
        }

        public Builder commonAgencies(int value) {
            this.commonAgencies = value;
            return this;
        }

        public Builder commonShare(double value) {
            this.commonShare = value;
            return this;
        }

        public Builder minShingles(int value) {
            this.minShingles = value;
            return this;
        }

        public Builder passages(int value) {
            this.passages = value;
            return this;
        }

        /** The options; {@link IllegalArgumentException} (in Chinese) when one is out of range. */
        public SimilarityOptions build() {
            return new SimilarityOptions(shingle, heavy, partial, sameYear, commonAgencies, commonShare, minShingles,
                    passages);
        }
    }
}
