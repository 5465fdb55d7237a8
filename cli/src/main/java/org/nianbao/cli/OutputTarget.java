package org.nianbao.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Where one output format goes: standard output, or a file written atomically (a temporary file in
 * the same directory, renamed over the target only when the output is complete; deleted on failure).
 */
final class OutputTarget implements AutoCloseable {
    private final Path target;
    private final Path tmp;
    private final OutputStream stream;
    private boolean committed;

    private OutputTarget(Path target, Path tmp, OutputStream stream) {
        this.target = target;
        this.tmp = tmp;
        this.stream = stream;
    }

    /** Standard output as given to the command (a writer): bytes are decoded as UTF-8 and passed on. */
    static OutputTarget stdout(java.io.PrintWriter out) {
        return new OutputTarget(null, null, new WriterStream(out));
    }

    /** A file output; its folder must exist (the caller has checked the target, see {@code CheckCommand}). */
    static OutputTarget file(Path target) throws IOException {
        Path abs = target.toAbsolutePath();
        if (Files.exists(abs) && !Files.isRegularFile(abs) && !Files.isDirectory(abs)) {
            // a device or pipe (/dev/null, /dev/stdout): written in place; renaming over it would replace it
            return new OutputTarget(null, null, new java.io.BufferedOutputStream(Files.newOutputStream(abs), 1 << 16));
        }
        Path tmp = Files.createTempFile(abs.getParent(), "." + abs.getFileName(), ".tmp");
        try {
            // createTempFile makes the file private (0600); an output is an ordinary file.
            Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException | IOException e) {
            // not a POSIX file system: keep the default
        }
        return new OutputTarget(abs, tmp, new java.io.BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16));
    }

    OutputStream stream() {
        return stream;
    }

    /** Completes the output: flushes, and for a file renames the temporary file over the target. */
    synchronized void commit() throws IOException {
        stream.close();
        if (tmp != null) {
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        committed = true;
    }

    /**
     * Discards an uncommitted file output (the previous target, if any, is left as it was). Also run
     * by the shutdown hook of an interrupted run.
     */
    @Override
    public synchronized void close() {
        if (!committed && tmp != null) {
            try {
                stream.close();
            } catch (IOException | RuntimeException ignored) {
                // discarding anyway (a run interrupted mid-write may leave the stream in any state)
            } finally {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // best effort
                }
            }
        }
    }

    /** UTF-8 bytes → a writer, decoding incrementally (multi-byte characters may span writes). */
    private static final class WriterStream extends OutputStream {
        private final java.io.Writer out;
        private final java.nio.charset.CharsetDecoder decoder = java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPLACE)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPLACE);
        private final java.nio.ByteBuffer in = java.nio.ByteBuffer.allocate(8192);
        private final java.nio.CharBuffer chars = java.nio.CharBuffer.allocate(8192);

        WriterStream(java.io.Writer out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            while (len > 0) {
                int n = Math.min(len, in.remaining());
                in.put(b, off, n);
                off += n;
                len -= n;
                drain();
            }
        }

        private void drain() throws IOException {
            in.flip();
            while (true) {
                java.nio.charset.CoderResult r = decoder.decode(in, chars, false);
                chars.flip();
                out.write(chars.array(), chars.position(), chars.remaining());
                chars.clear();
                if (!r.isOverflow()) {
                    break;
                }
            }
            in.compact();
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
