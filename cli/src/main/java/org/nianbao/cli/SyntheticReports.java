package org.nianbao.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Synthetic annual reports for the benchmark, in the 2021 national format (six parts, tables 1–4),
 * of realistic size (5–15 KB of text) and variety: agency kinds, years, and defects (wrong totals,
 * a missing part, a wrong statistics period, blank cells, a late date) in about half of them.
 * Deterministic for a given seed and index. Written as text, HTML, Word (POI XWPF) or PDF (PDFBox,
 * with a CJK TrueType font found on the system; without one PDFs cannot be made and are skipped).
 */
final class SyntheticReports {
    static final List<String> FORMATS = List.of("txt", "html", "docx", "pdf");
    private static final String[] PLACES = {"安康市", "鞍山市", "平潭县", "南平市", "两城镇", "宝山区", "渭南市", "赣州市",
        "德阳市", "黄山市", "株洲市", "泉州市", "曲靖市", "遵义市", "酒泉市", "海东市"};
    private static final String[] KINDS = {"人民政府", "人民政府办公室", "发展和改革委员会", "教育局", "公安局", "财政局",
        "自然资源和规划局", "生态环境局", "住房和城乡建设局", "交通运输局", "卫生健康委员会", "市场监督管理局", "行政审批服务局"};
    private static final String[] FILLER = {
        "坚持以公开为常态、不公开为例外，依法依规推进政府信息公开工作，",
        "进一步完善信息发布审核机制，严格落实“三审三校”制度，",
        "围绕重大决策部署、重点领域信息和群众关切，及时准确发布权威信息，",
        "持续优化政府网站政务公开专栏，规范信息公开目录和公开指南，",
        "加强政策解读和回应关切，通过新闻发布会、在线访谈等形式解读政策，",
        "规范依申请公开办理流程，做到件件有登记、事事有回音，",
        "加强政务公开业务培训，提升工作人员的公开意识和业务能力，"};

    /** One generated report: logical content, rendered to any format. */
    record Doc(String title, List<String> paragraphs, List<List<List<String>>> tables, List<Integer> tableAfter) {
    }

    private SyntheticReports() {
    }

    /** The format of report {@code i} in a mixed set: 55 % text, 20 % HTML, 15 % Word, 10 % PDF. */
    static String formatOf(int i, List<String> formats) {
        int k = Math.floorMod(i * 7919, 20);
        String f = k < 11 ? "txt" : k < 15 ? "html" : k < 18 ? "docx" : "pdf";
        return formats.contains(f) ? f : formats.get(i % formats.size());
    }

    static Doc doc(long seed, int i) {
        Random rnd = new Random(seed * 1_000_003L + i);
        String place = PLACES[rnd.nextInt(PLACES.length)];
        String agency = place + KINDS[rnd.nextInt(KINDS.length)];
        int year = 2020 + rnd.nextInt(5);
        boolean defective = rnd.nextInt(2) == 0;
        int defect = defective ? rnd.nextInt(5) : -1;
        List<String> p = new ArrayList<>();
        String title = agency + year + "年政府信息公开工作年度报告";
        p.add(title);
        int periodYear = defect == 0 ? year - 1 : year;
        p.add("本报告根据《中华人民共和国政府信息公开条例》和国务院办公厅政府信息与政务公开办公室印发的年度报告格式要求编制。"
                + "本报告中所列数据的统计期限为" + periodYear + "年1月1日至" + periodYear + "年12月31日。");
        String[] parts = {"一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
            "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"};
        int missing = defect == 1 ? 4 + rnd.nextInt(2) : -1;
        List<List<List<String>>> tables = new ArrayList<>();
        List<Integer> after = new ArrayList<>();
        for (int s = 0; s < parts.length; s++) {
            if (s == missing) {
                continue;
            }
            p.add(parts[s]);
            int paras = s == 0 ? 3 + rnd.nextInt(4) : 1 + rnd.nextInt(3);
            for (int k = 0; k < paras; k++) {
                StringBuilder sb = new StringBuilder(year + "年，" + agency);
                int n = 4 + rnd.nextInt(8);
                for (int m = 0; m < n; m++) {
                    sb.append(FILLER[rnd.nextInt(FILLER.length)]);
                }
                sb.append("全年共发布信息").append(100 + rnd.nextInt(3000)).append("条。");
                p.add(sb.toString());
            }
            if (s == 1) {
                tables.add(activeTable(rnd));
                after.add(p.size());
            } else if (s == 2) {
                tables.add(applicationsTable(rnd, defect == 2, defect == 3));
                after.add(p.size());
            } else if (s == 3) {
                tables.add(reviewTable(rnd));
                after.add(p.size());
            }
        }
        p.add(agency);
        int month = defect == 4 ? 5 + rnd.nextInt(6) : 1 + rnd.nextInt(2);
        p.add((year + 1) + "年" + month + "月" + (1 + rnd.nextInt(28)) + "日");
        return new Doc(title, p, tables, after);
    }

