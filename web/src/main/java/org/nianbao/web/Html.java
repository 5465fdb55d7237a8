package org.nianbao.web;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Page building on jsoup's DOM: text goes in through {@link Element#text} and attributes through
 * {@link Element#attr}, which jsoup escapes on output, so no report text can become markup. Pages
 * load only the service's own stylesheet and script (no inline script or style; see the CSP header).
 */
final class Html {
    private Html() {
    }

    /** A page with the common head, the navigation and an empty {@code <main>}. */
    static Document page(String title, String active) {
        Document d = Document.createShell("");
        d.outputSettings().prettyPrint(false).charset("UTF-8");
        d.head().appendElement("meta").attr("charset", "utf-8");
        d.head().appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        d.title(title + " · 年报检查");
        d.head().appendElement("link").attr("rel", "stylesheet").attr("href", "/assets/app.css");
        d.head().appendElement("script").attr("src", "/assets/app.js").attr("defer", "");
        d.selectFirst("html").attr("lang", "zh-CN");
        Element header = d.body().appendElement("header").addClass("top");
        header.appendElement("span").addClass("brand").text("政府信息公开工作年度报告检查");
        Element nav = header.appendElement("nav");
        Element check = link(nav, "/", "年报自查");
        Element audit = link(nav, "/audit", "审核工作台");
        Element archive = link(nav, "/archive", "档案库");
        if ("check".equals(active)) {
            check.addClass("active");
        } else if ("audit".equals(active)) {
            audit.addClass("active");
        } else if ("archive".equals(active)) {
            archive.addClass("active");
        }
        d.body().appendElement("main");
        return d;
    }

    static Element main(Document d) {
        return d.body().selectFirst("main");
    }

    static Element el(Element parent, String tag, String cls) {
        Element e = parent.appendElement(tag);
        if (cls != null) {
            e.addClass(cls);
        }
        return e;
    }

    static Element text(Element parent, String tag, String text) {
        return parent.appendElement(tag).text(text == null ? "" : text);
    }

    static Element link(Element parent, String href, String text) {
        return parent.appendElement("a").attr("href", href).text(text);
    }

    /**
     * Download links “Excel · 网页 · …” to {@code base/<format>query}, separated by “ · ”; the links in
     * the order of {@code formats} (xlsx, html, json, csv).
     */
    static java.util.List<Element> downloads(Element parent, String base, String query, String... formats) {
        java.util.List<Element> links = new java.util.ArrayList<>();
        for (String f : formats) {
            if (!links.isEmpty()) {
                parent.appendText(" · ");
            }
            String label = switch (f) {
                case "xlsx" -> "Excel";
                case "html" -> "网页";
                case "json" -> "JSON";
                case "csv" -> "CSV";
                default -> throw new IllegalArgumentException(f);
            };
            links.add(link(parent, base + "/" + f + query, label).attr("download", ""));
        }
        return links;
    }

    /** A hidden CSRF field for a state-changing form. */
    static void csrf(Element form, String token) {
        form.appendElement("input").attr("type", "hidden").attr("name", WebServer.CSRF_FIELD).attr("value", token);
    }

    static String render(Document d) {
        return "<!DOCTYPE html>\n" + d.outerHtml();
    }
}
