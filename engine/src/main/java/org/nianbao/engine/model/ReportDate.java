package org.nianbao.engine.model;

import java.time.LocalDate;

/**
 * A date found in the report. {@code kind}: {@code published} (发布日期 / 发布时间 stated with the
 * report), {@code signed} (a date line closing the report or its cover letter). {@code primary}
 * marks the date the deadline rule uses: the publication date when one is stated, otherwise the
 * last signing date.
 */
public record ReportDate(String kind, LocalDate date, String raw, boolean primary, Location location) {
    public String getKind() { return kind; }
    public LocalDate getDate() { return date; }
    public String getRaw() { return raw; }
    public boolean isPrimary() { return primary; }
    public Location getLocation() { return location; }

    public boolean isAfter(int year, int month, int day) {
        return date.isAfter(LocalDate.of(year, month, day));
    }

    public boolean isBefore(int year, int month, int day) {
        return date.isBefore(LocalDate.of(year, month, day));
    }

    public String getText() {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }
}
