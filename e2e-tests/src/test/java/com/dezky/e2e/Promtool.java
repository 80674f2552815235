package com.dezky.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs Prometheus' promtool (Debian package {@code prometheus}; .ci/run installs it). */
final class Promtool {

    record Result(int exitCode, String output) {
    }

    private Promtool() {
    }

    static Result run(Path directory, String stdin, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add("promtool");
        command.addAll(List.of(args));
        Process process;
        try {
            process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
        } catch (IOException notInstalled) {
            throw new IllegalStateException("promtool is needed for the Prometheus checks: apt-get install prometheus",
                    notInstalled);
        }
        if (stdin != null) {
            process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("promtool " + String.join(" ", args) + " timed out");
        }
        return new Result(process.exitValue(), output);
    }
}
