package com.dezky.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Both SPAs in Debian's headless Chromium: runs the Playwright suite ({@code src/test/ui}) against
 * this module's local stack through the gateway. Screenshots of every main screen, the HTML
 * report and traces of failures land in {@code target/ui-artifacts}.
 */
class BrowserUiIT {

    private static final Path ROOT = Path.of(System.getProperty("dezky.root", "..")).toAbsolutePath().normalize();
    private static final Path ARTIFACTS = Path.of("target/ui-artifacts").toAbsolutePath();

    @BeforeAll
    static void startStack() throws Exception {
        LocalStack.ensureStarted();
    }

    @Test
    void operatorAndCustomerPortalsWorkInARealBrowser() throws Exception {
        Files.createDirectories(ARTIFACTS);
        Path log = ARTIFACTS.resolve("playwright.log");
        ProcessBuilder playwright = new ProcessBuilder(System.getProperty("npm.executable", "npm"), "run", "e2e",
                "--workspace", "@dezky/ui-e2e")
                .directory(ROOT.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        playwright.environment().put("DEZKY_OPERATOR_URL", "http://" + LocalStack.OPERATOR_HOST);
        playwright.environment().put("DEZKY_PORTAL_URL", "http://" + LocalStack.PORTAL_HOST);
        playwright.environment().put("DEZKY_SANDBOX_URL", "http://127.0.0.1:" + LocalStack.SANDBOX);
        playwright.environment().put("DEZKY_ALERTMANAGER_URL", "http://127.0.0.1:" + LocalStack.ALERTMANAGER);
        playwright.environment().put("DEZKY_UI_ARTIFACTS", ARTIFACTS.toString());
        playwright.environment().put("CI", "true");
        Process process = playwright.start();
        boolean finished = process.waitFor(10, TimeUnit.MINUTES);
        if (!finished) {
            process.destroyForcibly();
        }
        String output = Files.readString(log);
        assertThat(finished).as("Playwright finished within 10 minutes:\n%s", output).isTrue();
        assertThat(process.exitValue()).as("Playwright suite (log: %s):\n%s", log, output).isZero();
        assertThat(ARTIFACTS.resolve("screenshots/operator-overview.png")).exists();
    }
}
