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
        return run("promtool", directory, stdin, args);
    }

    /** Another tool of the packages: amtool (Debian package prometheus-alertmanager). */
    static Result runTool(String tool, Path directory, String... args) throws IOException, InterruptedException {
        return run(tool, directory, null, args);
    }

    private static Result run(String tool, Path directory, String stdin, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(tool);
        command.addAll(List.of(args));
        Process process;
        try {
            process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
        } catch (IOException notInstalled) {
            throw new IllegalStateException(tool + " is needed for the Prometheus checks: apt-get install prometheus "
                    + "prometheus-alertmanager", notInstalled);
        }
        if (stdin != null) {
            process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(tool + " " + String.join(" ", args) + " timed out");
        }
        return new Result(process.exitValue(), output);
    }
}
