package com.dezky.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The test command leaves a developer's local stack alone: after every other suite of the build
 * has run (this one is ordered last, and the build's start time comes from Maven), nothing under
 * {@code deploy/local/.data} was created, changed or removed since the build began. Skipped while
 * a developer's own stack runs, since that one legitimately writes there.
 */
@Order(Integer.MAX_VALUE)
class LocalDataUntouchedIT {

    private static final Path ROOT = Path.of(System.getProperty("dezky.root", "..")).toAbsolutePath().normalize();

    @Test
    void nothingUnderTheDevelopersLocalDataChangedDuringTheBuild() throws IOException {
        Instant buildStarted = Instant.parse(System.getProperty("dezky.build-started"));
        Assumptions.assumeFalse(developersStackRuns(), "a developer's local stack is running and writes its data");
        Path data = ROOT.resolve("deploy/local/.data");
        if (!Files.exists(data)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(data)) {
            List<String> changed = paths.filter(path -> modified(path).isAfter(buildStarted))
                    .map(path -> ROOT.relativize(path) + " (" + modified(path) + ")").toList();
            assertThat(changed).as("written since the build started at " + buildStarted).isEmpty();
        }
    }

    /** When the file or directory last changed (a directory changes when an entry is added or removed). */
    private static Instant modified(Path path) {
        try {
            return Files.getLastModifiedTime(path).toInstant().truncatedTo(ChronoUnit.SECONDS);
        } catch (IOException e) {
            return Instant.MAX;
        }
    }

    /** Whether platform-api or the embedded MongoDB of the developer's stack listens on its usual port. */
    private static boolean developersStackRuns() {
        for (int port : List.of(8083, 27018)) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return true;
            } catch (IOException notListening) {
                // next
            }
        }
        return false;
    }
}
