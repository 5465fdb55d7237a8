package org.nianbao.engine.extract.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nianbao.engine.extract.Fixtures.grid;
import static org.nianbao.engine.extract.Fixtures.paragraphs;
import static org.nianbao.engine.extract.Fixtures.read;
import static org.nianbao.engine.extract.Fixtures.tables;
import static org.nianbao.engine.extract.Fixtures.unreadable;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.nianbao.engine.interpret.ReportBuilder;
import org.nianbao.engine.model.Cell;
import org.nianbao.engine.model.CellStatus;
import org.nianbao.engine.model.Report;
import org.nianbao.engine.source.SourceDocument;
import org.nianbao.engine.source.TableBlock;

class HtmlReaderTest {
    private static final Charset GB = Charset.forName("GB18030");

    @Test
    void expandsRowspanAndColspanIntoTheGrid() throws Exception {
        String html = "<table><tr><td rowspan=2>三、本年度办理结果</td><td colspan=2>（一）予以公开</td><td>5</td></tr>"
                + "<tr><td>（二）部分</td><td>公开</td><td>&nbsp;</td></tr></table>";
        SourceDocument d = read("a.html", html.getBytes(StandardCharsets.UTF_8));
        assertThat(d.format()).isEqualTo("html");
        TableBlock t = tables(d).get(0);
        assertThat(t.gridKnown()).isTrue();
        assertThat(grid(t)).containsExactly("[三、本年度办理结果][（一）予以公开]^[5]", "^[（二）部分][公开][]");
    }

    @Test
    void aPageFooterLeftInThePageIsDroppedButABareNumberStays() throws Exception {
        String html = "<p>一、总体情况</p><p>— 2 —</p><p>3</p><p>第 2 页 共 5 页</p>"
                + "<table><tr><td>（一）予以公开</td><td>3</td></tr><tr><td>- 4 -</td><td>2</td></tr></table>";
        SourceDocument d = read("a.html", html.getBytes(StandardCharsets.UTF_8));
        assertThat(paragraphs(d)).containsExactly("一、总体情况", "3");
        assertThat(d.blocks().get(1).line()).isEqualTo(3);
        // table cells are never taken for page numbers
        assertThat(grid(tables(d).get(0))).containsExactly("[（一）予以公开][3]", "[- 4 -][2]");
    }

    @Test
    void lineBreaksAndParagraphsInsideCellsAreKept() throws Exception {
        String html = "<table><tr><td>结果<br>维持</td><td><p>尚未</p><p>审结</p></td></tr>"
                + "<tr><td>1</td><td>2</td></tr></table>";
        TableBlock t = tables(read("b.htm", html.getBytes(StandardCharsets.UTF_8))).get(0);
        assertThat(grid(t)).containsExactly("[结果/维持][尚未/审结]", "[1][2]");
    }

    @Test
    void readsTheInnermostDataTableAndSkipsSiteChrome() throws Exception {
        String html = "<!DOCTYPE html><html><head><title>站点</title><style>p{color:red}</style>"
                + "<script>var x = '<p>脚本</p>';</script></head><body>"
                + "<header>网站首页</header><nav><a>导航一</a></nav><div class=\"top-menu\">菜单</div>"
                + "<table><tr><td><div>左栏文字</div></td><td>"
                + "<p>一、总体情况</p><table><tr><td>规章</td><td>3</td><td>4</td></tr></table>"
                + "</td></tr></table><footer>版权所有</footer></body></html>";
        SourceDocument d = read("page", html.getBytes(StandardCharsets.UTF_8));
        assertThat(paragraphs(d)).containsExactly("左栏文字", "一、总体情况");
        assertThat(tables(d)).hasSize(1);
        assertThat(grid(tables(d).get(0))).containsExactly("[规章][3][4]");
        assertThat(d.notes()).anyMatch(n -> n.contains("排版用的外层表格"));
    }

    @Test
    void paragraphsComeInReadingOrderWithRunningLineNumbers() throws Exception {
        String html = "<div>第一段<p>第二段</p>第三段<br>第四段</div><table><tr><td>a</td><td>1</td></tr></table><p>末段</p>";
        SourceDocument d = read("c.html", html.getBytes(StandardCharsets.UTF_8));
        assertThat(paragraphs(d)).containsExactly("第一段", "第二段", "第三段", "第四段", "末段");
        assertThat(d.blocks()).extracting(b -> b.line()).containsExactly(1, 2, 3, 4, 5, 6);
    }

