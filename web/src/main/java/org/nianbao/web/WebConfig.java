package org.nianbao.web;

import java.nio.file.Path;

/**
 * Settings of one service.
 *
 * @param host           address to bind (loopback unless told otherwise)
 * @param port           TCP port (0 = any free port)
 * @param maxUploadBytes largest request body accepted (413 beyond it)
 * @param maxFiles       most reports one request may hold, counting zip entries (400 beyond it)
 * @param token          access token required on every request, or null for none
 * @param archive        the archive file (reviews and history kept there), or null: nothing stored
 * @param tempRoot       where uploads are staged while checked (a fresh folder per request, deleted after)
 * @param threads        checking threads shared by all requests
 */
public record WebConfig(String host, int port, long maxUploadBytes, int maxFiles, String token, Path archive,
                        Path tempRoot, int threads) {

    public static final int DEFAULT_MAX_FILES = 1000;

    public WebConfig withToken(String t) {
        return new WebConfig(host, port, maxUploadBytes, maxFiles, t, archive, tempRoot, threads);
    }

    /** True when the host is a loopback address name (127.0.0.0/8, ::1, localhost). */
    public static boolean isLoopback(String host) {
        String h = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        return h.equals("localhost") || h.equals("::1") || h.equals("0:0:0:0:0:0:0:1") || h.startsWith("127.");
    }
}
