package org.nianbao.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.nianbao.engine.archive.Archive;
import org.nianbao.engine.archive.ArchiveException;

/** Opens an {@code --archive} / ARCHIVE file for the CLI; a missing or unusable archive is a usage error. */
final class ArchiveFiles {
    private ArchiveFiles() {
    }

    /**
     * The archive at {@code file} (null when {@code file} is null). With {@code mustExist} a missing file
     * is refused (the archive subcommands read one); otherwise it is created (check and serve write one).
     */
    static Archive open(Path file, boolean mustExist) {
        if (file == null) {
            return null;
        }
        if (mustExist && !Files.isRegularFile(file)) {
            throw new UsageException("档案库不存在：" + file);
        }
        try {
            return Archive.open(file);
        } catch (ArchiveException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
