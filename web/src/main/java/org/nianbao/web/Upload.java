package org.nianbao.web;

import java.io.IOException;
import java.io.InputStream;

/** One uploaded file: the name the browser sent (display only, never a path) and its content. */
public interface Upload {
    String filename();

    InputStream open() throws IOException;
}
