package org.peerchallengehub.indicators;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A file to import: its name, its size as declared (checked against the limit before anything is
 * read; -1 when unknown, then counted as it is read) and how to open it.
 */
record ImportFile(String name, long size, Opener opener) {

    @FunctionalInterface
    interface Opener {
        InputStream open() throws IOException;
    }

    static ImportFile of(Path path) throws IOException {
        return new ImportFile(path.getFileName().toString(), Files.size(path), () -> Files.newInputStream(path));
    }

    static ImportFile of(String name, byte[] content) {
        return new ImportFile(name, content.length, () -> new java.io.ByteArrayInputStream(content));
    }

    InputStream open() throws IOException {
        return opener.open();
    }

    boolean isXlsx() {
        return name.toLowerCase(Locale.ROOT).endsWith(".xlsx");
    }
}
