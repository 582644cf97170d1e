package com.promisedesk.cli;

import com.promisedesk.check.PromiseChecker;
import com.promisedesk.check.TeamBookings;
import com.promisedesk.domain.Catalog;
import com.promisedesk.domain.Promise;
import com.promisedesk.export.ExportFormat;
import com.promisedesk.export.Issue;
import com.promisedesk.export.Layout;
import com.promisedesk.export.Paper;
import com.promisedesk.export.Sender;
import com.promisedesk.export.Summary;
import com.promisedesk.export.SummaryBuilder;
import com.promisedesk.failure.FailureWords;
import com.promisedesk.store.LocalStore;
import com.promisedesk.store.Profile;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Locale;
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
                    + " default: the system's.")
    String locale;

    @Option(names = "--paper", converter = PaperConverter.class, paramLabel = "a4|letter",
            description = "Paper size; default: the locale's.")
    Paper paper;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Issue date (default: today).")
    LocalDate date;

    Layout layout() {
        return locale == null ? new Layout(Locale.getDefault(), paper) : Layout.of(locale, paper);
    }

    Sender sender(Path dataDir) {
        Profile profile = Profile.read(dataDir).override(company, rep);
        return new Sender(profile.company(), profile.rep(), profile.email(), profile.phone());
    }

    /** The issue date: {@code --date}, or today by the local clock; also T, the day the promise is judged as of. */
    LocalDate issueDate() {
        return date != null ? date : LocalDate.now();
    }

    /** The summary of a promise file: judged with the catalog and what the team has booked, nothing approved. */
    Summary summary(Promise promise, Catalog catalog, TeamBookings bookings, Path dataDir) {
        return new SummaryBuilder(catalog, bookings).build(promise, sender(dataDir), Issue.preview(issueDate()));
    }

    /**
     * The summary of a stored promise: as {@link #summary(Promise, Catalog, TeamBookings, Path)},
     * with the lines whose exception requests were approved as they are now under what we
     * deliver, those rejected under what is not included, and its milestones; as the app's
     * Summary does (ui.promises.PromisesArea), judged as of the issue date.
     */
    Summary summary(LocalStore store, Promise promise, Catalog catalog, TeamBookings bookings, Path dataDir,
                    Integer revision) {
        LocalDate issued = issueDate();
        Map<Integer, Integer> tiers = new PromiseChecker(catalog).check(promise, bookings, issued).approvalTiers();
        Issue issue = new Issue(issued, revision, store.requests().approvedLines(promise, tiers),
                store.requests().rejectedLines(promise, tiers), store.milestones().milestonesOf(promise.id()));
        return new SummaryBuilder(catalog, bookings).build(promise, sender(dataDir), issue);
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
