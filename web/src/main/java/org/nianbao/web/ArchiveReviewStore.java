package org.nianbao.web;

import java.util.Map;
import java.util.TreeMap;
import org.nianbao.engine.archive.Archive;

/** Review decisions kept in the archive (SQLite): they survive a restart and come back by content hash. */
public final class ArchiveReviewStore implements ReviewStore {
    private final Archive archive;

    public ArchiveReviewStore(Archive archive) {
        this.archive = archive;
    }

    public Archive archive() {
        return archive;
    }

    @Override
    public void save(String contentHash, String findingKey, String decision, String note) {
        archive.saveReview(contentHash, findingKey, decision, note);
    }

    @Override
    public Map<String, Review> reviews(String contentHash) {
        Map<String, Review> m = new TreeMap<>();
        archive.reviews(contentHash).forEach((k, r) ->
                m.put(k, new Review(r.findingKey(), r.decision(), r.note() == null ? "" : r.note(), r.decidedAt())));
        return m;
    }

    @Override
    public boolean persistent() {
        return true;
    }

    @Override
    public void close() {
        archive.close();
    }
}
