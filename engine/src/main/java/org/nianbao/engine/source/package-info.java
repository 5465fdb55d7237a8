/**
 * Format-independent view of an input file: paragraphs and tables in reading order. Readers for
 * each format live in {@code org.nianbao.engine.extract}; the interpreter in
 * {@code org.nianbao.engine.interpret} turns a {@link org.nianbao.engine.source.SourceDocument}
 * into report facts.
 */
package org.nianbao.engine.source;
