package org.nianbao.engine.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.nianbao.engine.source.SourceDocument;
import org.nianbao.engine.source.TableBlock;

/**
 * The readers agree on the grid itself, not only on the facts: the same LibreOffice rendering
 * read from HTML, DOCX and DOC gives identical rows and covered cells; the PDF gives the same grid
 * up to white space inside wrapped cell text.
 */
class GridAgreementTest {
    @TestFactory
    Stream<DynamicTest> htmlDocxDocAndPdfGiveTheSameGrid() throws Exception {
        Path dir = FormatEquivalenceTestSupport.repo().resolve("corpus/formats");
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path html : s.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                String base = html.getFileName().toString().replaceAll("\\.html$", "");
                tests.add(DynamicTest.dynamicTest(base, () -> {
                    List<String> expected = rows(dir.resolve(base + ".html"), false);
                    assertThat(expected).isNotEmpty();
                    assertThat(rows(dir.resolve(base + ".docx"), false)).as("docx").isEqualTo(expected);
                    assertThat(rows(dir.resolve(base + ".doc"), false)).as("doc").isEqualTo(expected);
                    assertThat(rows(dir.resolve(base + ".pdf"), true)).as("pdf").isEqualTo(rows(html, true));
                }));
            }
        }
        return tests.stream();
    }

    private static List<String> rows(Path file, boolean ignoreSpace) throws Exception {
        SourceDocument d = Readers.standard().read(file);
        List<String> out = new ArrayList<>();
        for (TableBlock t : Fixtures.tables(d)) {
            assertThat(t.gridKnown()).as(file + " grid").isTrue();
            for (String r : Fixtures.grid(t)) {
                out.add(ignoreSpace ? r.replaceAll("[\\s/]", "") : r);
            }
        }
        return out;
    }
}
