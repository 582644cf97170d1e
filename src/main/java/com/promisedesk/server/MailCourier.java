package com.promisedesk.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.promisedesk.server.console.InboxView;
import com.promisedesk.server.mail.Letter;
import com.promisedesk.server.mail.Letters;
import com.promisedesk.server.mail.MailFailure;
import com.promisedesk.server.mail.MailSettings;
import com.promisedesk.server.mail.SmtpPostman;
import com.promisedesk.sync.wire.ExceptionRequestState;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drains the mail outbox on a thread of its own (decision 0020): every round, and at once when
 * a push or a publish added rows, it takes the due rows one by one (a claim in the database,
 * so two servers never send the same row), composes the text from the request as it stands
 * now, and hands it to the mail server outside any transaction. A failure is logged in plain
 * words and tried again later, each time after twice the wait, up to {@value #MAX_ATTEMPTS}
 * attempts. Once a day, after the digest time, it adds the digest of the requests that have
 * waited more than a day.
 */
final class MailCourier implements AutoCloseable {

    /** Enough for a mail server down for a few hours (1, 2, 4 … minutes, at most an hour apart). */
    static final int MAX_ATTEMPTS = 10;
    static final Duration LONGEST_WAIT = Duration.ofHours(1);
    private static final int ROUND = 20;
    private static final Logger LOG = LoggerFactory.getLogger(MailCourier.class);

    /** How often the courier looks for due rows, and the wait before the first retry. */
    record Pace(Duration every, Duration firstRetry) {

        static Pace standard() {
            return new Pace(Duration.ofSeconds(30), Duration.ofMinutes(1));
        }
    }

    private final ServerDatabase database;
    private final MailSettings settings;
    private final SmtpPostman postman;
    private final ConsoleInbox inbox;
    private final ObjectMapper json;
    private final Clock clock;
    private final Pace pace;
    private final Duration lease;
    private final ScheduledExecutorService thread;
    private final AtomicBoolean woken = new AtomicBoolean();
    private final MailOutbox outbox;
    private LocalDate digestDone;

    MailCourier(ServerDatabase database, MailOutbox outbox, MailSettings settings, ConsoleInbox inbox, ObjectMapper json,
                Clock clock, Pace pace) {
        this.database = database;
        this.outbox = outbox;
        this.settings = settings;
        this.postman = new SmtpPostman(settings);
        this.inbox = inbox;
        this.json = json;
        this.clock = clock;
        this.pace = pace;
        // Longer than any one send can take, so a row is never sent twice while its first try is still talking.
        this.lease = settings.timeout().multipliedBy(4).plusMinutes(1);
        this.thread = Executors.newSingleThreadScheduledExecutor(run -> {
            Thread t = new Thread(run, "mail-courier");
            t.setDaemon(true);
            return t;
        });
    }

    void start() {
        outbox.onAdded(this::wake);
        thread.scheduleWithFixedDelay(this::roundQuietly, 0, pace.every().toMillis(), TimeUnit.MILLISECONDS);
        LOG.info("E-mail notices on: {}", settings);
    }

    /** Asks for a round now (coalesced: many pushes at once make one extra round); returns at once. */
    void wake() {
        if (woken.compareAndSet(false, true)) {
            try {
                thread.execute(this::roundQuietly);
            } catch (java.util.concurrent.RejectedExecutionException e) {
                woken.set(false); // stopping: the rows stay in the outbox for the next start
            }
        }
    }

    private void roundQuietly() {
        woken.set(false);
        try {
            round();
        } catch (SQLException | RuntimeException e) {
            // A round that failed must not end the schedule: the next one tries again.
            LOG.warn("E-mail notices: the round failed ({}); trying again in {} s", e.getMessage(), pace.every().toSeconds());
            LOG.debug("The failed round", e);
        }
    }

    /** One round: today's digest if due, then the due rows. Synchronized so a test's round waits for the thread's. */
    synchronized void round() throws SQLException {
        digestIfDue();
        for (MailOutbox.Due row : database.read(c -> MailOutbox.due(c, clock.instant(), ROUND))) {
            Instant now = clock.instant();
            if (!database.write(c -> MailOutbox.claim(c, row, now, now.plus(lease)))) {
                continue; // another server has it
            }
            if (!deliver(row)) {
                return; // the mail server failed: the others wait for the next round rather than each time out now
            }
        }
    }

    /** @return false when the mail server failed */
    private boolean deliver(MailOutbox.Due row) throws SQLException {
        String what = describe(row);
        Optional<Letter> letter;
        try {
            letter = compose(row);
        } catch (SQLException | RuntimeException e) {
            LOG.warn("E-mail notice {} to {}: could not be written ({}); trying again later", what, row.recipient(),
                    e.getMessage());
            retry(row, "could not be written: " + e.getMessage());
            return true;
        }
        if (letter.isEmpty()) {
            database.write(c -> {
                MailOutbox.done(c, row.id(), "skipped", null, clock.instant());
                return null;
            });
            LOG.info("E-mail notice {} to {}: nothing left to say (decided meanwhile), not sent", what, row.recipient());
            return true;
        }
        try {
            postman.send(letter.get());
        } catch (MailFailure e) {
            int attempt = row.attempts() + 1;
            if (e.lasting() || attempt >= MAX_ATTEMPTS) {
                database.write(c -> {
                    MailOutbox.done(c, row.id(), "gave-up", clip(e.getMessage()), clock.instant());
                    return null;
                });
                LOG.warn("E-mail notice {} to {} given up after {} {}: {}", what, row.recipient(), attempt,
                        attempt == 1 ? "attempt" : "attempts", e.getMessage());
            } else {
                Instant next = retry(row, e.getMessage());
                LOG.warn("E-mail notice {} to {} not sent (attempt {} of {}): {}; next try at {}", what, row.recipient(),
                        attempt, MAX_ATTEMPTS, e.getMessage(), next);
            }
            LOG.debug("The mail server's failure", e);
            return false;
        }
        database.write(c -> {
            MailOutbox.done(c, row.id(), "sent", null, clock.instant());
            return null;
        });
        LOG.info("Sent the e-mail notice {} to {}", what, row.recipient());
        return true;
    }

    private Instant retry(MailOutbox.Due row, String why) throws SQLException {
        long factor = 1L << Math.min(row.attempts(), 20);
        Duration wait = pace.firstRetry().multipliedBy(factor);
        Instant next = clock.instant().plus(wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait);
        database.write(c -> {
            MailOutbox.retryAt(c, row.id(), clip(why), next);
            return null;
        });
        return next;
    }

    private Optional<Letter> compose(MailOutbox.Due row) throws SQLException {
        return switch (row.notice()) {
            case MailOutbox.WAITING -> waiting(row);
            case MailOutbox.DIGEST -> digest(row.role()).map(items ->
                    Letters.digest(row.recipient(), row.role(), items, settings.approvalsLink()));
            case MailOutbox.CATALOG -> catalog(row);
            default -> throw new IllegalStateException("an outbox row of an unknown notice: " + row.notice());
        };
    }

    /** Only while the request still waits for the role: decided in the meantime, there is nothing to ask. */
    private Optional<Letter> waiting(MailOutbox.Due row) throws SQLException {
        Optional<ExceptionRequestState> request = database.read(c -> new ExceptionRequestSql(c, json)
                .states("WHERE r.id = ?", row.about())).stream().findFirst()
                .filter(r -> "PENDING".equals(r.status()) && r.waitingFor().contains(row.role()));
        if (request.isEmpty()) {
            return Optional.empty();
        }
        InboxView.Item item = inbox.items(List.of(request.get()), row.role(), true).get(0);
        return Optional.of(Letters.waiting(row.recipient(), row.role(), item, settings.approvalsLink()));
    }

    /** The requests that have waited more than a day for {@code role}, oldest first; empty when none. */
    private Optional<List<InboxView.Item>> digest(String role) throws SQLException {
        Instant dayAgo = clock.instant().minus(Duration.ofDays(1));
        List<ExceptionRequestState> old = database.read(c -> new ExceptionRequestSql(c, json).states(
                "WHERE r.status = 'PENDING' AND r.approvers LIKE ? AND r.requested_at < ? AND NOT EXISTS (SELECT 1 FROM"
                        + " exception_decision d WHERE d.request_id = r.id AND d.role = ?) ORDER BY r.requested_at, r.id"
                        + " LIMIT " + ExceptionRequestService.MAX_LISTED,
                "%\"" + role + "\"%", com.promisedesk.jdbc.SqlValues.text(dayAgo), role))
                .stream().filter(r -> r.approvers().contains(role)).toList();
        return old.isEmpty() ? Optional.empty() : Optional.of(inbox.items(old, role, true));
    }

    private Optional<Letter> catalog(MailOutbox.Due row) throws SQLException {
        return database.read(c -> {
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT published_by, capabilities FROM catalog_version WHERE version = ?")) {
                select.setString(1, row.about());
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? Optional.of(Letters.catalogUpdated(row.recipient(), row.about(),
                            rows.getString(1), rows.getInt(2))) : Optional.<Letter>empty();
                }
            }
        });
    }

    /** Once a day after the digest time: a digest row per person of each role that has requests over a day old. */
    private void digestIfDue() throws SQLException {
        Instant now = clock.instant();
        LocalDate today = now.atZone(ZoneOffset.UTC).toLocalDate();
        if (today.equals(digestDone) || now.atZone(ZoneOffset.UTC).toLocalTime().isBefore(settings.digestAt())) {
            return;
        }
        for (String role : database.read(MailOutbox::approverRoles)) {
            if (digest(role).isPresent()) {
                int added = database.write(c -> outbox.digest(c, today.toString(), role, now));
                if (added > 0) {
                    LOG.info("Daily digest for {}: {} e-mail(s) to send", role, added);
                }
            }
        }
        digestDone = today;
    }

    private static String describe(MailOutbox.Due row) {
        return switch (row.notice()) {
            case MailOutbox.WAITING -> "(request " + row.about() + " waiting for " + row.role() + ")";
            case MailOutbox.DIGEST -> "(digest " + row.about() + " for " + row.role() + ")";
            default -> "(catalog " + row.about() + " updated)";
        };
    }

    private static String clip(String text) {
        return text == null || text.length() <= 400 ? text : text.substring(0, 399) + "…";
    }

    /** Stops the thread; a send under way gets the mail timeout to finish, and what is left stays in the outbox. */
    @Override
    public void close() {
        thread.shutdownNow();
        try {
            if (!thread.awaitTermination(settings.timeout().toMillis() + 1_000, TimeUnit.MILLISECONDS)) {
                LOG.warn("E-mail notices: a send was still under way at stop; it is tried again after the next start");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
