package com.promisedesk.ui.notice;

import com.promisedesk.desk.CustomerNotices;
import com.promisedesk.domain.Promise;
import com.promisedesk.domain.RiskReason;
import com.promisedesk.export.Layout;
import com.promisedesk.export.Notice;
import com.promisedesk.store.Judging;
import com.promisedesk.store.LocalStore;
import com.promisedesk.store.NoticeRow;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/** The notice of one promise in the local store, as the notice screen works on it. Call off the FX thread. */
public final class StoredNotice implements NoticeDesk {

    private static final DateTimeFormatter SENT = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);

    private final LocalStore store;
    private final Promise promise;
    private final Judging judging;
    private final Supplier<List<RiskReason>> reasons;
    private final Layout layout;
    private final Clock clock;
    private final CustomerNotices notices;
    private NoticeRow row;

    /**
     * @param reasons why the promise is at risk now (the Today view's, or {@link com.promisedesk.desk.NoticeReasons})
     */
    public StoredNotice(LocalStore store, Promise promise, Judging judging, Supplier<List<RiskReason>> reasons,
                        Layout layout, Clock clock) {
        this.store = store;
        this.promise = promise;
        this.judging = judging;
        this.reasons = reasons;
        this.layout = layout;
        this.clock = clock;
        this.notices = CustomerNotices.of(store);
    }

    @Override
    public Notice open() {
        // The open draft, or the last notice issued and not yet sent (to export again and mark sent).
        row = store.notices().latest(promise.id()).filter(n -> !n.sent()).orElse(null);
        if (row != null) {
            return CustomerNotices.notice(row);
        }
        return notices.draftChange(promise, judging, reasons.get(), layout, LocalDate.now(clock));
    }

    @Override
    public Notice keep(String changed, String plan) {
        Notice drafted = row != null ? CustomerNotices.notice(row) : open();
        Notice edited = drafted.withTexts(changed, plan);
        row = notices.keep(promise, edited);
        return CustomerNotices.notice(row);
    }

    @Override
    public Notice issue(String changed, String plan) {
        keep(changed, plan);
        row = notices.issue(row, promise, judging, layout, LocalDate.now(clock)).notice();
        return CustomerNotices.notice(row);
    }

    @Override
    public String markSent() {
        if (row == null) {
            throw new com.promisedesk.domain.InvalidValueException("notice", "is a draft: export or print it first");
        }
        row = store.notices().markSent(row.id());
        return "sent " + SENT.format(row.sentAt().atZone(ZoneId.systemDefault()));
    }
}
