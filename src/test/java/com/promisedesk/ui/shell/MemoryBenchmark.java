package com.promisedesk.ui.shell;

import com.promisedesk.SampleCopies;

import com.promisedesk.check.RandomPromises;
import com.promisedesk.domain.CommitmentLine;
import com.promisedesk.domain.Promise;
import com.promisedesk.file.CatalogFile;
import com.promisedesk.store.LocalStore;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Resident memory of the app with a 50,000-capability catalog after start-up, a catalog search
 * and opening a 200-line promise ({@code MemoryRun app}), beside a bare JavaFX window measured the
 * same way ({@code MemoryRun bare}); each a new JVM, alternately, 3 rounds, with the JVM's default
 * options and with the launcher's ({@link #LAUNCHER}). Not a test:
 * {@code ./mvnw -B -ntp -Pbench test-compile exec:exec -Dbench=com.promisedesk.ui.shell.MemoryBenchmark}.
 */
public final class MemoryBenchmark {

    /**
     * The desktop launcher's JVM options on Linux, read from packaging/jvm.options ([desktop] and
     * [desktop-linux]) but for the class-data archive, which only the app image has.
     */
    static final List<String> LAUNCHER = launcherOptions();
    private static final int CAPABILITIES = 50_000;
    private static final int ROUNDS = 3;

    private MemoryBenchmark() {
    }

    private static List<String> launcherOptions() {
        List<String> options = new ArrayList<>();
        String section = "";
        try {
            for (String line : Files.readAllLines(Path.of("packaging/jvm.options"))) {
                String text = line.strip();
                if (text.startsWith("[")) {
                    section = text;
                } else if (text.startsWith("-") && !text.contains("$APPDIR")
                        && (section.equals("[desktop]") || section.equals("[desktop-linux]"))) {
                    options.add(text);
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return List.copyOf(options);
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = Files.createTempDirectory("promisedesk-memory");
        String promise = fill(dataDir);
        List<List<String>> optionSets = List.of(List.of(), LAUNCHER);
        for (int round = 1; round <= ROUNDS; round++) {
            for (List<String> options : optionSets) {
                String name = options.isEmpty() ? "default options" : "launcher options";
                System.out.println("round " + round + ", " + name + ": app " + run(options, "app", dataDir, promise)
                        + " | bare window " + run(options, "bare", dataDir, promise));
            }
        }
    }

    /** The catalog: the sample's 62 capabilities copied (new codes and names) to 50,000; a 200-line promise over it. */
    static String fill(Path dataDir) throws Exception {
        SampleCopies copies = SampleCopies.of(CAPABILITIES);
        String text = copies.text();
        List<String> codes = copies.codes();
        Promise base = new RandomPromises(20261123L).promise(CAPABILITIES, 200);
        List<CommitmentLine> lines = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            lines.add(new CommitmentLine(codes.get(i * 241 % CAPABILITIES), null, 1 + i % 3,
                    base.start().plusDays(30 + i % 40), Map.of(), null));
        }
        Promise promise = base.withLines(lines);
        try (LocalStore store = LocalStore.open(dataDir)) {
            store.catalogs().importCatalog(CatalogFile.parse(text, "generated catalog.yaml"), text);
            store.promises().save(promise);
        }
        return promise.id().toString();
    }

    private static String run(List<String> options, String what, Path dataDir, String promise) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(options);
        for (String platform : List.of("glass.platform", "monocle.platform", "prism.order", "java.awt.headless")) {
            if (System.getProperty(platform) != null) {
                command.add("-D" + platform + "=" + System.getProperty(platform));
            }
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), MemoryRun.class.getName(), what,
                dataDir.toString(), promise));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        String figures = "(no figures)";
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("rss-mib ") || line.contains("Exception") || line.contains("Error")) {
                    figures = line;
                }
            }
        }
        child.waitFor();
        return figures;
    }
}