    private static List<List<String>> activeTable(Random rnd) {
        List<List<String>> t = new ArrayList<>();
        t.add(List.of("第二十条第（一）项", "", "", ""));
        t.add(List.of("信息内容", "本年制发件数", "本年废止件数", "现行有效件数"));
        t.add(List.of("规章", n(rnd, 5), n(rnd, 3), n(rnd, 40)));
        t.add(List.of("行政规范性文件", n(rnd, 20), n(rnd, 5), n(rnd, 200)));
        t.add(List.of("第二十条第（五）项", "", "", ""));
        t.add(List.of("信息内容", "本年处理决定数量", "", ""));
        t.add(List.of("行政许可", n(rnd, 30000), "", ""));
        t.add(List.of("第二十条第（六）项", "", "", ""));
        t.add(List.of("信息内容", "本年处理决定数量", "", ""));
        t.add(List.of("行政处罚", n(rnd, 500), "", ""));
        t.add(List.of("行政强制", n(rnd, 50), "", ""));
        t.add(List.of("第二十条第（八）项", "", "", ""));
        t.add(List.of("信息内容", "本年收费金额（单位：万元）", "", ""));
        t.add(List.of("行政事业性收费", n(rnd, 900), "", ""));
        return t;
    }

    private static List<List<String>> applicationsTable(Random rnd, boolean wrongTotal, boolean blank) {
        String[][] rows = {
            {"一、本年新收政府信息公开申请数量"}, {"二、上年结转政府信息公开申请数量"},
            {"三、本年度办理结果", "（一）予以公开"}, {"（二）部分公开（区分处理的，只计这一情形，不计其他情形）"},
            {"（三）不予公开", "1.属于国家秘密"}, {"2.其他法律行政法规禁止公开"}, {"3.危及“三安全一稳定”"},
            {"4.保护第三方合法权益"}, {"5.属于三类内部事务信息"}, {"6.属于四类过程性信息"}, {"7.属于行政执法案卷"},
            {"8.属于行政查询事项"}, {"（四）无法提供", "1.本机关不掌握相关政府信息"}, {"2.没有现成信息需要另行制作"},
            {"3.补正后申请内容仍不明确"}, {"（五）不予处理", "1.信访举报投诉类申请"}, {"2.重复申请"},
            {"3.要求提供公开出版物"}, {"4.无正当理由大量反复申请"}, {"5.要求行政机关确认或重新出具已获取信息"},
            {"（六）其他处理", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"},
            {"2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"}, {"3.其他"},
            {"（七）总计"}, {"四、结转下年度继续办理"}};
        List<List<String>> t = new ArrayList<>();
        t.add(List.of("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "申请人情况", "", "", "", "", "",
                ""));
        t.add(List.of("自然人", "法人或其他组织", "", "", "", "", "总计"));
        t.add(List.of("商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"));
        int[] newReceived = new int[6];
        for (int c = 0; c < 6; c++) {
            newReceived[c] = rnd.nextInt(c == 0 ? 40 : 4);
        }
        for (String[] label : rows) {
            List<String> row = new ArrayList<>(List.of(label));
            int[] v = new int[6];
            String name = label[label.length - 1];
            if (name.startsWith("一、") || name.startsWith("（一）") || name.startsWith("（七）")) {
                v = newReceived.clone();
            }
            int total = 0;
            for (int c = 0; c < 6; c++) {
                total += v[c];
                row.add(blank && c == 2 && name.startsWith("（一）") ? "" : String.valueOf(v[c]));
            }
            row.add(String.valueOf(wrongTotal && name.startsWith("（七）") ? total + 1 + rnd.nextInt(5) : total));
            t.add(row);
        }
        return t;
    }

    private static List<List<String>> reviewTable(Random rnd) {
        List<List<String>> t = new ArrayList<>();
        t.add(List.of("行政复议", "", "", "", "", "行政诉讼"));
        t.add(List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "未经复议直接起诉", "", "", "", "", "复议后起诉"));
        t.add(List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "结果维持", "结果纠正", "其他结果", "尚未审结",
                "总计"));
        int a = rnd.nextInt(3);
        int b = rnd.nextInt(2);
        t.add(List.of(String.valueOf(a), String.valueOf(b), "0", "0", String.valueOf(a + b), "0", "0", "0", "0", "0", "0",
                "0", "0", "0", "0"));
        return t;
    }

    private static String n(Random rnd, int max) {
        return String.valueOf(rnd.nextInt(max + 1));
    }

    // ------------------------------------------------------------------ rendering

    static byte[] render(Doc d, String format, Path cjkFont) {
        return switch (format) {
            case "txt" -> text(d).getBytes(StandardCharsets.UTF_8);
            case "html" -> html(d).getBytes(StandardCharsets.UTF_8);
            case "docx" -> docx(d);
            case "pdf" -> pdf(d, cjkFont);
            default -> throw new IllegalArgumentException(format);
        };
    }

    static String text(Doc d) {
        StringBuilder sb = new StringBuilder();
        int t = 0;
        for (int i = 0; i < d.paragraphs().size(); i++) {
            sb.append(d.paragraphs().get(i)).append("\n\n");
            while (t < d.tables().size() && d.tableAfter().get(t) == i + 1) {
                for (List<String> row : d.tables().get(t)) {
                    sb.append(String.join(" | ", row)).append(" |\n");
                }
                sb.append('\n');
                t++;
            }
        }
        return sb.toString();
    }

    static String html(Doc d) {
        StringBuilder sb = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>")
                .append(esc(d.title())).append("</title></head><body>\n");
        int t = 0;
        for (int i = 0; i < d.paragraphs().size(); i++) {
            String p = d.paragraphs().get(i);
            sb.append(i == 0 ? "<h1>" + esc(p) + "</h1>\n" : "<p>" + esc(p) + "</p>\n");
            while (t < d.tables().size() && d.tableAfter().get(t) == i + 1) {
                sb.append("<table border=\"1\">\n");
                for (List<String> row : d.tables().get(t)) {
                    sb.append("<tr>");
                    row.forEach(c -> sb.append("<td>").append(esc(c)).append("</td>"));
                    sb.append("</tr>\n");
                }
                sb.append("</table>\n");
                t++;
            }
        }
        return sb.append("</body></html>\n").toString();
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    static byte[] docx(Doc d) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            int t = 0;
            for (int i = 0; i < d.paragraphs().size(); i++) {
                doc.createParagraph().createRun().setText(d.paragraphs().get(i));
                while (t < d.tables().size() && d.tableAfter().get(t) == i + 1) {
                    List<List<String>> rows = d.tables().get(t);
                    int cols = rows.stream().mapToInt(List::size).max().orElse(1);
                    XWPFTable table = doc.createTable(rows.size(), cols);
                    for (int r = 0; r < rows.size(); r++) {
                        XWPFTableRow row = table.getRow(r);
                        for (int c = 0; c < rows.get(r).size(); c++) {
                            row.getCell(c).setText(rows.get(r).get(c));
                        }
                    }
                    t++;
                }
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] pdf(Doc d, Path cjkFont) {
        if (cjkFont == null) {
            throw new IllegalStateException("no CJK font");
        }
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDFont font = loadFont(doc, cjkFont);
            List<String> lines = new ArrayList<>();
            for (String l : text(d).split("\n")) {
                for (int k = 0; k < l.length(); k += 38) {
                    lines.add(l.substring(k, Math.min(l.length(), k + 38)));
                }
            }
            float size = 11;
            float leading = 16;
            PDPage page = null;
            PDPageContentStream cs = null;
            float y = 0;
            for (String line : lines) {
                if (cs == null || y < 60) {
                    if (cs != null) {
                        cs.endText();
                        cs.close();
                    }
                    page = new PDPage(PDRectangle.A4);
                    doc.addPage(page);
                    cs = new PDPageContentStream(doc, page);
                    cs.beginText();
                    cs.setFont(font, size);
                    y = page.getMediaBox().getHeight() - 60;
                    cs.newLineAtOffset(50, y);
                }
                cs.showText(line);
                cs.newLineAtOffset(0, -leading);
                y -= leading;
            }
            if (cs != null) {
                cs.endText();
                cs.close();
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PDFont loadFont(PDDocument doc, Path file) throws IOException {
        if (file.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".ttc")) {
            org.apache.fontbox.ttf.TrueTypeCollection ttc = new org.apache.fontbox.ttf.TrueTypeCollection(file.toFile());
            org.apache.fontbox.ttf.TrueTypeFont[] first = new org.apache.fontbox.ttf.TrueTypeFont[1];
            ttc.processAllFonts(f -> {
                if (first[0] == null) {
                    first[0] = f;
                }
            });
            return PDType0Font.load(doc, first[0], true);
        }
        return PDType0Font.load(doc, file.toFile());
    }

    /** A TrueType font with Chinese glyphs, if the system has one (WenQuanYi, Noto Sans CJK TTF, …). */
    static Path findCjkFont() {
        List<Path> candidates = List.of(Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
                Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
                Path.of("/usr/share/fonts/truetype/arphic/uming.ttc"),
                Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"),
                Path.of("C:/Windows/Fonts/simhei.ttf"), Path.of("/System/Library/Fonts/STHeiti Light.ttc"));
        for (Path p : candidates) {
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        return null;
    }
}
