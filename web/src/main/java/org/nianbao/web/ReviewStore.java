package org.nianbao.web;

import java.util.Map;

/**
 * Where review decisions are kept: in memory when the service runs without an archive (lost on
 * restart), or in the archive (kept across restarts, found again by content hash).
 */
public interface ReviewStore extends AutoCloseable {
    /** Records (or replaces) the decision on one finding of the report with this content hash. */
    void save(String contentHash, String findingKey, String decision, String note);

    /** The decisions recorded for the report with this content hash, by finding key. */
    Map<String, Review> reviews(String contentHash);

    /** True when decisions survive a restart. */
    boolean persistent();

    @Override
    default void close() {
    }
}
