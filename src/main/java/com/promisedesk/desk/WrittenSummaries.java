package com.promisedesk.desk;

import com.promisedesk.domain.Promise;
import com.promisedesk.export.Layout;
import com.promisedesk.export.Paper;
import com.promisedesk.export.Printing;
import com.promisedesk.export.Sender;
import com.promisedesk.store.Judging;
import com.promisedesk.store.LocalStore;
import com.promisedesk.store.Profile;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a written summary is made of, in one place for the app's Summary window, {@code promise
 * export} and {@code export}: the sender from the rep's profile, and, for a stored promise, the
 * lines whose exception requests were approved as they are now (under what we deliver), those
 * rejected (under what is not included), its milestones and the customer's confirmation of the read-back
 * that waits for its next revision (docs/decisions/0023). Reads the profile and the store:
 * call it off the FX thread.
 */
public final class WrittenSummaries {

    private final Path dataDir;
    private final Optional<LocalStore> store;
    private final String company;
    private final String rep;

    private WrittenSummaries(Path dataDir, Optional<LocalStore> store, String company, String rep) {
        this.dataDir = dataDir;
        this.store = store;
        this.company = company;
        this.rep = rep;
    }

    /** Summaries of the promises in {@code store}, sent by the profile in its data folder. */
    public static WrittenSummaries of(LocalStore store) {
        return new WrittenSummaries(store.file().toAbsolutePath().getParent(), Optional.of(store), null, null);
    }

    /**
     * Summaries of promise files, sent by the profile in {@code dataDir}: nothing is approved,
     * rejected or under way for a promise the store does not hold.
     */
    public static WrittenSummaries ofFiles(Path dataDir) {
        return new WrittenSummaries(dataDir, Optional.empty(), null, null);
    }

    /** These summaries with {@code newCompany} and {@code newRep} in place of the profile's, where not null. */
    public WrittenSummaries signedBy(String newCompany, String newRep) {
        return new WrittenSummaries(dataDir, store, newCompany, newRep);
    }

    /** Who sends the summary: the rep's profile ({@value Profile#FILE_NAME}), with what {@link #signedBy} gave. */
    public Sender sender() {
        Profile profile = Profile.read(dataDir).override(company, rep);
        return new Sender(profile.company(), profile.rep(), profile.email(), profile.phone());
    }

    /**
     * How the summary is laid out. A locale given ({@code --locale}) wins with its own paper, unless a paper is
     * given too; with none given, the profile's locale and paper (the Settings screen's), else the system's
     * locale and its paper.
     *
     * @param languageTag a language tag such as "en-US", or null for the profile's
     * @param paper       the paper, or null for the profile's (with no locale given) or the locale's
     */
    public Layout layout(String languageTag, Paper paper) {
        if (languageTag != null) {
            return Layout.of(languageTag, paper);
        }
        Profile profile = Profile.read(dataDir);
        Paper chosen = paper != null ? paper : profile.paper() == null ? null : Paper.parse(profile.paper());
        return profile.locale() == null ? new Layout(Locale.getDefault(), chosen) : Layout.of(profile.locale(), chosen);
    }

    /**
     * The summary of {@code promise} issued on {@code issued}, not numbered (a preview; {@link
     * WrittenSummary#numbered} makes it a revision). {@code issued} is also T, the day the
     * promise is judged as of, so the approvals it reads are those of the lines' tiers that day.
     */
    public WrittenSummary preview(Promise promise, Judging judging, LocalDate issued) {
        return new WrittenSummary(promise, judging, sender(), printing(promise, judging, issued));
    }

    private Printing printing(Promise promise, Judging judging, LocalDate issued) {
        if (store.isEmpty()) {
            return Printing.preview(issued);
        }
        LocalStore local = store.get();
        Map<Integer, Integer> tiers = judging.check(promise, issued).approvalTiers();
        // The customer's confirmation waiting for the next revision, if given for the promise as it is now.
        return new Printing(issued, null, local.requests().approvedLines(promise, tiers),
                local.requests().rejectedLines(promise, tiers), local.milestones().milestonesOf(promise.id()),
                local.confirmations().pendingFor(promise).orElse(null));
    }
}
