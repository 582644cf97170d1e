package com.promisedesk.export;

import com.promisedesk.domain.PromiseStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Writes sample summaries to a folder, to look at: {@code SummaryLook target/look}. Not a test. */
public final class SummaryLook {

    private SummaryLook() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/look");
        Files.createDirectories(dir);
        Printing printing = Printing.preview(SummarySamples.ISSUED).withRevision(1);
        for (String name : new String[] {"northwind", "ostwind", "baltic"}) {
            Summary summary = SummarySamples.summary(SummarySamples.promise(name), printing);
            Layout layout = name.equals("northwind") ? Layout.of(Locale.US) : Layout.of(Locale.GERMANY);
            for (ExportFormat format : ExportFormat.values()) {
                Files.write(dir.resolve(name + "." + format.extension()), format.render(summary, layout));
            }
        }
        Summary long200 = SummarySamples.summary(SummarySamples.longPromise(200, PromiseStatus.DRAFT), printing);
        Files.write(dir.resolve("long200.pdf"), ExportFormat.PDF.render(long200, Layout.of(Locale.UK)));
    }
}
