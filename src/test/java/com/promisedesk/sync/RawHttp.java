package com.promisedesk.sync;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * HTTP spoken by hand over a socket, for what HttpClient will not send: raw bytes that are
 * not UTF-8, a header too large, a request line that is not HTTP, a body announced but not sent.
 */
final class RawHttp {

    /** What came back: status, the Content-Type header (lower case, or "") and the body as text. */
    record Answer(int status, String contentType, String body) {
    }

    private RawHttp() {
    }

    /** Sends {@code head} (request line and headers, without the blank line) and {@code body} bytes. */
    static Answer send(int port, String head, byte[] body, int timeoutMillis) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(timeoutMillis);
            OutputStream out = socket.getOutputStream();
            out.write((head + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            return read(socket.getInputStream());
        }
    }

    /** A POST with a JSON body of raw bytes and a bearer token. */
    static Answer post(int port, String path, String token, byte[] body) throws IOException {
        return send(port, "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + token
                + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\nConnection: close",
                body, 30_000);
    }

    private static Answer read(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int n;
        int headEnd = -1;
        long contentLength = -1;
        while ((n = readSome(in, buffer, all.size())) > 0) {
            all.write(buffer, 0, n);
            String text = all.toString(StandardCharsets.ISO_8859_1);
            if (headEnd < 0 && (headEnd = text.indexOf("\r\n\r\n")) >= 0) {
                contentLength = header(text.substring(0, headEnd), "content-length").isEmpty() ? -1
                        : Long.parseLong(header(text.substring(0, headEnd), "content-length"));
            }
            if (headEnd >= 0 && contentLength >= 0 && all.size() >= headEnd + 4 + contentLength) {
                break;
            }
        }
        String text = all.toString(StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        String head = end < 0 ? text : text.substring(0, end);
        String body = end < 0 ? "" : text.substring(end + 4);
        int status = Integer.parseInt(head.split(" ", 3)[1]);
        return new Answer(status, header(head, "content-type").toLowerCase(Locale.ROOT), body);
    }

    /** -1 at the end; a timeout after something came counts as the end (the server keeps the line open). */
    private static int readSome(InputStream in, byte[] buffer, int readSoFar) throws IOException {
        try {
            return in.read(buffer);
        } catch (java.net.SocketTimeoutException e) {
            if (readSoFar == 0) {
                throw e;
            }
            return -1;
        }
    }

    private static String header(String head, String name) {
        for (String line : head.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
                return line.substring(colon + 1).trim();
            }
        }
        return "";
    }
}
