package com.dezky.e2e;

import static com.dezky.e2e.LocalStack.OPERATOR_HOST;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** W3C trace context flows gateway → BFF → platform-api, and platform-api's log lines carry it. */
class TraceContextIT {

    @BeforeAll
    static void startStack() throws Exception {
        LocalStack.ensureStarted();
    }

    @Test
    void traceIdSentToGatewayReachesPlatformApiLog() throws Exception {
        Browser browser = new Browser();
        browser.signIn(OPERATOR_HOST, "ada@dezky.com");
        String traceId = randomHex(16);

        assertThat(browser.get(OPERATOR_HOST, "/api/plans", "X-CSRF", "1",
                "traceparent", "00-" + traceId + "-" + randomHex(8) + "-01").statusCode()).isEqualTo(200);

        String line = awaitLogLine("platform-api", traceId);
        assertThat(line).contains("GET /plans 200");
    }

    private static String awaitLogLine(String service, String text) throws Exception {
        for (int attempt = 0; attempt < 50; attempt++) {
            for (String line : Files.readAllLines(LocalStack.log(service))) {
                if (line.contains(text)) {
                    return line;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No line of " + service + ".log carries " + text);
    }

    private static String randomHex(int bytes) {
        byte[] random = new byte[bytes];
        new SecureRandom().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
