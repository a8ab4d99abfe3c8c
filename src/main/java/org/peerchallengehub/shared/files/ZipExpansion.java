package org.peerchallengehub.shared.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipInputStream;

/**
 * What a ZIP container (DOCX, XLSX, ODT, a ZIP of reports) holds, measured by inflating it once and
 * counting, before anything parses or stores it: more than {@link #MAX_EXPANSION} times its size (plus
 * a small allowance), more than {@link #MAX_TOTAL_BYTES} in all, or more than {@link #MAX_ENTRIES}
 * entries is a ZIP bomb. Reading stops as soon as a limit is passed, so the check costs at most the
 * limit. The one guard of every upload that holds a ZIP.
 */
public final class ZipExpansion {

    public static final int MAX_EXPANSION = 100;
    public static final long ALLOWANCE_BYTES = 20L * 1024 * 1024;
    public static final long MAX_TOTAL_BYTES = 512L * 1024 * 1024;
    public static final int MAX_ENTRIES = 10_000;

    /** What the container turned out to be. */
    public enum Verdict {
        /** Within the limits. */
        FITS,
        /** It would expand past a limit: not to be opened. */
        BOMB,
        /** Its ZIP structure cannot be read. */
        DAMAGED,
        /** A ZIP with no entries. */
        EMPTY
    }

    private ZipExpansion() {}

    public static Verdict measure(byte[] zip) {
        long limit = Math.min(MAX_TOTAL_BYTES, (long) zip.length * MAX_EXPANSION + ALLOWANCE_BYTES);
        long total = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            while (in.getNextEntry() != null) {
                if (++entries > MAX_ENTRIES) {
                    return Verdict.BOMB;
                }
                total += drain(in, buffer, limit - total);
                if (total > limit) {
                    return Verdict.BOMB;
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return Verdict.DAMAGED;
        }
        return entries == 0 ? Verdict.EMPTY : Verdict.FITS;
    }

    private static long drain(InputStream in, byte[] buffer, long remaining) throws IOException {
        long read = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            read += n;
            if (read > remaining) {
                return read;
            }
        }
        return read;
    }
}
