package org.nianbao.engine.batch;

/**
 * Bounds for reading zip archives in place, so that a hostile or broken archive cannot exhaust
 * memory or time.
 *
 * @param maxEntries     more file entries than this and the whole archive is refused
 * @param maxEntryBytes  an entry expanding to more than this is refused (too large)
 * @param maxTotalBytes  once the entries read expand to more than this in total, the rest are refused
 * @param maxRatio       an entry expanding more than this many times its compressed size (and over
 *                       {@code ratioFloorBytes}) is refused as a zip bomb
 */
public record ZipLimits(int maxEntries, long maxEntryBytes, long maxTotalBytes, int maxRatio, long ratioFloorBytes) {
    public static final ZipLimits DEFAULT = new ZipLimits(200_000, 64L * 1024 * 1024, 8L * 1024 * 1024 * 1024, 100,
            1024 * 1024);
}
