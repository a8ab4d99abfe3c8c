package org.peerchallengehub.indicators;

import java.io.IOException;
import java.io.InputStream;

/** Reads one kind of file row by row into an {@link ImportSession}. */
interface SourceFormat {

    void read(InputStream in, String fileName, ImportSession session) throws IOException;
}
