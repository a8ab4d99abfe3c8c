package org.peerchallengehub.challenges;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Recognises an uploaded document's type from its bytes, never its name: PDF by its header; DOCX,
 * XLSX and ODT by the entries of their ZIP container (read by name only, without inflating anything
 * but ODT's tiny {@code mimetype} entry, so a ZIP bomb costs nothing).
 */
final class DocumentTypes {

    static final String PDF = "application/pdf";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String ODT = "application/vnd.oasis.opendocument.text";

    private DocumentTypes() {}

    static Optional<String> detect(byte[] bytes) {
        if (bytes.length >= 5 && new String(bytes, 0, 5, StandardCharsets.US_ASCII).equals("%PDF-")) {
            return Optional.of(PDF);
        }
        if (bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) {
            return zipType(bytes);
        }
        return Optional.empty();
    }

    private static Optional<String> zipType(byte[] bytes) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            int entries = 0;
            boolean word = false;
            boolean excel = false;
            boolean contentTypes = false;
            while ((entry = zip.getNextEntry()) != null && entries++ < 2000) {
                String name = entry.getName();
                if (name.equals("mimetype")) {
                    byte[] mime = zip.readNBytes(100);
                    if (new String(mime, StandardCharsets.US_ASCII).trim().equals(ODT)) {
                        return Optional.of(ODT);
                    }
                }
                contentTypes |= name.equals("[Content_Types].xml");
                word |= name.equals("word/document.xml");
                excel |= name.equals("xl/workbook.xml");
            }
            if (contentTypes && word) {
                return Optional.of(DOCX);
            }
            if (contentTypes && excel) {
                return Optional.of(XLSX);
            }
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    static String extension(String contentType) {
        return switch (contentType) {
            case PDF -> "pdf";
            case DOCX -> "docx";
            case XLSX -> "xlsx";
            case ODT -> "odt";
            default -> "bin";
        };
    }
}
