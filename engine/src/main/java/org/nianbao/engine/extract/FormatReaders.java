package org.nianbao.engine.extract;

import java.util.List;
import org.nianbao.engine.extract.doc.DocReader;
import org.nianbao.engine.extract.docx.DocxReader;
import org.nianbao.engine.extract.html.HtmlReader;
import org.nianbao.engine.extract.pdf.PdfReader;
import org.nianbao.engine.source.DocumentReader;

/** The non-plain-text readers (HTML, Word, PDF), most specific first. */
final class FormatReaders {
    private FormatReaders() {
    }

    static List<DocumentReader> binaryAndMarkup() {
        return List.of(new PdfReader(), new DocxReader(), new DocReader(), new HtmlReader());
    }
}
