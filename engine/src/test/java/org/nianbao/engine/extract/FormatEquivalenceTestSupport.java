package org.nianbao.engine.extract;

import java.nio.file.Path;

/** Access to the repository root for tests in sub-packages. */
public final class FormatEquivalenceTestSupport {
    private FormatEquivalenceTestSupport() {
    }

    public static Path repo() {
        Path root = FormatEquivalenceTest.repo();
        if (root == null) {
            throw new IllegalStateException("repository root with corpus/formats not found");
        }
        return root;
    }
}
