package org.nianbao.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Listing resources of a class-path folder in a jar, with and without the build-time index, and in a directory. */
class ClasspathResourcesTest {
    @TempDir
    Path dir;

    /** A jar of (name, content) pairs; like real jars it has directory entries ("x/"), which class loaders need. */
    private Path jar(String name, String... entries) throws Exception {
        Path jar = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out)) {
            for (int i = 0; i < entries.length; i += 2) {
                j.putNextEntry(new JarEntry(entries[i]));
                j.write(entries[i + 1].getBytes(StandardCharsets.UTF_8));
                j.closeEntry();
            }
        }
        return jar;
    }

    private static List<String> paths(Path jarOrDir, String folder, String suffix) throws Exception {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jarOrDir.toUri().toURL()}, null)) {
            return ClasspathResources.list(loader, folder, suffix).stream().map(ClasspathResources.Resource::path).toList();
        }
    }

    @Test
    void aJarWithoutAnIndexIsListedEntryByEntry() throws Exception {
        Path jar = jar("plain.jar", "x/", "", "x/b.yaml", "b", "x/a.yaml", "a", "x/sub/c.yaml", "c", "y/d.yaml", "d", "x/e.txt", "e");
        assertThat(paths(jar, "x/", ".yaml")).containsExactly("x/a.yaml", "x/b.yaml", "x/sub/c.yaml");
    }

    @Test
    void aJarWithAnIndexListsWhatTheIndexNamesAndExists() throws Exception {
        // the index names a.yaml, c.yaml and a file that is not in the jar; b.yaml is present but not indexed
        Path jar = jar("indexed.jar", "x/", "", "x/resources.idx", "x/a.yaml\nx/sub/c.yaml\nx/gone.yaml\n", "x/a.yaml", "a",
                "x/b.yaml", "b", "x/sub/c.yaml", "c");
        List<String> listed = paths(jar, "x/", ".yaml");
        assertThat(listed).containsExactly("x/a.yaml", "x/sub/c.yaml");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            assertThat(ClasspathResources.list(loader, "x/", ".yaml").get(0).text()).isEqualTo("a");
        }
    }

    @Test
    void aDirectoryIsWalked() throws Exception {
        Path root = dir.resolve("classes");
        Files.createDirectories(root.resolve("x/sub"));
        Files.writeString(root.resolve("x/a.yaml"), "a");
        Files.writeString(root.resolve("x/sub/c.yaml"), "c");
        Files.writeString(root.resolve("x/resources.idx"), "x/a.yaml\n");
        assertThat(paths(root, "x/", ".yaml")).containsExactly("x/a.yaml", "x/sub/c.yaml");
    }
}
