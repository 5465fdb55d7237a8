package org.nianbao.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.nianbao.engine.rules.Finding;

/**
 * Stable identities: a finding's key names its rule, its location keys (line, table, row, column)
 * and a hash of its message, so the same finding of the same report has the same key in every run; a report's content hash is the SHA-256 of its text as read (the archive's
 * definition), so the same report is recognised in any file name and after a restart.
 */
public final class FindingKeys {
    private FindingKeys() {
    }

    /**
     * The finding's key, as the archive defines it ({@code Archive.findingKey}: rule, line and cell keys,
     * and a short hash of the message), so decisions made here and the archive's stored findings agree.
     */
    public static String of(Finding f) {
        return org.nianbao.engine.archive.Archive.findingKey(f);
    }

    /** An HTML id / URL fragment for a finding key (the key itself holds characters such as '#'). */
    public static String anchor(String key) {
        return "f-" + sha256(key.getBytes(StandardCharsets.UTF_8)).substring(0, 16);
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
