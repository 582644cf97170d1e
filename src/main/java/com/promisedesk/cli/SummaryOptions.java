package com.promisedesk.cli;

import com.promisedesk.desk.WrittenSummaries;
import com.promisedesk.export.ExportFormat;
import com.promisedesk.export.Layout;
import com.promisedesk.export.Paper;
import com.promisedesk.failure.FailureWords;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The options both summary exports share: format, file, sender and layout. */
final class SummaryOptions {

    @Option(names = "--format", required = true, converter = FormatConverter.class, paramLabel = "pdf|html|md|txt",
            description = "pdf, html, md or txt")
    ExportFormat format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write.")
    Path out;

    @Option(names = "--company", paramLabel = "NAME", description = "Company name on the summary (default: profile.properties).")
    String company;

    @Option(names = "--rep", paramLabel = "NAME", description = "Rep's name on the summary (default: profile.properties).")
    String rep;

    @Option(names = "--locale", paramLabel = "TAG", converter = Values.LanguageTag.class,
            description = "Date order and paper, e.g. en-US (Letter, Nov 23, 2026) or en-GB (A4, 23 Nov 2026);"
                    + " default: profile.properties, else the system's.")
    String locale;

    @Option(names = "--paper", converter = PaperConverter.class, paramLabel = "a4|letter",
            description = "Paper size; default: the locale's (without --locale: profile.properties, else the locale's).")
    Paper paper;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Issue date (default: today).")
    LocalDate date;

    /** {@code --locale} and {@code --paper}; where not given, the profile's (the Settings screen's), as the app's. */
    Layout layout(Path dataDir) {
        return WrittenSummaries.ofFiles(dataDir).layout(locale, paper);
    }

    /** The issue date: {@code --date}, or today by {@code clock}; also T, the day the promise is judged as of. */
    LocalDate issueDate(Clock clock) {
        return date != null ? date : LocalDate.now(clock);
    }

    /** {@code summaries} signed with {@code --company} and {@code --rep} where given. */
    WrittenSummaries signed(WrittenSummaries summaries) {
        return summaries.signedBy(company, rep);
    }

    void write(byte[] content) {
        try {
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                java.nio.file.Files.createDirectories(parent);
            }
            java.nio.file.Files.write(out, content);
        } catch (IOException e) {
            throw UserError.io("could not write the summary to " + out + ": " + FailureWords.why(e), e);
        }
    }

    /** Accepts pdf, html, md, markdown, txt, text in any case. */
    static final class FormatConverter implements ITypeConverter<ExportFormat> {
        @Override
        public ExportFormat convert(String value) {
            try {
                return ExportFormat.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** Accepts a4 or letter in any case. */
    static final class PaperConverter implements ITypeConverter<Paper> {
        @Override
        public Paper convert(String value) {
            try {
                return Paper.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
