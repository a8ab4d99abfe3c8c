package org.peerchallengehub.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * An HTTP/1.1 POST over a plain socket that tolerates the server answering and closing before the body
 * is sent — what a server does to a body over its limit. The response is read while the body is still
 * being written, so a reset connection cannot lose it, and a failed write (the server stopped reading)
 * ends the sending, not the test. A test of a 413 then sees the 413, not an {@link IOException}.
 */
public final class RawHttp {

    private RawHttp() {}

    /** The status and the text (headers and body) of a response. */
    public record Response(int status, String text) {}

    /**
     * Posts {@code size} bytes of {@code fill} after {@code prefix} and before {@code suffix}; with a
     * declared Content-Length, or chunked when {@code chunked}.
     */
    public static Response post(
            int port,
            String path,
            Map<String, String> headers,
            byte[] prefix,
            long size,
            byte fill,
            byte[] suffix,
            boolean chunked)
            throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(60_000);
            InputStream in = socket.getInputStream();
            CompletableFuture<byte[]> answer = CompletableFuture.supplyAsync(
                    () -> {
                        ByteArrayOutputStream read = new ByteArrayOutputStream();
                        byte[] buffer = new byte[8192];
                        try {
                            for (int n; (n = in.read(buffer)) >= 0; ) {
                                read.write(buffer, 0, n);
                            }
                        } catch (IOException e) {
                            // reset after the answer: keep what arrived
                        }
                        return read.toByteArray();
                    },
                    r -> Thread.ofVirtual().start(r));
            OutputStream out = socket.getOutputStream();
            long length = prefix.length + size + suffix.length;
            StringBuilder head = new StringBuilder("POST " + path + " HTTP/1.1\r\nHost: localhost:" + port + "\r\n");
            headers.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
            head.append(chunked ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + length + "\r\n");
            head.append("Connection: close\r\n\r\n");
            try {
                out.write(head.toString().getBytes(StandardCharsets.US_ASCII));
                write(out, prefix, chunked);
                byte[] piece = new byte[64 * 1024];
                java.util.Arrays.fill(piece, fill);
                for (long left = size; left > 0; left -= piece.length) {
                    write(out, left >= piece.length ? piece : java.util.Arrays.copyOf(piece, (int) left), chunked);
                }
                write(out, suffix, chunked);
                if (chunked) {
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                out.flush();
                socket.shutdownOutput();
            } catch (IOException e) {
                // the server answered and stopped reading: its answer is what the test is about
            }
            byte[] response = answer.get(60, TimeUnit.SECONDS);
            String text = decode(response);
            if (!text.startsWith("HTTP/1.1 ")) {
                throw new UncheckedIOException(
                        new IOException("No HTTP response, got: " + text.substring(0, Math.min(200, text.length()))));
            }
            return new Response(Integer.parseInt(text.substring(9, 12)), text);
        }
    }

    /** The headers and the body as text, the body's chunked framing removed when it has one. */
    static String decode(byte[] response) {
        String all = new String(response, StandardCharsets.ISO_8859_1);
        int end = all.indexOf("\r\n\r\n");
        if (end < 0) {
            return new String(response, StandardCharsets.UTF_8);
        }
        String head = all.substring(0, end + 4);
        int at = end + 4;
        if (!head.toLowerCase(java.util.Locale.ROOT).contains("transfer-encoding: chunked")) {
            return head + new String(response, at, response.length - at, StandardCharsets.UTF_8);
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            int line = all.indexOf("\r\n", at);
            if (line < 0) {
                break;
            }
            int size;
            try {
                size = Integer.parseInt(all.substring(at, line).split(";")[0].strip(), 16);
            } catch (NumberFormatException e) {
                break;
            }
            if (size == 0 || line + 2 + size > response.length) {
                break;
            }
            body.write(response, line + 2, size);
            at = line + 2 + size + 2;
        }
        return head + body.toString(StandardCharsets.UTF_8);
    }

    private static void write(OutputStream out, byte[] bytes, boolean chunked) throws IOException {
        if (bytes.length == 0) {
            return;
        }
        if (chunked) {
            out.write((Integer.toHexString(bytes.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        }
        out.write(bytes);
        if (chunked) {
            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
    }
}
