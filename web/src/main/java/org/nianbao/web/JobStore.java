package org.nianbao.web;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The recent jobs, in memory, newest last: at most {@code capacity} jobs and about
 * {@code maxReports} reports in all; the oldest finished jobs are forgotten when a new one comes.
 * Nothing is written to disk here.
 */
public final class JobStore {
    private final int capacity;
    private final int maxReports;
    private final Map<String, Job> jobs = new LinkedHashMap<>();
    private final SecureRandom random = new SecureRandom();

    public JobStore(int capacity, int maxReports) {
        this.capacity = capacity;
        this.maxReports = maxReports;
    }

    public synchronized Job create() {
        byte[] b = new byte[12];
        random.nextBytes(b);
        Job j = new Job(HexFormat.of().formatHex(b));
        jobs.put(j.id(), j);
        while (jobs.size() > capacity || reports() > maxReports) {
            String oldest = null;
            for (Job x : jobs.values()) {
                if (x.state() != Job.State.RUNNING) {
                    oldest = x.id();
                    break;
                }
            }
            if (oldest == null) {
                break;
            }
            jobs.remove(oldest);
        }
        return j;
    }

    private int reports() {
        int n = 0;
        for (Job j : jobs.values()) {
            n += j.total();
        }
        return n;
    }

    public synchronized Job get(String id) {
        return jobs.get(id);
    }

    /** Newest first. */
    public synchronized List<Job> recent() {
        List<Job> l = new ArrayList<>(jobs.values());
        java.util.Collections.reverse(l);
        return l;
    }
}
