package org.peerchallengehub.knowledge.parser;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Decides how a text file's bytes are encoded, and refuses to guess. In order: a byte order mark
 * (UTF-8, UTF-16 LE/BE); UTF-16 without one when every other byte of the text is zero; strict
 * UTF-8; else Windows-1252 when no byte is one Windows-1252 leaves undefined (0x81, 0x8D, 0x8F,
 * 0x90, 0x9D). Text with control characters other than tab, line and page breaks, or any zero byte
 * left over, is not text. See docs/decisions/0007-parsed-report-council-code.md.
 */
final class TextDecoding {

    private TextDecoding() {}

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** The decoded text, or empty when the bytes are not text in an encoding we can tell. */
    static Optional<String> decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return strict(bytes, 3, StandardCharsets.UTF_8).filter(TextDecoding::looksLikeText);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return strict(bytes, 2, StandardCharsets.UTF_16LE).filter(TextDecoding::looksLikeText);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return strict(bytes, 2, StandardCharsets.UTF_16BE).filter(TextDecoding::looksLikeText);
        }
        Optional<Charset> utf16 = utf16WithoutMark(bytes);
        if (utf16.isPresent()) {
            return strict(bytes, 0, utf16.get()).filter(TextDecoding::looksLikeText);
        }
        Optional<String> utf8 = strict(bytes, 0, StandardCharsets.UTF_8);
        if (utf8.isPresent()) {
            return utf8.filter(TextDecoding::looksLikeText);
        }
        for (byte b : bytes) {
            int v = b & 0xFF;
            if (v == 0x81 || v == 0x8D || v == 0x8F || v == 0x90 || v == 0x9D) {
                return Optional.empty();
            }
        }
        return strict(bytes, 0, WINDOWS_1252).filter(TextDecoding::looksLikeText);
    }

    /** Little or big endian UTF-16 when at least 95% of the even (or odd) bytes are zero. */
    private static Optional<Charset> utf16WithoutMark(byte[] bytes) {
        if (bytes.length < 4 || bytes.length % 2 != 0) {
            return Optional.empty();
        }
        int pairs = Math.min(bytes.length / 2, 4096);
        int evenZero = 0;
        int oddZero = 0;
        for (int i = 0; i < pairs; i++) {
            if (bytes[2 * i] == 0) {
                evenZero++;
            }
            if (bytes[2 * i + 1] == 0) {
                oddZero++;
            }
        }
        if (oddZero >= pairs * 0.95 && evenZero == 0) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        if (evenZero >= pairs * 0.95 && oddZero == 0) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        return Optional.empty();
    }

    private static Optional<String> strict(byte[] bytes, int offset, Charset charset) {
        try {
            CharBuffer chars = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
            return Optional.of(chars.toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static boolean looksLikeText(String text) {
        int control = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return false;
            }
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                control++;
            }
        }
        return control <= text.length() / 1000;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
