package com.dezky.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One client connection kept alive across requests the gateway answers itself (a refused path) and
 * requests it relays: every request gets its answer on that same connection. Reactor Netty 1.3.6
 * stopped reading such a connection after a queued request was answered at once
 * (reactor/reactor-netty#4361), and the browser's next request waited until it timed out.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {"management.server.port=0",
        "dezky.gateway.rate-limits.enabled=false"})
class KeepAliveConnectionTest {

    static final EchoBackends backends = new EchoBackends();

    private static final String RELAYED = "/";
    private static final String REFUSED = "/api//127.0.0.1/me";

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void backends(DynamicPropertyRegistry registry) {
        backends.register(registry);
    }

    @AfterAll
    static void stopBackends() {
        backends.close();
    }

    @Test
    void answersEveryRequestOnAKeptAliveConnectionAfterAnswersOfItsOwn() throws IOException {
        for (int connection = 0; connection < 20; connection++) {
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
                socket.setSoTimeout(5_000);
                OutputStream out = socket.getOutputStream();
                InputStream in = socket.getInputStream();
                // Two requests in one write: the refused one is queued behind the relayed one and
                // answered the moment it is taken up.
                out.write((request(RELAYED) + request(REFUSED)).getBytes(StandardCharsets.US_ASCII));
                out.flush();
                assertThat(statusOf(in)).isEqualTo(200);
                assertThat(statusOf(in)).isEqualTo(400);
                for (String path : new String[] {REFUSED, RELAYED, REFUSED}) {
                    out.write(request(path).getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    assertThat(statusOf(in)).as("%s on connection %d", path, connection).isIn(200, 400);
                }
            }
        }
    }

    private static String request(String path) {
        return "GET " + path + " HTTP/1.1\r\nHost: operator.localhost:8080\r\n\r\n";
    }

    /** Reads one response (headers, then a body framed by length or in chunks) and answers its status. */
    private static int statusOf(InputStream in) throws IOException {
        String head = readHead(in);
        int status = Integer.parseInt(head.substring(9, 12));
        String lower = head.toLowerCase(Locale.ROOT);
        if (lower.contains("\r\ntransfer-encoding: chunked")) {
            int size;
            do {
                size = Integer.parseInt(readLine(in).trim(), 16);
                in.readNBytes(size + 2);
            } while (size > 0);
        } else {
            int at = lower.indexOf("\r\ncontent-length:");
            if (at >= 0) {
                String rest = lower.substring(at + 17);
                in.readNBytes(Integer.parseInt(rest.substring(0, rest.indexOf('\r')).trim()));
            }
        }
        return status;
    }

    private static String readHead(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        String line;
        while (!(line = readLine(in)).isEmpty()) {
            head.append(line).append("\r\n");
        }
        return head.toString();
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != '\n') {
            if (b < 0) {
                throw new IOException("connection closed by the gateway");
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.US_ASCII);
    }
}
