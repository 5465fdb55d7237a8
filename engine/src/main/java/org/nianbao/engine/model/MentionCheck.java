package org.nianbao.engine.model;

/**
 * A narrative mention compared with the tables once by the interpreter: {@code tableFigure} describes
 * the figure(s) the tables hold for it (null when no reading of it was read as numbers), and
 * {@code contradicts} is true when no reading equals the stated number.
 */
public record MentionCheck(Mention mention, String tableFigure, boolean contradicts) {
    public Mention getMention() { return mention; }
    public String getTableFigure() { return tableFigure; }
    public boolean isContradicts() { return contradicts; }
}
