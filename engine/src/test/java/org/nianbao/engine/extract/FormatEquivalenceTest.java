package org.nianbao.engine.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.nianbao.engine.interpret.ReportBuilder;
import org.nianbao.engine.model.Cell;
import org.nianbao.engine.model.Report;
import org.nianbao.engine.model.Section;
import org.nianbao.engine.source.SourceDocument;

/**
 * Every seed report in corpus/seeds (and every dev report in ../shared/corpus/dev, when present) was
 * rendered by corpus/formats/make.sh into HTML, DOCX, DOC and PDF with LibreOffice. Each rendering must give the same facts as the text original: every table
 * cell (table/row/column, status, value), the agency, year, edition and the section kinds.
 */
class FormatEquivalenceTest {
    private static final List<String> FORMATS = List.of("html", "docx", "doc", "pdf");

    /**
     * Differences that come from the interpreter, not from the reader, recorded as
     * "seed.ext: what" and asserted to be exactly the differences found (so a fix shows up here).
     */
    private static final Map<String, List<String>> KNOWN = Map.of();

    static Path repo() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolve("corpus/formats"))) {
            p = p.getParent();
        }
        return p;
    }

    @TestFactory
    Stream<DynamicTest> everySeedReadsTheSameInEveryFormat() throws IOException {
        Path root = repo();
        Assumptions.assumeTrue(root != null, "corpus/formats not found above " + Path.of("").toAbsolutePath());
        List<Path> seeds = texts(root.resolve("corpus/seeds"));
        assertTrue(!seeds.isEmpty(), "no seeds in corpus/seeds");
        return tests(seeds, root.resolve("corpus/formats"));
    }

    /** The dev reports (real numbers in every table); their renderings are committed in corpus/formats/dev. */
    @TestFactory
    Stream<DynamicTest> everyDevReportReadsTheSameInEveryFormat() throws IOException {
        Path root = repo();
        Assumptions.assumeTrue(root != null, "corpus/formats not found above " + Path.of("").toAbsolutePath());
        Path dev = root.resolve("../shared/corpus/dev").normalize();
        Assumptions.assumeTrue(Files.isDirectory(dev),
                "shared corpus not present at " + dev + ": dev renderings not compared");
        return tests(texts(dev), root.resolve("corpus/formats/dev"));
    }

    /** A page whose text was flattened to one very long line (table cells run together). */
    private static boolean isFlattenedPage(Path source) throws IOException {
        try (Stream<String> lines = Files.lines(source)) {
            return lines.anyMatch(l -> l.length() > 2000);
        }
    }

    private static List<Path> texts(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }

    private static Stream<DynamicTest> tests(List<Path> sources, Path renderings) {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path source : sources) {
            String name = source.getFileName().toString().replaceAll("\\.txt$", "");
            for (String ext : FORMATS) {
                Path rendered = renderings.resolve(name + "." + ext);
                tests.add(DynamicTest.dynamicTest(name + "." + ext, () -> {
                    Assumptions.assumeFalse(ext.equals("pdf") && isFlattenedPage(source),
                            name + ".txt is a crawler-flattened one-line page: laid out on PDF pages its line wraps"
                                    + " split the run-together table digits, which no real PDF does; not compared");
                    compare(source, rendered, name + "." + ext);
                }));
            }
        }
        return tests.stream();
    }

    private static void compare(Path seed, Path rendered, String id) throws Exception {
        assertTrue(Files.exists(rendered), rendered + " is missing: run corpus/formats/make.sh and commit the output");
        Report expected = build(seed);
        Report actual = build(rendered);
        List<String> diffs = differences(expected, actual);
        List<String> known = KNOWN.getOrDefault(id, List.of());
        assertEquals(known, diffs, id + " differs from the text original:\n  " + String.join("\n  ", diffs));
    }

    static Report build(Path file) throws Exception {
        SourceDocument doc = Readers.standard().read(file);
        return new ReportBuilder().build(doc);
    }

    static List<String> differences(Report expected, Report actual) {
        List<String> diffs = new ArrayList<>();
        check(diffs, "agency", expected.getAgency(), actual.getAgency());
        check(diffs, "year", expected.getYear(), actual.getYear());
        check(diffs, "edition", expected.getEdition(), actual.getEdition());
        check(diffs, "sections", kinds(expected), kinds(actual));
        Map<String, String> e = cells(expected);
        Map<String, String> a = cells(actual);
        for (String key : new TreeSet<>(union(e, a))) {
            if (!Objects.equals(e.get(key), a.get(key))) {
                diffs.add("cell " + key + ": text " + e.get(key) + " but " + a.get(key));
            }
        }
        return diffs;
    }

    private static TreeSet<String> union(Map<String, String> a, Map<String, String> b) {
        TreeSet<String> s = new TreeSet<>(a.keySet());
        s.addAll(b.keySet());
        return s;
    }

    private static void check(List<String> diffs, String what, Object e, Object a) {
        if (!Objects.equals(e, a)) {
            diffs.add(what + ": text " + e + " but " + a);
        }
    }

    private static List<String> kinds(Report r) {
        List<String> k = new ArrayList<>();
        for (Section s : r.getSections()) {
            k.add(s.numeral() + ":" + s.kind());
        }
        return k;
    }

    private static Map<String, String> cells(Report r) {
        Map<String, String> m = new TreeMap<>();
        for (Cell c : r.getCells()) {
            m.put(c.getTable() + "/" + c.getRow() + "/" + c.getColumn(), c.getStatus() + "=" + c.getValue());
        }
        return m;
    }

    @org.junit.jupiter.api.Test
    void aDifferingCellIsNamed() throws Exception {
        Path root = repo();
        Assumptions.assumeTrue(root != null, "corpus/formats not found");
        Report a = build(root.resolve("corpus/formats/000_20a0191baea80f94.html"));
        Report b = build(root.resolve("corpus/formats/004_a8c303d518d0ba68.pdf"));
        List<String> diffs = differences(a, b);
        assertTrue(diffs.contains("cell applications/new_received/total: text NUMBER=0.0 but NUMBER=2.0"),
                String.join("\n", diffs));
        assertTrue(diffs.stream().anyMatch(d -> d.startsWith("agency:")), String.join("\n", diffs));
    }
}
