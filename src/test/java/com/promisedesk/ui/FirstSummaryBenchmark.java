package com.promisedesk.ui;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The first summary preview of a session, from a fresh start: each run is a new JVM
 * ({@code ui.shell.FirstSummaryRun}) that opens the app on a data folder with the sample desk,
 * opens the Ostwind promise as soon as the screens are there, and presses Ctrl+E with the
 * platform's robot. Alternately with the summary's warm-up (as the app ships) and without it
 * (as before), 5 of each; prints each run and the medians. Not a test:
 * {@code ./mvnw -B -ntp -Pbench test-compile exec:exec -Dbench=com.promisedesk.ui.FirstSummaryBenchmark}.
 */
public final class FirstSummaryBenchmark {

    private static final int RUNS = 5;

    private FirstSummaryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = Files.createTempDirectory("promisedesk-first-summary");
        String promise = SampleDesk.fill(dataDir).ostwind.id().toString();
        List<Long> warm = new ArrayList<>();
        List<Long> cold = new ArrayList<>();
        for (int i = 1; i <= RUNS; i++) {
            warm.add(run(dataDir, promise, "warm", i));
            cold.add(run(dataDir, promise, "cold", i));
        }
        System.out.printf("median first summary: with warm-up %d ms, without %d ms%n", median(warm), median(cold));
    }

    private static long run(Path dataDir, String promise, String mode, int run) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                "com.promisedesk.ui.shell.FirstSummaryRun", dataDir.toString(), promise, mode,
                // PRESS_AFTER_MS: a rep who talks a while before pressing (default: at once).
                System.getenv().getOrDefault("PRESS_AFTER_MS", "0")));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        String figures = null;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("first-summary-ms ")) {
                    figures = line;
                }
            }
        }
        if (child.waitFor() != 0 || figures == null) {
            throw new IllegalStateException("run " + run + " (" + mode + ") failed: exit " + child.exitValue());
        }
        System.out.println("run " + run + " " + mode + ": " + figures);
        return Long.parseLong(figures.split(" ")[1]);
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
