package org.nianbao.engine.extract.html;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.nianbao.engine.extract.BlockCollector;
import org.nianbao.engine.extract.Grid;
import org.nianbao.engine.extract.SpanRows;
import org.nianbao.engine.extract.TextDecoder;
import org.nianbao.engine.source.DocumentReader;
import org.nianbao.engine.source.SourceDocument;
import org.nianbao.engine.source.TableBlock;
import org.nianbao.engine.source.TableRow;
import org.nianbao.engine.source.UnreadableInputException;

/**
 * HTML pages (jsoup). Charset by {@link TextDecoder}: the BOM, a {@code <meta charset>} or http-equiv
 * declaration (strictly), otherwise strict UTF-8 then GB18030. Data tables become {@link TableBlock}s
 * with rowspan and colspan expanded into the grid; layout tables (tables whose cells hold tables) are walked
 * through so only the innermost data tables are read. Site chrome (navigation, header, footer,
 * scripts, styles, menus) is skipped. Every other block element gives paragraphs in reading order;
 * the line number is the running index of paragraphs and table rows.
 */
public final class HtmlReader implements DocumentReader {
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.\\-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern MARKUP = Pattern.compile(
            "<(?:!doctype\\s+html|html|head|body|meta|table|p|div|title|span|br|h[1-6])[\\s>/]",
            Pattern.CASE_INSENSITIVE);

    /** Elements never read: scripts, styles, forms and site chrome. */
    private static final Set<String> SKIP = Set.of("script", "style", "noscript", "template", "iframe", "object",
            "embed", "svg", "canvas", "select", "option", "button", "input", "textarea", "nav", "header", "footer",
            "aside", "menu", "head", "title", "map", "audio", "video");

