/**
 * From a format-independent {@code SourceDocument} to {@code Report} facts.
 *
 * <p>Text layouts handled (see {@code extract.TextReader} for line-level detection):
 * <ul>
 *   <li>tab, pipe (markdown, with separator lines and broken rows), runs of two or more spaces, a label
 *       followed by single-spaced numbers, one cell per line (folded into rows), page footers
 *       ("— 3 —") dropped, "## " heading marks stripped;</li>
 *   <li>flattened web-page text ({@link org.nianbao.engine.interpret.FlatText}): the whole report on
 *       one line; it is split at inline section headings (known titles, increasing numerals) and at table
 *       boundaries, and the tables are recovered by {@link org.nianbao.engine.interpret.FlatTables}:
 *       each digit run is segmented ({@link org.nianbao.engine.interpret.Segmenter}) into the row's
 *       cells; a segmentation is accepted only when it is the single one satisfying the row constraint
 *       (表三: total = sum of the six; 表四: each total = sum of the four before it) or, for 表三 rows
 *       left ambiguous, the column identities. Otherwise the row is NOT_READ and the TableInfo names it
 *       ("拆分有歧义"). TableInfo method {@code flattened-digits}, confidence {@code constraint-unique};</li>
 *   <li>rows one per line with the cells run together, recovered the same way.</li>
 * </ul>
 *
 * <p>Trust information: a cell that cannot be placed with certainty is NOT_READ and its row is listed
 * in {@code TableInfo.unreadRows} with a reason in {@code problems}. When the text ends inside a table,
 * {@code Report.truncated}/{@code truncatedLine}/{@code truncatedTable} are set and the TableInfo of
 * that table (and of the tables never reached) has {@code truncated = true}.
 */
package org.nianbao.engine.interpret;
