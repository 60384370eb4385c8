package org.stdtrack.operations;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * HTTP/1.1 spoken by hand over a socket to a server on this machine, for what an ordinary client will not
 * do: send a path exactly as written ({@code /%61pi/…}), or announce a body of hundreds of megabytes and keep
 * sending it while listening for the server's early answer. Only the status line is read.
 */
final class RawHttp {

    /** A body produced as it is sent: {@code size} bytes made of {@code chunk} repeated, after {@code head}. */
    record Body(String contentType, byte[] head, byte[] chunk, long size, boolean chunked) {}

    private RawHttp() {}

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The status the server answers with, or -1 if it closed the connection without one; sending stops as
     * soon as the answer comes. Waits at most {@code limit} for it.
     */
    static int send(int port, String method, String path, Map<String, String> headers, Body body, Duration limit)
            throws IOException, InterruptedException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout((int) limit.toMillis());
            StringBuilder request = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: localhost\r\n");
            headers.forEach((name, value) ->
                    request.append(name).append(": ").append(value).append("\r\n"));
            if (body != null) {
                request.append("Content-Type: ").append(body.contentType()).append("\r\n");
                request.append(
                        body.chunked() ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + body.size() + "\r\n");
            }
            request.append("Connection: close\r\n\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.US_ASCII));
            out.flush();
            AtomicBoolean answered = new AtomicBoolean();
            Thread sender = null;
            if (body != null) {
                sender = new Thread(() -> sendBody(out, body, answered));
                sender.setDaemon(true);
                sender.start();
            }
            try {
                String status = new BufferedReader(
                                new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                        .readLine();
                return status == null ? -1 : Integer.parseInt(status.split(" ")[1]);
            } catch (SocketTimeoutException e) {
                throw new AssertionError(method + " " + path + ": no answer within " + limit, e);
            } finally {
                answered.set(true);
                if (sender != null) {
                    sender.join(limit.toMillis());
                }
            }
        }
    }

    private static void sendBody(OutputStream out, Body body, AtomicBoolean answered) {
        try {
            long sent = 0;
            write(out, body.head(), body.chunked());
            sent += body.head().length;
            while (sent < body.size() && !answered.get()) {
                int n = (int) Math.min(body.chunk().length, body.size() - sent);
                if (n == body.chunk().length) {
                    write(out, body.chunk(), body.chunked());
                } else {
                    write(out, java.util.Arrays.copyOf(body.chunk(), n), body.chunked());
                }
                sent += n;
            }
            if (body.chunked() && !answered.get()) {
                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            out.flush();
        } catch (IOException closedByTheServer) {
            // the server answered and closed the connection: what a refusal of a large body looks like
        }
    }

    private static void write(OutputStream out, byte[] bytes, boolean chunked) throws IOException {
        if (chunked) {
            out.write((Integer.toHexString(bytes.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(bytes);
            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        } else {
            out.write(bytes);
        }
    }
}
