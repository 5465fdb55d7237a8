package org.nianbao.engine.model;

/** What was found in a table cell. Only {@link #NUMBER} cells carry a value; a blank is not zero. */
public enum CellStatus {
    /** A number was read. */
    NUMBER,
    /** The cell is present but empty, "/", "—" or "-": not reported. */
    BLANK,
    /** The cell holds text that is not a number (e.g. "若干"). */
    INVALID,
    /** The reader could not find this cell (row missing or unreadable): nothing is known. */
    NOT_READ
}
