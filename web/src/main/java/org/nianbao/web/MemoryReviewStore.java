package org.nianbao.web;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/** Review decisions held in memory only (no archive configured): gone when the service stops. */
public final class MemoryReviewStore implements ReviewStore {
    private final Map<String, Map<String, Review>> byReport = new ConcurrentHashMap<>();

    @Override
    public void save(String contentHash, String findingKey, String decision, String note) {
        byReport.computeIfAbsent(contentHash, h -> new ConcurrentHashMap<>())
                .put(findingKey, new Review(findingKey, decision, note == null ? "" : note, Instant.now()));
    }

    @Override
    public Map<String, Review> reviews(String contentHash) {
        Map<String, Review> m = byReport.get(contentHash);
        return m == null ? Map.of() : new TreeMap<>(m);
    }

    @Override
    public boolean persistent() {
        return false;
    }
}
