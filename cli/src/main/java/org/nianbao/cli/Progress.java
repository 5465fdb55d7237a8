package org.nianbao.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A one-line progress bar on stderr (files done / total, rate, ETA), redrawn at most five times a
 * second. Shown only when stderr is a terminal, unless forced with --progress / --no-progress.
 * Called from the thread that consumes results (no locking).
 */
final class Progress {
    private static final long REDRAW_NANOS = 200_000_000L;
    private final PrintWriter err;
    private final int total;
    private final long start = System.nanoTime();
    private long lastDraw;
    private int done;
    private boolean drawn;

    private Progress(PrintWriter err, int total) {
        this.err = err;
        this.total = total;
    }

    /** A bar when {@code forced} says so or (when null) when stderr is a terminal; else null. */
    static Progress create(Boolean forced, PrintWriter err, int total) {
        boolean on = forced != null ? forced : stderrIsTerminal();
        return on && total > 0 ? new Progress(err, total) : null;
    }

    /**
     * The launcher passes {@code -Dnianbao.stderr.tty=true|false} (from {@code [ -t 2 ]}); otherwise
     * on Linux /proc tells where fd 2 goes; otherwise a console means an interactive session.
     */
    static boolean stderrIsTerminal() {
        String prop = System.getProperty("nianbao.stderr.tty");
        if (prop != null && !prop.isBlank()) {
            return Boolean.parseBoolean(prop);
        }
        try {
            Path fd2 = Path.of("/proc/self/fd/2");
            if (Files.exists(fd2)) {
                String target = Files.readSymbolicLink(fd2).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            }
        } catch (Exception e) {
            // not Linux, or no permission: fall back
        }
        return System.console() != null;
    }

    void step() {
        done++;
        long now = System.nanoTime();
        if (done == total || now - lastDraw >= REDRAW_NANOS) {
            lastDraw = now;
            draw(now);
        }
    }

    /** Erases the bar (before other output goes to the same terminal). */
    void clear() {
        if (drawn) {
            err.print("\r\033[K");
            err.flush();
            drawn = false;
        }
    }

    /** Draws the final state and ends the line. */
    void finish() {
        if (done > 0) {
            if (!drawn) {
                draw(System.nanoTime());
            }
            err.println();
            err.flush();
        }
    }

    private void draw(long now) {
        double secs = Math.max(1e-9, (now - start) / 1e9);
        double rate = done / secs;
        int width = 28;
        int filled = (int) ((long) width * done / total);
        String bar = "█".repeat(filled) + "░".repeat(width - filled);
        String eta = rate > 0 && done < total ? "，预计剩余 " + duration((total - done) / rate) : "";
        err.print("\r\033[K" + bar + " " + done + "/" + total + " 个文件（" + (100L * done / total) + "%），"
                + String.format("%.1f", rate) + " 个/秒，已用 " + duration(secs) + eta);
        err.flush();
        drawn = true;
    }

    static String duration(double seconds) {
        long s = Math.round(seconds);
        if (s < 60) {
            return s + " 秒";
        }
        if (s < 3600) {
            return s / 60 + " 分 " + s % 60 + " 秒";
        }
        return s / 3600 + " 小时 " + s % 3600 / 60 + " 分";
    }
}
