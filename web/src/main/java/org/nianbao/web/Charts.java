package org.nianbao.web;

import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Server-side SVG charts (no script library, nothing loaded from outside): horizontal bars with a
 * label and a value each; a bar may be split into the three severities.
 */
final class Charts {
    private Charts() {
    }

    /** One bar: its label, its parts (errors, warnings, infos — or a single value) and an optional link. */
    record Bar(String label, int[] parts, String href) {
        int total() {
            int t = 0;
            for (int p : parts) {
                t += p;
            }
            return t;
        }
    }

    private static final String[] PART_CLASSES = {"bar-error", "bar-warning", "bar-info"};

    static Element bars(Element parent, String title, String id, List<Bar> bars) {
        Element fig = Html.el(parent, "figure", "chart").attr("id", id);
        Html.text(fig, "figcaption", title);
        if (bars.isEmpty()) {
            Html.text(fig, "p", "没有数据。").addClass("note");
            return fig;
        }
        int max = 1;
        for (Bar b : bars) {
            max = Math.max(max, b.total());
        }
        int rowH = 22;
        int labelW = 260;
        int barW = 380;
        int height = bars.size() * rowH + 6;
        Element svg = fig.appendElement("svg").attr("xmlns", "http://www.w3.org/2000/svg")
                .attr("viewBox", "0 0 " + (labelW + barW + 60) + " " + height)
                .attr("width", String.valueOf(labelW + barW + 60)).attr("height", String.valueOf(height))
                .attr("role", "img").attr("aria-label", title);
        int y = 3;
        for (Bar b : bars) {
            Element g = svg.appendElement("g").addClass("bar").attr("data-label", b.label())
                    .attr("data-value", String.valueOf(b.total()));
            Element target = g;
            if (b.href() != null) {
                target = g.appendElement("a").attr("href", b.href());
            }
            Element label = target.appendElement("text").attr("x", String.valueOf(labelW - 6))
                    .attr("y", String.valueOf(y + 15)).attr("text-anchor", "end").addClass("label");
            label.text(shorten(b.label(), 22));
            target.appendElement("title").text(b.label() + "：" + b.total());
            double x = labelW;
            for (int i = 0; i < b.parts().length; i++) {
                int v = b.parts()[i];
                if (v <= 0) {
                    continue;
                }
                double w = Math.max(1.0, (double) v / max * barW);
                target.appendElement("rect").attr("x", fmt(x)).attr("y", String.valueOf(y + 2)).attr("width", fmt(w))
                        .attr("height", String.valueOf(rowH - 6))
                        .addClass(b.parts().length == 1 ? "bar-single" : PART_CLASSES[Math.min(i, 2)]);
                x += w;
            }
            target.appendElement("text").attr("x", fmt(x + 4)).attr("y", String.valueOf(y + 15)).addClass("value")
                    .text(String.valueOf(b.total()));
            y += rowH;
        }
        return fig;
    }

    private static String fmt(double d) {
        return String.format(java.util.Locale.ROOT, "%.1f", d);
    }

    private static String shorten(String s, int n) {
        return s.codePointCount(0, s.length()) <= n ? s : s.substring(0, s.offsetByCodePoints(0, n - 1)) + "…";
    }
}
