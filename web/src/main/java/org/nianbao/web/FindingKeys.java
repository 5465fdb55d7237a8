package org.nianbao.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.nianbao.engine.model.Location;
import org.nianbao.engine.rules.Finding;

/**
 * Stable identities: a finding's key is a hash of its rule id, its location keys (table, row,
 * column, section, line, page) and its message, so the same finding of the same report has the
 * same key in every run; a report's content hash is the SHA-256 of its text as read (the archive's
 * definition), so the same report is recognised in any file name and after a restart.
 */
public final class FindingKeys {
    private FindingKeys() {
    }

    public static String of(Finding f) {
        Location l = f.location();
        StringBuilder sb = new StringBuilder(f.rule()).append('\u0000');
        if (l != null) {
            sb.append(l.table()).append('|').append(l.row()).append('|').append(l.column()).append('|')
                    .append(l.section()).append('|').append(l.line()).append('|').append(l.page());
        }
        sb.append('\u0000').append(f.message());
        return sha256(sb.toString().getBytes(StandardCharsets.UTF_8)).substring(0, 20);
    }

    /** SHA-256 (hex) of the report's text as read: the same report in the same form has the same hash. */
    public static String contentHash(org.nianbao.engine.model.Report r) {
        return sha256(r.getFullText().getBytes(StandardCharsets.UTF_8));
    }

    public static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
