package org.nianbao.engine.source;

import java.util.ArrayList;
import java.util.List;

/**
 * What a reader found in one input file: the blocks in reading order, the format that was read
 * and notes about how it was read (charset, pages, anything skipped). Immutable.
 */
public record SourceDocument(String file, String format, List<Block> blocks, List<String> notes) {
    public SourceDocument {
        blocks = List.copyOf(blocks);
        notes = List.copyOf(notes);
    }

    /** All paragraphs' text joined by newlines, tables rendered one row per line with tabs. */
    public String plainText() {
        StringBuilder sb = new StringBuilder();
        for (Block b : blocks) {
            if (b instanceof Paragraph p) {
                sb.append(p.text()).append('\n');
            } else if (b instanceof TableBlock t) {
                for (TableRow r : t.rows()) {
                    List<String> texts = new ArrayList<>();
                    for (TableCell c : r.cells()) {
                        texts.add(c.text());
                    }
                    sb.append(String.join("\t", texts)).append('\n');
                }
            }
        }
        return sb.toString();
    }
}
