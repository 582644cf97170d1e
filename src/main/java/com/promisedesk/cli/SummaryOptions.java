package com.promisedesk.cli;

import com.promisedesk.check.PromiseCheck;
import com.promisedesk.check.PromiseChecker;
import com.promisedesk.check.TeamBookings;
import com.promisedesk.domain.Catalog;
import com.promisedesk.domain.Milestone;
import com.promisedesk.domain.Promise;
import com.promisedesk.export.ExportFormat;
import com.promisedesk.export.Issue;
import com.promisedesk.export.Layout;
import com.promisedesk.export.Paper;
import com.promisedesk.export.Sender;
import com.promisedesk.export.Summary;
import com.promisedesk.export.SummaryBuilder;
import com.promisedesk.store.FailureWords;
import com.promisedesk.store.LocalStore;
import com.promisedesk.store.Profile;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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

    @Option(names = "--company", description = "Company name on the summary (default: profile.properties).")
    String company;

    @Option(names = "--rep", description = "Rep's name on the summary (default: profile.properties).")
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

    /** A printing on the chosen date, with the revision number when issued, the approved lines and the milestones. */
    Issue issue(Integer revision, Set<Integer> approvedLines, List<Milestone> milestones) {
        return new Issue(date != null ? date : LocalDate.now(), revision, approvedLines, milestones);
    }

    /** The summary of a promise file: judged with the catalog and what the team has booked, nothing approved. */
    Summary summary(Promise promise, Catalog catalog, TeamBookings bookings, Path dataDir) {
        return new SummaryBuilder(catalog, bookings).build(promise, sender(dataDir), issue(null, Set.of(), List.of()));
    }

    /**
     * The summary of a stored promise: as {@link #summary(Promise, Catalog, TeamBookings, Path)},
     * with the lines whose exception requests were approved as they are now under what we
     * deliver, and its milestones.
     */
    Summary summary(LocalStore store, Promise promise, Catalog catalog, TeamBookings bookings, Path dataDir,
                    Integer revision) {
        PromiseCheck check = new PromiseChecker(catalog).check(promise, bookings);
        Set<Integer> approved = store.requests().approvedLines(promise, check.approvalTiers());
        return new SummaryBuilder(catalog, bookings).build(promise, check, sender(dataDir),
                issue(revision, approved, store.milestones().milestonesOf(promise.id())));
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
