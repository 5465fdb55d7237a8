package org.nianbao.engine.crossreport;

import org.nianbao.engine.rules.Finding;

/**
 * Cross-report fact: the archive already holds this agency's report of this year with different
 * content (the report was changed after it was first checked — 发布后有变动).
 *
 * @param checkedAt when the other version was checked (ISO-8601, UTC)
 * @param changes   what differs, in Chinese (changed cells, text similarity)
 */
public record ChangedVersion(String file, String agency, Integer year, String checkedAt, String changes) {
    public String getFile() { return file; }
    public String getCheckedAt() { return checkedAt; }
    public String getChanges() { return changes; }

    public Finding.Related getRelated() {
        return new Finding.Related(file, agency, year);
    }
}
