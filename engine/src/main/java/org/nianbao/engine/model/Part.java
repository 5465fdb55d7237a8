package org.nianbao.engine.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One of the six parts 第五十条 requires (一 总体情况 … 六 其他需要报告的事项), as the interpreter found it.
 * {@code status}: {@code present} (a numbered heading names it), {@code unnumbered} (a heading line
 * without its number names it, e.g. after a PDF conversion lost "五、"), {@code missing} (not found
 * in a document read completely and confidently: at least four other parts recognised and the text
 * not cut off) or {@code unrecognised} (not found, but the document was not read well enough to
 * say it is missing). {@code heading} is the report's heading taken for it, when found.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Part(String kind, int number, String title, String article, String status, String heading,
                   Location location) {

    public String getKind() { return kind; }
    public int getNumber() { return number; }
    public String getTitle() { return title; }
    public String getArticle() { return article; }
    public String getStatus() { return status; }
    public String getHeading() { return heading; }
    public Location getLocation() { return location; }
}
