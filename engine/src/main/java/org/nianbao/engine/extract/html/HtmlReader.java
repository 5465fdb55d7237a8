package org.nianbao.engine.extract.html;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
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
import org.nianbao.engine.extract.Grid;
import org.nianbao.engine.extract.TextDecoder;
import org.nianbao.engine.source.Block;
import org.nianbao.engine.source.DocumentReader;
import org.nianbao.engine.source.Paragraph;
import org.nianbao.engine.source.SourceDocument;
import org.nianbao.engine.source.TableBlock;
import org.nianbao.engine.source.TableRow;
import org.nianbao.engine.source.UnreadableInputException;

/**
 * HTML pages (jsoup). Charset from the BOM, a {@code <meta charset>} or http-equiv declaration,
 * otherwise strict UTF-8 then GB18030. Data tables become {@link TableBlock}s with rowspan and
 * colspan expanded into the grid; layout tables (tables whose cells hold tables) are walked
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
        if (TextDecoder.looksBinary(head) && !hasUtf16Bom(head)) {
            return false;
        }
        String s = new String(head, StandardCharsets.ISO_8859_1);
        if (hasUtf16Bom(head)) {
            s = new String(head, (head[0] & 0xff) == 0xFF ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE);
        } else if (TextDecoder.utf16WithoutBom(head) != null) {
            s = new String(head, TextDecoder.utf16WithoutBom(head));
        }
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

    private static boolean hasUtf16Bom(byte[] h) {
        return h.length >= 2 && ((h[0] & 0xff) == 0xFF && (h[1] & 0xff) == 0xFE
                || (h[0] & 0xff) == 0xFE && (h[1] & 0xff) == 0xFF);
    }

    @Override
    public SourceDocument read(Path file, byte[] content) throws UnreadableInputException {
        List<String> notes = new ArrayList<>();
        String html = decode(content, notes);
        Document doc = Jsoup.parse(html, "", Parser.htmlParser());
        Walker w = new Walker();
        w.walk(doc.body() == null ? doc : doc.body());
        w.flush();
        if (w.blocks.isEmpty()) {
            throw new UnreadableInputException("empty", "HTML 页面中没有可读取的正文文字");
        }
        notes.add("HTML：读取 " + w.paragraphs + " 个段落、" + w.tables + " 个数据表格"
                + (w.layoutTables > 0 ? "（跳过 " + w.layoutTables + " 个排版用的外层表格）" : ""));
        return new SourceDocument(file.toString(), format(), w.blocks, notes);
    }

    /** Decodes the page: BOM, then a declared charset (strictly), then UTF-8 / GB18030 sniffing. */
    static String decode(byte[] content, List<String> notes) throws UnreadableInputException {
        if (content.length >= 2 && hasUtf16Bom(content)
                || content.length >= 3 && (content[0] & 0xff) == 0xEF && (content[1] & 0xff) == 0xBB
                && (content[2] & 0xff) == 0xBF) {
            TextDecoder.Decoded d = TextDecoder.decode(content);
            notes.add("编码：" + d.charset());
            return d.text();
        }
        String head = new String(content, 0, Math.min(content.length, 8192), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (m.find()) {
            String declared = m.group(1).toLowerCase(Locale.ROOT);
            Charset cs = charsetFor(declared);
            if (cs != null) {
                String s = strict(content, cs);
                if (s != null) {
                    notes.add("编码：" + cs.name() + "（页面声明 " + m.group(1) + "）");
                    return s;
                }
                notes.add("页面声明编码 " + m.group(1) + "，但内容不符合该编码，改为自动识别");
            } else {
                notes.add("页面声明了无法识别的编码 " + m.group(1) + "，改为自动识别");
            }
        }
        TextDecoder.Decoded d = TextDecoder.decode(content);
        notes.add("编码：" + d.charset());
        return d.text();
    }

    private static Charset charsetFor(String name) {
        if (name.equals("gb2312") || name.equals("gbk") || name.equals("gb18030") || name.equals("x-gbk")
                || name.equals("cp936") || name.equals("euc-cn")) {
            return Charset.forName("GB18030");
        }
        try {
            return Charset.forName(name);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String strict(byte[] bytes, Charset cs) {
        try {
            return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Walks the DOM in document order collecting paragraphs and tables. */
    private static final class Walker {
        final List<Block> blocks = new ArrayList<>();
        final StringBuilder text = new StringBuilder();
        int line;
        int paragraphs;
        int tables;
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
                blocks.add(new Paragraph(s, ++line, 0));
                paragraphs++;
            }
        }

        private void table(Element table) {
            List<List<Grid.SpanCell>> rows = new ArrayList<>();
            List<Integer> lines = new ArrayList<>();
            List<String> captions = new ArrayList<>();
            for (Element child : table.children()) {
                if (child.normalName().equals("caption")) {
                    captions.add(Grid.clean(cellText(child)).replace('\n', ' '));
                }
            }
            for (String c : captions) {
                if (!c.isEmpty()) {
                    blocks.add(new Paragraph(c, ++line, 0));
                    paragraphs++;
                }
            }
            int firstLine = line + 1;
            for (Element tr : rowsOf(table)) {
                List<Grid.SpanCell> cells = new ArrayList<>();
                for (Element td : tr.children()) {
                    String tag = td.normalName();
                    if (!tag.equals("td") && !tag.equals("th")) {
                        continue;
                    }
                    cells.add(new Grid.SpanCell(Grid.clean(cellText(td)), span(td.attr("rowspan")),
                            span(td.attr("colspan"))));
                }
                rows.add(cells);
                lines.add(++line);
            }
            List<TableRow> grid = Grid.expand(rows, lines, 0);
            List<TableRow> kept = new ArrayList<>();
            int maxFilled = 0;
            for (TableRow r : grid) {
                long filled = r.cells().stream().filter(c -> !c.text().isEmpty()).count();
                if (filled > 0) {
                    kept.add(r);
                    maxFilled = (int) Math.max(maxFilled, filled);
                }
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
                                blocks.add(new Paragraph(part.strip(), r.line(), 0));
                                paragraphs++;
                            }
                        }
                    }
                }
                return;
            }
            blocks.add(new TableBlock(kept, firstLine, 0, true, "html-table"));
            tables++;
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
