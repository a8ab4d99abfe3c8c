package org.peerchallengehub.knowledge.parser;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.peerchallengehub.knowledge.UnreadableReport;
import org.peerchallengehub.knowledge.UnreadableReport.Reason;

/**
 * Inflates a ZIP container (a DOCX) once, counting, before anything parses it: refuses one that
 * would expand to more than {@link #MAX_EXPANSION} times its size (plus a small allowance), or to
 * more than {@link #MAX_TOTAL_BYTES} in all, or that has too many entries — a ZIP bomb. Stops
 * reading as soon as a limit is passed, so the check costs at most the limit.
 */
final class ZipGuard {

    private ZipGuard() {}

    static final int MAX_EXPANSION = 100;
    static final long ALLOWANCE_BYTES = 20L * 1024 * 1024;
    static final long MAX_TOTAL_BYTES = 512L * 1024 * 1024;
    static final int MAX_ENTRIES = 10_000;

    static void check(byte[] zip) {
        long limit = Math.min(MAX_TOTAL_BYTES, (long) zip.length * MAX_EXPANSION + ALLOWANCE_BYTES);
        long total = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (++entries > MAX_ENTRIES) {
                    throw bomb();
                }
                total += drain(in, buffer, limit - total);
                if (total > limit) {
                    throw bomb();
                }
                entry.getName();
            }
        } catch (IOException e) {
            throw UnreadableReport.because(
                    Reason.CORRUPT, "The Word document is damaged: its ZIP container cannot be read.", e);
        }
        if (entries == 0) {
            throw UnreadableReport.because(Reason.CORRUPT, "The Word document is damaged: its ZIP container is empty.");
        }
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

    private static UnreadableReport bomb() {
        return UnreadableReport.because(
                Reason.ZIP_BOMB,
                "The Word document would expand to far more than any report (a ZIP bomb); it was not opened.");
    }
}