    /** Class or id tokens that mark site chrome (only applied to elements without tables). */
    private static final Set<String> CHROME_TOKENS = Set.of("nav", "navbar", "menu", "footer", "breadcrumb",
            "crumb", "crumbs", "sidebar", "topbar", "toolbar", "share", "copyright", "sitemap");

    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul",
            "ol", "dl", "dt", "dd", "section", "article", "main", "blockquote", "pre", "center", "address",
            "figure", "figcaption", "form", "fieldset", "hr", "tr", "td", "th", "caption", "tbody", "thead",
            "tfoot", "body", "html");

    @Override
    public String format() {
        return "html";
    }

    @Override
    public boolean accepts(byte[] head, String fileName) {
        if (TextDecoder.looksBinary(head)) {
            return false;
        }
        // UTF-16 (with or without a BOM) is read as such; anything else byte by byte to find the markup
        Charset bom = TextDecoder.bomCharset(head);
        Charset wide = bom != null && !bom.equals(StandardCharsets.UTF_8) ? bom : TextDecoder.utf16WithoutBom(head);
        String s = new String(head, wide != null ? wide : StandardCharsets.ISO_8859_1);
        int start = 0;
        while (start < s.length() && (Character.isWhitespace(s.charAt(start)) || s.charAt(start) == '\uFEFF'
                || s.charAt(start) == 'ï' || s.charAt(start) == '»' || s.charAt(start) == '¿')) {
            start++;
        }
        String lead = s.substring(start, Math.min(s.length(), start + 2048));
        if (!lead.startsWith("<")) {
            return false;
        }
        return MARKUP.matcher(lead).find();
    }

    @Override
    public SourceDocument read(Path file, byte[] content) throws UnreadableInputException {
        List<String> notes = new ArrayList<>();
        String html = decode(content, notes);
        Document doc = Jsoup.parse(html, "", Parser.htmlParser());
        Walker w = new Walker();
        w.walk(doc.body() == null ? doc : doc.body());
        w.flush();
        if (w.out.isEmpty()) {
            throw new UnreadableInputException("empty", "HTML 页面中没有可读取的正文文字");
        }
        notes.add("HTML：读取 " + w.out.paragraphCount() + " 个段落、" + w.out.tableCount() + " 个数据表格"
                + (w.layoutTables > 0 ? "（跳过 " + w.layoutTables + " 个排版用的外层表格）" : ""));
        return new SourceDocument(file.toString(), format(), w.out.blocks(), notes);
    }

    /**
     * Decodes the page with {@link TextDecoder}: BOM, then the charset a {@code <meta>} declares
     * (strictly), then UTF-8 / GB18030 detection. jsoup then parses the decoded text: its own charset
     * handling would decode leniently (replacing bad bytes) and knows no GB18030 detection.
     */
    static String decode(byte[] content, List<String> notes) throws UnreadableInputException {
        String head = new String(content, 0, Math.min(content.length, 8192), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        TextDecoder.Declared d = TextDecoder.decode(content, m.find() ? m.group(1) : null);
        notes.addAll(d.notes());
        return d.text();
    }

    /** Walks the DOM in document order collecting paragraphs and tables. */
    private static final class Walker {
        final BlockCollector out = new BlockCollector();
        final StringBuilder text = new StringBuilder();
        int layoutTables;

        /** Marks, on the walk's stack, the end of a block element: the text gathered so far is a paragraph. */
        private static final Object END_OF_BLOCK = new Object();

        /**
         * Walks the subtree in document order with an explicit stack (not recursion): a page nested
         * thousands of levels deep is read like any other.
         */
        void walk(Node root) {
            java.util.ArrayDeque<Object> stack = new java.util.ArrayDeque<>();
            pushChildren(root, stack);
            while (!stack.isEmpty()) {
                Object next = stack.pop();
                if (next == END_OF_BLOCK) {
                    flush();
                    continue;
                }
                if (next instanceof TextNode t) {
                    text.append(t.getWholeText());
                } else if (next instanceof Element e) {
                    String tag = e.normalName();
                    if (SKIP.contains(tag) || isChrome(e)) {
                        continue;
                    }
                    if (tag.equals("br")) {
                        flush();
                    } else if (tag.equals("table")) {
                        flush();
                        if (hasNestedTable(e)) {
                            layoutTables++;
                            stack.push(END_OF_BLOCK);
                            pushChildren(e, stack);
                        } else {
                            table(e);
                            flush();
                        }
                    } else if (BLOCKS.contains(tag)) {
                        flush();
                        stack.push(END_OF_BLOCK);
                        pushChildren(e, stack);
                    } else {
                        pushChildren(e, stack);
                    }
                }
            }
        }

        private static void pushChildren(Node node, java.util.ArrayDeque<Object> stack) {
            for (int i = node.childNodeSize() - 1; i >= 0; i--) {
                stack.push(node.childNode(i));
            }
        }

        private static boolean hasNestedTable(Element table) {
            for (Element d : table.getElementsByTag("table")) {
                if (d != table) {
                    return true;
                }
            }
            return false;
        }

        private static boolean isChrome(Element e) {
            String tokens = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
            if (tokens.isBlank()) {
                return false;
            }
            for (String t : tokens.split("[\\s_\\-]+")) {
                if (CHROME_TOKENS.contains(t)) {
                    return e.getElementsByTag("table").isEmpty();
                }
            }
            return false;
        }

        void flush() {
            String s = Grid.clean(text.toString()).replace('\n', ' ');
            text.setLength(0);
            if (!s.isEmpty()) {
                out.paragraph(s);
            }
        }

        private void table(Element table) {
            List<String> captions = new ArrayList<>();
            for (Element child : table.children()) {
                if (child.normalName().equals("caption")) {
                    captions.add(Grid.clean(cellText(child)).replace('\n', ' '));
                }
            }
            for (String c : captions) {
                if (!c.isEmpty()) {
                    out.paragraph(c);
                }
            }
            int firstLine = out.line() + 1;
            SpanRows rows = new SpanRows();
            for (Element tr : rowsOf(table)) {
                for (Element td : tr.children()) {
                    String tag = td.normalName();
                    if (!tag.equals("td") && !tag.equals("th")) {
                        continue;
                    }
                    rows.cell(Grid.clean(cellText(td)), span(td.attr("rowspan")), span(td.attr("colspan")));
                }
                rows.endRow(out.nextLine());
            }
            List<TableRow> kept = BlockCollector.withoutEmptyRows(rows.expand(0));
            int maxFilled = 0;
            for (TableRow r : kept) {
                maxFilled = (int) Math.max(maxFilled, r.cells().stream().filter(c -> !c.text().isEmpty()).count());
            }
            if (kept.isEmpty()) {
                return;
            }
            if (maxFilled <= 1) {
                // A one-column box used for layout: its text is running text, not table cells.
                for (TableRow r : kept) {
                    for (var c : r.cells()) {
                        for (String part : c.text().split("\n")) {
                            if (!part.isBlank()) {
                                out.paragraphAt(part.strip(), r.line());
                            }
                        }
                    }
                }
                return;
            }
            out.table(kept, firstLine, "html-table");
        }

        private static List<Element> rowsOf(Element table) {
            List<Element> rows = new ArrayList<>();
            for (Element child : table.children()) {
                String tag = child.normalName();
                if (tag.equals("tr")) {
                    rows.add(child);
                } else if (tag.equals("thead") || tag.equals("tbody") || tag.equals("tfoot")) {
                    for (Element tr : child.children()) {
                        if (tr.normalName().equals("tr")) {
                            rows.add(tr);
                        }
                    }
                }
            }
            return rows;
        }

        /** Cell text: {@code <br>} and block elements become line breaks, chrome is skipped. */
        private static String cellText(Element cell) {
            StringBuilder sb = new StringBuilder();
            appendText(cell, sb);
            return sb.toString();
        }

        /** Cell text in document order, with an explicit stack (see {@link #walk}). */
        private static void appendText(Node node, StringBuilder sb) {
            java.util.ArrayDeque<Object> stack = new java.util.ArrayDeque<>();
            pushChildren(node, stack);
            while (!stack.isEmpty()) {
                Object next = stack.pop();
                if (next == END_OF_BLOCK) {
                    sb.append('\n');
                } else if (next instanceof TextNode t) {
                    sb.append(t.getWholeText());
                } else if (next instanceof Element e) {
                    String tag = e.normalName();
                    if (SKIP.contains(tag)) {
                        continue;
                    }
                    if (tag.equals("br")) {
                        sb.append('\n');
                    } else if (BLOCKS.contains(tag)) {
                        sb.append('\n');
                        stack.push(END_OF_BLOCK);
                        pushChildren(e, stack);
                    } else {
                        pushChildren(e, stack);
                    }
                }
            }
        }

        private static int span(String attr) {
            String s = attr == null ? "" : attr.strip();
            int end = 0;
            while (end < s.length() && end < 6 && Character.isDigit(s.charAt(end))) {
                end++;
            }
            if (end == 0) {
                return 1;
            }
            int v = Integer.parseInt(s.substring(0, end));
            return v <= 0 ? 1 : v;
        }
    }
}
