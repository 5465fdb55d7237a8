package org.nianbao.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/** Lists and reads text resources under a class-path folder, in jars and in directories alike. */
public final class ClasspathResources {
    private ClasspathResources() {
    }

    /** A resource's path (relative to the class path root, with '/') and its UTF-8 text. */
    public record Resource(String path, String text) {
    }

    /** File entry names per jar: a shaded jar has tens of thousands; list them once per run. */
    private static final java.util.Map<String, List<String>> ENTRY_NAMES = new java.util.concurrent.ConcurrentHashMap<>();

    /** Name of the index a module's build writes into a resource folder (see the engine and rules poms). */
    static final String INDEX = "resources.idx";

    /**
     * The entry names to look at for {@code folder}: those of the folder's build-time index when the jar
     * has one (no need to list a shaded jar's ~36,000 entries), else every file entry of the jar.
     */
    private static List<String> entryNames(JarFile jar, String folder) throws IOException {
        JarEntry index = jar.getJarEntry(folder + INDEX);
        if (index == null) {
            return entryNames(jar);
        }
        List<String> names = new ArrayList<>();
        try (InputStream in = jar.getInputStream(index)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                String n = line.strip();
                if (!n.isEmpty() && jar.getJarEntry(n) != null) {
                    names.add(n);
                }
            }
        }
        return names;
    }

    private static List<String> entryNames(JarFile jar) {
        return ENTRY_NAMES.computeIfAbsent(jar.getName(), k -> {
            List<String> names = new ArrayList<>();
            for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
                JarEntry entry = e.nextElement();
                if (!entry.isDirectory()) {
                    names.add(entry.getName());
                }
            }
            return names;
        });
    }

    /** Every resource under {@code folder} (e.g. "org/nianbao/rules/") whose name ends with {@code suffix}, sorted. */
    public static List<Resource> list(ClassLoader loader, String folder, String suffix) {
        String base = folder.endsWith("/") ? folder : folder + "/";
        List<Resource> list = new ArrayList<>();
        try {
            Enumeration<URL> roots = loader.getResources(base);
            while (roots.hasMoreElements()) {
                URL url = roots.nextElement();
                if ("jar".equals(url.getProtocol())) {
                    JarURLConnection conn = (JarURLConnection) url.openConnection();
                    conn.setUseCaches(false);
                    try (JarFile jar = conn.getJarFile()) {
                        for (String n : entryNames(jar, base)) {
                            if (n.startsWith(base) && n.endsWith(suffix)) {
                                try (InputStream in = jar.getInputStream(jar.getEntry(n))) {
                                    list.add(new Resource(n, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                                }
                            }
                        }
                    }
                } else if ("file".equals(url.getProtocol())) {
                    Path root = Path.of(url.toURI());
                    try (Stream<Path> s = Files.walk(root)) {
                        for (Path p : s.filter(f -> f.toString().endsWith(suffix) && Files.isRegularFile(f)).toList()) {
                            list.add(new Resource(base + root.relativize(p).toString().replace('\\', '/'),
                                    Files.readString(p, StandardCharsets.UTF_8)));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        list.sort((a, b) -> a.path().compareTo(b.path()));
        return list;
    }
}
