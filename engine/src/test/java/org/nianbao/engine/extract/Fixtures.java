package org.nianbao.engine.extract;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.nianbao.engine.source.Block;
import org.nianbao.engine.source.Paragraph;
import org.nianbao.engine.source.SourceDocument;
import org.nianbao.engine.source.TableBlock;
import org.nianbao.engine.source.TableCell;
import org.nianbao.engine.source.TableRow;
import org.nianbao.engine.source.UnreadableInputException;

/** Helpers shared by the reader tests. */
public final class Fixtures {
    private Fixtures() {
    }

    public static SourceDocument read(String name, byte[] bytes) throws UnreadableInputException {
        return Readers.standard().read(Path.of(name), bytes);
    }

    public static UnreadableInputException unreadable(String name, byte[] bytes) {
        return assertThrows(UnreadableInputException.class, () -> read(name, bytes));
    }

    public static List<String> paragraphs(SourceDocument d) {
        List<String> out = new ArrayList<>();
        for (Block b : d.blocks()) {
            if (b instanceof Paragraph p) {
                out.add(p.text());
            }
        }
        return out;
    }

    public static List<TableBlock> tables(SourceDocument d) {
        List<TableBlock> out = new ArrayList<>();
        for (Block b : d.blocks()) {
            if (b instanceof TableBlock t) {
                out.add(t);
            }
        }
        return out;
    }

    /** Rows as strings: covered cells as "^", others as [text] with newlines shown as "/". */
    public static List<String> grid(TableBlock t) {
        List<String> out = new ArrayList<>();
        for (TableRow r : t.rows()) {
            StringBuilder sb = new StringBuilder();
            for (TableCell c : r.cells()) {
                sb.append(c.covered() ? "^" : "[" + c.text().replace("\n", "/") + "]");
            }
            out.add(sb.toString());
        }
        return out;
    }
}
