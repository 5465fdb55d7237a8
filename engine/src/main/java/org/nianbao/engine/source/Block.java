package org.nianbao.engine.source;

/**
 * One block of a source document, in reading order: a paragraph (one logical line of text) or a
 * table (a grid of cell texts). Every reader (text, HTML, Word, PDF) produces the same blocks, so
 * the report interpreter never depends on the input format.
 */
public sealed interface Block permits Paragraph, TableBlock {
    /** 1-based line (text), paragraph index (Word, HTML) or line on the page (PDF) where the block starts. */
    int line();

    /** 1-based page for paged formats (PDF), 0 when the format has no pages. */
    int page();
}
