package com.promisedesk.export;

import com.promisedesk.domain.Promise;
import com.promisedesk.domain.PromiseStatus;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Time to export a 200-line promise to PDF (summary built from the check, laid out, fonts
 * embedded): cold, the first export in a fresh JVM (median of 5 JVMs), and warm, in one JVM
 * after 5 exports (median of 15). Not a test: {@code ./mvnw -B -ntp -Pbench test-compile exec:exec -Dbench=com.promisedesk.export.ExportBenchmark}.
 */
public final class ExportBenchmark {

    private static final int COLD_RUNS = 5;
    private static final int WARMUP = 5;
    private static final int WARM_RUNS = 15;

    private ExportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--once")) {
            System.out.println(exportMillis());
            return;
        }
        List<Double> cold = new ArrayList<>();
        for (int i = 0; i < COLD_RUNS; i++) {
            cold.add(coldRun());
        }
        for (int i = 0; i < WARMUP; i++) {
            exportMillis();
        }
        List<Double> warm = new ArrayList<>();
        for (int i = 0; i < WARM_RUNS; i++) {
            warm.add(exportMillis());
        }
        byte[] pdf = export();
        System.out.printf(Locale.ROOT, "200-line promise to PDF: %d pages, %d KB%n",
                PdfPages.open(pdf).count(), pdf.length / 1024);
        System.out.printf(Locale.ROOT, "cold (first in a fresh JVM): median %.0f ms, min %.0f, max %.0f (%d JVMs)%n",
                median(cold), Collections.min(cold), Collections.max(cold), COLD_RUNS);
        System.out.printf(Locale.ROOT, "warm: median %.0f ms, min %.0f, max %.0f (%d runs after %d)%n",
                median(warm), Collections.min(warm), Collections.max(warm), WARM_RUNS, WARMUP);
    }

    private static byte[] export() {
        Promise promise = SummarySamples.longPromise(200, PromiseStatus.DRAFT);
        Summary summary = SummarySamples.summary(promise, Printing.preview(SummarySamples.ISSUED).withRevision(1));
        return ExportFormat.PDF.render(summary, Layout.of(Locale.UK));
    }

    private static double exportMillis() {
        long start = System.nanoTime();
        export();
        return (System.nanoTime() - start) / 1e6;
    }

    private static double coldRun() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                ExportBenchmark.class.getName(), "--once").redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String last = null;
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                last = line;
            }
            if (process.waitFor() != 0 || last == null) {
                throw new IllegalStateException("the cold run failed (exit " + process.exitValue() + ")");
            }
            return Double.parseDouble(last.strip());
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
