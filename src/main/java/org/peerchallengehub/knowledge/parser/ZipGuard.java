package org.peerchallengehub.knowledge.parser;

import org.peerchallengehub.knowledge.UnreadableReport;
import org.peerchallengehub.knowledge.UnreadableReport.Reason;
import org.peerchallengehub.shared.files.ZipExpansion;

/**
 * Inflates a ZIP container (a DOCX) once, counting, before anything parses it, and refuses a ZIP bomb
 * or a damaged container with the report's own reasons. The measuring is {@link ZipExpansion}, the one
 * guard of every upload that holds a ZIP.
 */
final class ZipGuard {

    private ZipGuard() {}

    /** The same guard for a ZIP of web pages, with messages that say so. */
    static void checkPages(byte[] zip) {
        switch (ZipExpansion.measure(zip)) {
            case FITS -> {}
            case BOMB ->
                throw UnreadableReport.because(
                        Reason.ZIP_BOMB,
                        "The ZIP of web pages would expand to far more than any report (a ZIP bomb); it was not opened.");
            case DAMAGED -> throw UnreadableReport.because(Reason.CORRUPT, "The ZIP of web pages is damaged.");
            case EMPTY -> throw UnreadableReport.because(Reason.CORRUPT, "The ZIP of web pages is empty.");
        }
    }

    static void check(byte[] zip) {
        switch (ZipExpansion.measure(zip)) {
            case FITS -> {}
            case BOMB ->
                throw UnreadableReport.because(
                        Reason.ZIP_BOMB,
                        "The Word document would expand to far more than any report (a ZIP bomb); it was not opened.");
            case DAMAGED ->
                throw UnreadableReport.because(
                        Reason.CORRUPT, "The Word document is damaged: its ZIP container cannot be read.");
            case EMPTY ->
                throw UnreadableReport.because(
                        Reason.CORRUPT, "The Word document is damaged: its ZIP container is empty.");
        }
    }
}
