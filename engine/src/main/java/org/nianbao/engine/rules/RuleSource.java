package org.nianbao.engine.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.engine.ClasspathResources;
import java.util.stream.Stream;

/**
 * A DRL file to load: where it came from (shown in errors), its package and its text. The pack is
 * the last segment of the DRL package ({@code org.nianbao.rules.n2021} → {@code n2021}).
 */
public record RuleSource(String origin, String packageName, String text) {
    public static final String BASE_PACKAGE = "org.nianbao.rules";
    /** Where the bundled DRL files live in the project, so that a bundled rule's file can be opened. */
    public static final String BUNDLED_ROOT = "rules/src/main/resources/";
    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)\\s*;?");

    public String pack() {
        int dot = packageName.lastIndexOf('.');
        return dot < 0 ? packageName : packageName.substring(dot + 1);
    }

    /** The path the file takes inside the Drools build (folder matching its package). */
    public String kiePath() {
        String name = origin.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        return "src/main/resources/" + packageName.replace('.', '/') + "/" + name;
    }

    static RuleSource of(String origin, String text) {
        Matcher m = PACKAGE.matcher(text);
        String pkg = m.find() ? m.group(1) : "defaultpkg";
        return new RuleSource(origin, pkg, text);
    }

    /** Every *.drl under a directory (recursively, skipping build output), sorted by path. */
    public static List<RuleSource> fromDirectory(Path dir) {
        List<RuleSource> list = new ArrayList<>();
        try (Stream<Path> s = Files.walk(dir)) {
            List<Path> files = s.filter(p -> p.toString().endsWith(".drl") && Files.isRegularFile(p))
                    .filter(p -> !dir.relativize(p).toString().replace('\\', '/').matches("(.*/)?target/.*"))
                    .sorted().toList();
            for (Path p : files) {
                list.add(of(p.toString(), Files.readString(p, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return list;
    }

    /**
     * The bundled DRL files: every *.drl under {@code org/nianbao/rules/} on the class path, sorted,
     * each named by its path in the project ({@link #BUNDLED_ROOT}{@code org/nianbao/rules/…}).
     */
    public static List<RuleSource> fromClasspath(ClassLoader loader) {
        List<RuleSource> list = new ArrayList<>();
        for (ClasspathResources.Resource r : ClasspathResources.list(loader, BASE_PACKAGE.replace('.', '/') + "/", ".drl")) {
            list.add(of(BUNDLED_ROOT + r.path(), r.text()));
        }
        return list;
    }
}