    @Test
    void decodesGbkDeclaredInMeta() throws Exception {
        byte[] bytes = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">"
                + "</head><body><p>政府信息公开工作年度报告</p></body></html>").getBytes(GB);
        SourceDocument d = read("gbk.html", bytes);
        assertThat(paragraphs(d)).containsExactly("政府信息公开工作年度报告");
        assertThat(d.notes()).anyMatch(n -> n.contains("GB18030") && n.contains("gb2312"));
    }

    @Test
    void sniffsGbkWithoutDeclarationAndSurvivesAWrongDeclaration() throws Exception {
        byte[] plain = "<p>二、主动公开政府信息情况</p>".getBytes(GB);
        assertThat(paragraphs(read("x.html", plain))).containsExactly("二、主动公开政府信息情况");
        byte[] lying = "<meta charset=\"utf-8\"><p>三、收到和处理政府信息公开申请情况</p>".getBytes(GB);
        SourceDocument d = read("y.html", lying);
        assertThat(paragraphs(d)).containsExactly("三、收到和处理政府信息公开申请情况");
        assertThat(d.notes()).anyMatch(n -> n.contains("内容不符合该编码"));
    }

    @Test
    void recognisedByContentNotByExtension() {
        HtmlReader r = new HtmlReader();
        assertThat(r.accepts("<p>正文</p>".getBytes(StandardCharsets.UTF_8), "report.txt")).isTrue();
        assertThat(r.accepts("\n  <!doctype html><html>".getBytes(StandardCharsets.UTF_8), "x")).isTrue();
        assertThat(r.accepts("<table border=1>".getBytes(StandardCharsets.UTF_8), "x")).isTrue();
        assertThat(r.accepts("一、总体情况\n<p>".getBytes(StandardCharsets.UTF_8), "x.html")).isFalse();
        assertThat(r.accepts("a < b 且 c > d".getBytes(StandardCharsets.UTF_8), "x.html")).isFalse();
    }

    @Test
    void aPageWithoutTextIsReported() {
        var e = unreadable("empty.html", "<html><body><script>x()</script><nav>菜单</nav></body></html>"
                .getBytes(StandardCharsets.UTF_8));
        assertThat(e.code()).isEqualTo("empty");
        assertThat(e.getMessage()).contains("HTML");
    }

    @Test
    void hugeSpansAreBounded() throws Exception {
        String html = "<table><tr><td rowspan=999999 colspan=999999>x</td><td>1</td></tr><tr><td>2</td></tr></table>";
        TableBlock t = tables(read("big.html", html.getBytes(StandardCharsets.UTF_8))).get(0);
        assertThat(t.rows()).hasSize(2);
        assertThat(t.rows().get(0).cells().size()).isLessThanOrEqualTo(400);
    }

    /** The real Shanghai 2019 page: 表三 totals as in truth.json, &nbsp; cells blank and not 0. */
    @Test
    void shanghai2019TotalsMatchTheTruth() throws Exception {
        Path file = Path.of("../../shared/corpus/dev/2019-province-office-shanghai-bangongting.html");
        if (!Files.exists(file)) {
            file = Path.of("../shared/corpus/dev/2019-province-office-shanghai-bangongting.html");
        }
        Assumptions.assumeTrue(Files.exists(file), "shared corpus not present: " + file.toAbsolutePath());
        SourceDocument d = read(file.getFileName().toString(), Files.readAllBytes(file));
        Report r = new ReportBuilder().build(d);
        Map<String, Cell> cells = new HashMap<>();
        for (Cell c : r.getCells()) {
            cells.put(c.getTable() + "/" + c.getRow() + "/" + c.getColumn(), c);
        }
        assertThat(cells.get("applications/new_received/total").getValue()).isEqualTo(859.0);
        assertThat(cells.get("applications/carried_over/total").getValue()).isEqualTo(18.0);
        assertThat(cells.get("applications/results_total/total").getValue()).isEqualTo(805.0);
        assertThat(cells.get("applications/carried_forward/total").getValue()).isEqualTo(72.0);
        Cell blank = cells.get("applications/carried_over/commercial");
        assertThat(blank.getStatus()).isEqualTo(CellStatus.BLANK);
        assertThat(blank.getValue()).isNull();
        assertThat(r.getYear()).isEqualTo(2019);
    }
}
