package com.promisedesk.cli;

import com.promisedesk.desk.CustomerNotices;
import com.promisedesk.desk.NoticeReasons;
import com.promisedesk.desk.WrittenSummaries;
import com.promisedesk.domain.Catalog;
import com.promisedesk.domain.Milestone;
import com.promisedesk.domain.Promise;
import com.promisedesk.domain.RiskReason;
import com.promisedesk.export.ExportFormat;
import com.promisedesk.export.Layout;
import com.promisedesk.export.Notice;
import com.promisedesk.export.Paper;
import com.promisedesk.export.TextNotice;
import com.promisedesk.failure.FailureWords;
import com.promisedesk.store.CurrentCatalog;
import com.promisedesk.store.Judging;
import com.promisedesk.store.LocalStore;
import com.promisedesk.store.NoticeRepository.IssuedNotice;
import com.promisedesk.store.NoticeRow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code promisedesk notice draft|export|sent}: the customer notice of an agreed promise (docs/decisions/0026). */
@Command(name = "notice", description = "The customer notice of an agreed promise: drafted, issued with the next"
        + " revision when exported, marked sent.", subcommands = {NoticeCommand.Draft.class, NoticeCommand.Export.class,
            NoticeCommand.Sent.class})
final class NoticeCommand {

    @Command(name = "draft", description = {"Draft the promise's notice (over its open draft): from the lines and",
        "milestones overdue, or, with --milestone, a short update that milestone N is reached; prints it."})
    static final class Draft extends StoreCommand implements Callable<Integer> {

        @Parameters(paramLabel = "PROMISE-ID", description = "The promise's id, or its first 8 or more characters (see promise list).")
        String id;

        @Option(names = "--plan", paramLabel = "TEXT", description = "Our plan (for an update: what comes next); required"
                + " before the notice is exported.")
        String plan;

        @Option(names = "--changed", paramLabel = "TEXT", description = "What changed, in your words (default: drafted from"
                + " what is overdue).")
        String changed;

        @Option(names = "--milestone", paramLabel = "N", description = "An update: milestone N is reached (done).")
        Integer milestone;

        @Option(names = "--locale", paramLabel = "TAG", converter = Values.LanguageTag.class,
                description = "Date order of the drafted words, as for promise export (default: profile.properties,"
                        + " else the system's).")
        String locale;

        @Mixin
        TodayOption today;

        @Override
        public Integer call() {
            try (LocalStore store = openStore()) {
                Promise promise = promise(store, id);
                Judging judging = judgingIn(store);
                LocalDate day = today.day(clock());
                CustomerNotices notices = CustomerNotices.of(store);
                Layout layout = WrittenSummaries.of(store).layout(locale, null);
                Notice notice;
                if (milestone != null) {
                    List<Milestone> all = store.milestones().milestonesOf(promise.id());
                    if (milestone >= 1 && milestone <= all.size() && !all.get(milestone - 1).done()) {
                        throw new UserError("milestone " + milestone + " is not done yet: mark it done first"
                                + " (promise milestone done), then send the update");
                    }
                    notice = notices.draftUpdate(promise, judging, milestone, layout, day);
                } else {
                    List<RiskReason> reasons = NoticeReasons.of(store, judging, promise, day, clock().getZone());
                    if (reasons.isEmpty() && changed == null) {
                        throw new UserError("nothing of promise " + promise.id() + " is overdue on " + day
                                + ": say what changed with --changed TEXT");
                    }
                    notice = notices.draftChange(promise, judging, reasons, layout, day);
                }
                notice = notice.withTexts(changed != null ? changed : notice.changed(), plan);
                NoticeRow row = notices.keep(promise, notice);
                out().print(TextNotice.render(notice, layout));
                out().println();
                out().println("Kept as the draft notice " + row.id() + " of promise " + promise.id() + (row.plan() == null
                        ? "; add our plan (notice draft … --plan TEXT) before you export it" : "; notice export issues it"
                        + " with the promise's next revision"));
            }
            return 0;
        }
    }

    @Command(name = "export", description = {"Write the promise's last notice; a draft is issued first, with the",
        "promise's next revision (its written summary), and is refused without our plan."})
    static final class Export extends StoreCommand implements Callable<Integer> {

        @Parameters(paramLabel = "PROMISE-ID", description = "The promise's id, or its first 8 or more characters (see promise list).")
        String id;

        @Option(names = "--format", required = true, converter = SummaryOptions.FormatConverter.class,
                paramLabel = "pdf|html|md|txt", description = "pdf, html, md or txt")
        ExportFormat format;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write.")
        Path out;

        @Option(names = "--locale", paramLabel = "TAG", converter = Values.LanguageTag.class,
                description = "Date order and paper, as for promise export (default: profile.properties, else the system's).")
        String locale;

        @Option(names = "--paper", converter = SummaryOptions.PaperConverter.class, paramLabel = "a4|letter",
                description = "Paper size; default: the locale's.")
        Paper paper;

        @Mixin
        TodayOption today;

        @Override
        public Integer call() {
            try (LocalStore store = openStore()) {
                Promise promise = promise(store, id);
                NoticeRow row = store.notices().latest(promise.id()).orElseThrow(() -> new UserError("promise "
                        + promise.id() + " has no notice yet (notice draft)"));
                Layout layout = WrittenSummaries.of(store).layout(locale, paper);
                String said = "Wrote notice " + row.id();
                if (!row.issued()) {
                    IssuedNotice issued = CustomerNotices.of(store).issue(row, promise, judgingIn(store), layout,
                            today.day(clock()));
                    row = issued.notice();
                    said = "Issued notice " + row.id() + " with revision " + row.revision() + " of " + promise.title();
                }
                byte[] bytes = CustomerNotices.render(row, format, layout);
                write(bytes);
                out().println(said + " to " + out);
                out().println("SHA-256 " + row.sha256() + " (the notice's fingerprint, printed on it)");
            }
            return 0;
        }

        private void write(byte[] bytes) {
            try {
                Path parent = out.toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                Files.write(out, bytes);
            } catch (IOException e) {
                throw UserError.io("could not write the notice to " + out + ": " + FailureWords.why(e), e);
            }
        }
    }

    @Command(name = "sent", description = "Record that the promise's last notice, issued, was sent to the customer.")
    static final class Sent extends StoreCommand implements Callable<Integer> {

        @Parameters(paramLabel = "PROMISE-ID", description = "The promise's id, or its first 8 or more characters (see promise list).")
        String id;

        @Override
        public Integer call() {
            try (LocalStore store = openStore()) {
                Promise promise = promise(store, id);
                NoticeRow row = store.notices().latest(promise.id()).orElseThrow(() -> new UserError("promise "
                        + promise.id() + " has no notice yet (notice draft)"));
                NoticeRow sent = store.notices().markSent(row.id());
                out().println("Notice " + sent.id() + " (revision " + sent.revision() + ") of " + promise.title()
                        + " marked sent " + sent.sentAt());
            }
            return 0;
        }
    }

    private static Promise promise(LocalStore store, String given) {
        UUID uuid = Ids.promise(store, given, store.file().toAbsolutePath().getParent());
        return store.promises().find(uuid).orElseThrow(() -> new UserError("No promise " + uuid
                + " in the local store (see promise list)"));
    }

    private static Judging judgingIn(LocalStore store) {
        Catalog catalog = CurrentCatalog.load(store).orElseThrow(() -> new UserError(
                "the local store has no catalog to judge the promise against (catalog import FILE)"));
        return Judging.of(store, catalog);
    }
}
