package org.peerchallengehub.knowledge;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jspecify.annotations.Nullable;

/**
 * Opens an uploaded ZIP of reports, counting what it inflates: at most {@link #MAX_ENTRIES} files,
 * each at most {@link #MAX_ENTRY_BYTES} (a bigger one is kept as a refused file, with the reason),
 * and at most {@link #MAX_TOTAL_BYTES} in all or {@link #MAX_RATIO} times the ZIP's size — past
 * those the whole ZIP is refused as a ZIP bomb. Folders and system files (__MACOSX, dot files) are
 * passed over.
 */
final class ZipUploads {

    static final int MAX_ENTRIES = 200;
    static final long MAX_ENTRY_BYTES = 25L * 1024 * 1024;
    static final long MAX_TOTAL_BYTES = 200L * 1024 * 1024;
    static final int MAX_RATIO = 100;

    private ZipUploads() {}

    /** One file found in the ZIP; {@code refusal} set (and no content) when it cannot be taken. */
    record Entry(String name, byte[] content, @Nullable String refusal) {}

    /** The ZIP cannot be opened or is a ZIP bomb. */
    static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message);
        }
    }

    static boolean isZip(String fileName, byte[] content) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".zip")
                && content.length > 3
                && content[0] == 'P'
                && content[1] == 'K';
    }

    /**
     * A ZIP that holds one report split over web pages (only .html files, perhaps with their styles and
     * images): it is one report, read by the parser page by page, not a set of reports.
     */
    static boolean isWebPages(byte[] zip) {
        boolean html = false;
        int seen = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null && seen++ < 20_000) {
                String name = entry.getName().replace('\\', '/').toLowerCase(Locale.ROOT);
                String base = name.substring(name.lastIndexOf('/') + 1);
                if (entry.isDirectory() || name.startsWith("__macosx/") || base.startsWith(".") || base.isEmpty()) {
                    continue;
                }
                if (base.endsWith(".html") || base.endsWith(".htm") || base.endsWith(".xhtml")) {
                    html = true;
                } else if (!base.matches(".*\\.(css|js|png|jpe?g|gif|svg|webp|ico)")) {
                    return false;
                }
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
        return html;
    }

    static List<Entry> entries(byte[] zip) {
        long limit = Math.min(MAX_TOTAL_BYTES, (long) zip.length * MAX_RATIO + 1024 * 1024);
        long total = 0;
        int count = 0;
        List<Entry> entries = new ArrayList<>();
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                String name = entry.getName().replace('\\', '/');
                String base = name.substring(name.lastIndexOf('/') + 1);
                if (entry.isDirectory() || name.startsWith("__MACOSX/") || base.startsWith(".") || base.isEmpty()) {
                    continue;
                }
                if (++count > MAX_ENTRIES) {
                    throw new Refused(
                            "The ZIP holds more than " + MAX_ENTRIES + " files; split it and upload the parts.");
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                boolean tooBig = false;
                int n;
                while ((n = in.read(buffer)) > 0) {
                    total += n;
                    if (total > limit) {
                        throw new Refused(
                                "The ZIP would expand to far more than any set of reports (a ZIP bomb); it was not opened.");
                    }
                    if (!tooBig) {
                        if (out.size() + n > MAX_ENTRY_BYTES) {
                            tooBig = true;
                            out = new ByteArrayOutputStream();
                        } else {
                            out.write(buffer, 0, n);
                        }
                    }
                }
                String shortName = base.length() > 300 ? base.substring(0, 300) : base;
                entries.add(
                        tooBig
                                ? new Entry(
                                        shortName,
                                        new byte[0],
                                        "The file is larger than 25 MB, the most one report may be.")
                                : new Entry(shortName, out.toByteArray(), null));
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new Refused("The ZIP file is damaged and cannot be opened.");
        }
        if (entries.isEmpty()) {
            throw new Refused("The ZIP file holds no reports.");
        }
        return entries;
    }
}
