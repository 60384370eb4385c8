package org.stdtrack.operations;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.stdtrack.StdtrackApplication;

/**
 * The tracker as a separate operating-system process (the test's own classpath, a JVM of its own), so
 * that it can be killed like a real one: SIGKILL, no shutdown hooks, no flushing.
 */
final class AppProcess implements AutoCloseable {

    private final Process process;
    final int port;

    private AppProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static AppProcess start(Path log, List<String> arguments) throws IOException, InterruptedException {
        return start(log, classPath(), List.of(), arguments);
    }

    /** Started on this JVM's class path with the given JVM options (a smaller heap, say). */
    static AppProcess start(Path log, List<String> jvmOptions, List<String> arguments)
            throws IOException, InterruptedException {
        return start(log, classPath(), jvmOptions, arguments);
    }

    /** Started on the given class path with the given JVM options; returned once its readiness probe says UP. */
    static AppProcess start(Path log, String classPath, List<String> jvmOptions, List<String> arguments)
            throws IOException, InterruptedException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        List<String> command = command(classPath, jvmOptions, arguments);
        command.addAll(List.of("--server.port=" + port, "--spring.main.banner-mode=off"));
        AppProcess app = new AppProcess(launch(log, command), port);
        app.awaitReady(Duration.ofSeconds(120), log);
        return app;
    }

    /** Runs the tracker to its end (e.g. with spring.context.exit=onRefresh) and returns its exit code. */
    static int run(Path log, String classPath, List<String> jvmOptions, List<String> arguments)
            throws IOException, InterruptedException {
        Process process = launch(log, command(classPath, jvmOptions, arguments));
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("The app did not end within 3 minutes; see " + log);
        }
        return process.exitValue();
    }

    private static List<String> command(String classPath, List<String> jvmOptions, List<String> arguments) {
        List<String> command = new ArrayList<>(
                // A tracker started for a test lives a minute beside the test JVMs: the quick compiler only (C2
                // would not pay back) and the serial collector (no threads competing for the cores).
                List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx384m",
                        "-XX:TieredStopAtLevel=1",
                        "-XX:+UseSerialGC"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", classPath, StdtrackApplication.class.getName()));
        command.addAll(arguments);
        return command;
    }

    private static Process launch(Path log, List<String> command) throws IOException {
        Files.createDirectories(log.getParent());
        Files.writeString(
                log,
                String.join(" ", command) + System.lineSeparator(),
                StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
    }

    /**
     * This JVM's class path without empty entries: an empty entry means the working directory, where
     * Spring's classpath*: scanning would find the BPMN sources next to the compiled ones, and the engine
     * would refuse to deploy each model twice.
     */
    private static String classPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.isBlank())
                .collect(Collectors.joining(File.pathSeparator));
    }

    private void awaitReady(Duration limit, Path log) throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(limit);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The app exited with " + process.exitValue() + "; see " + log);
            }
            try {
                var response = http.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/readiness"))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("The app was not ready within " + limit + "; see " + log);
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** SIGKILL: the process gets no chance to finish anything. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            kill();
        }
    }
}
