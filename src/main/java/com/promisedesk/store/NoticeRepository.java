package com.promisedesk.store;

import com.promisedesk.domain.InvalidValueException;
import com.promisedesk.domain.Language;
import com.promisedesk.domain.NoticeKind;
import com.promisedesk.domain.PromiseStatus;
import com.promisedesk.jdbc.SqlValues;
import com.promisedesk.jdbc.Statements;
import com.promisedesk.store.RevisionRepository.IssuedRevision;
import com.promisedesk.store.RevisionRepository.RevisionContent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntFunction;

/**
 * Customer notices of agreed promises. One draft at a time per promise, edited as the rep
 * likes; issuing it issues the promise's next revision in the same transaction (a change to an
 * agreed promise is never a silent edit) and fixes what it says; marking it sent stamps the time
 * once. Issue and sent each leave an outbox entry (entity {@value #OUTBOX_ENTITY}, its id the
 * notice's, version 1 issued and 2 sent); a draft stays on the device.
 */
public final class NoticeRepository {

    static final String OUTBOX_ENTITY = "notice";
    /** The statuses a notice is drafted in: agreed and after, while the customer still holds us to something. */
    private static final Set<PromiseStatus> NOTICED = Set.of(PromiseStatus.AGREED, PromiseStatus.IN_DELIVERY,
            PromiseStatus.BROKEN);
    private static final String COLUMNS = "id, promise_id, kind, language, changed, plan, body, revision, sha256,"
            + " drafted_at, issued_at, sent_at";

    private final Transactions transactions;
    private final Outbox outbox;
    private final RevisionRepository revisions;
    private final Clock clock;

    NoticeRepository(Transactions transactions, Outbox outbox, RevisionRepository revisions, Clock clock) {
        this.transactions = transactions;
        this.outbox = outbox;
        this.revisions = revisions;
        this.clock = clock;
    }

    /**
     * Keeps the promise's draft notice: a new one, or the open draft written over (one draft at a time).
     *
     * @throws InvalidValueException when the promise is not agreed (or in delivery, or broken)
     */
    public NoticeRow saveDraft(UUID promiseId, NoticeKind kind, Language language, String changed, String plan,
                               String body) {
        return transactions.write("keep the draft notice of promise " + promiseId, connection -> {
            PromiseStatus status = statusOf(connection, promiseId);
            if (!NOTICED.contains(status)) {
                throw new InvalidValueException("notice", "goes to the customer of an agreed promise; this promise is "
                        + status.label().toLowerCase(java.util.Locale.ROOT));
            }
            Optional<NoticeRow> open = latest(connection, promiseId).filter(n -> !n.issued());
            NoticeRow row = new NoticeRow(open.map(NoticeRow::id).orElseGet(UUID::randomUUID), promiseId, kind, language,
                    changed, blankToNull(plan), body, null, null,
                    open.map(NoticeRow::draftedAt).orElseGet(() -> SqlValues.stored(clock.instant())), null, null);
            try (PreparedStatement write = connection.prepareStatement("INSERT OR REPLACE INTO notice (" + COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, NULL, NULL, ?, NULL, NULL)")) {
                Statements.bind(write, row.id().toString(), promiseId.toString(), kind.name(), language.tag(), changed,
                        row.plan(), body, SqlValues.text(row.draftedAt())).executeUpdate();
            }
            return row;
        });
    }

    /**
     * Issues the draft notice {@code id} with the promise's next revision, in one transaction:
     * {@code render} gets the revision number and returns the notice as issued and the written
     * summary that becomes that revision.
     *
     * @throws InvalidValueException when the notice has no plan, or is issued already
     */
    public IssuedNotice issue(UUID id, IntFunction<NoticeIssue> render) {
        return transactions.write("issue notice " + id, connection -> {
            NoticeRow draft = find(connection, id).orElseThrow(() -> missing(id));
            if (draft.issued()) {
                throw new InvalidValueException("notice", "was issued already with revision " + draft.revision()
                        + "; draft a new notice for a further change");
            }
            requirePlan(draft.plan());
            NoticeIssue[] made = new NoticeIssue[1];
            IssuedRevision revision = revisions.issueIn(connection, draft.promiseId(), null, null, number -> {
                made[0] = render.apply(number);
                return made[0].summary();
            }).issued().orElseThrow();
            Instant now = revision.revision().issued();
            int number = revision.revision().number();
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE notice SET body = ?, revision = ?, sha256 = ?, issued_at = ? WHERE id = ?")) {
                Statements.bind(update, made[0].body(), number, made[0].sha256(), SqlValues.text(now), id.toString())
                        .executeUpdate();
            }
            outbox.append(connection, OUTBOX_ENTITY, id.toString(), 1);
            return new IssuedNotice(find(connection, id).orElseThrow(), revision);
        });
    }

    /**
     * Records that the issued notice {@code id} was sent to the customer, now; a notice sent
     * already keeps its first time.
     *
     * @throws InvalidValueException for a draft: it is issued first
     */
    public NoticeRow markSent(UUID id) {
        return transactions.write("mark notice " + id + " sent", connection -> {
            NoticeRow row = find(connection, id).orElseThrow(() -> missing(id));
            if (!row.issued()) {
                throw new InvalidValueException("notice", "is a draft: export or print it first (that issues it with"
                        + " the promise's next revision), then mark it sent");
            }
            if (row.sent()) {
                return row;
            }
            try (PreparedStatement update = connection.prepareStatement("UPDATE notice SET sent_at = ? WHERE id = ?")) {
                Statements.bind(update, SqlValues.text(SqlValues.stored(clock.instant())), id.toString()).executeUpdate();
            }
            outbox.append(connection, OUTBOX_ENTITY, id.toString(), 2);
            return find(connection, id).orElseThrow();
        });
    }

    public Optional<NoticeRow> find(UUID id) {
        return transactions.read("read notice " + id, connection -> find(connection, id));
    }

    /** The promise's notices, the first drafted first. */
    public List<NoticeRow> ofPromise(UUID promiseId) {
        return transactions.read("read the notices of promise " + promiseId, connection -> list(connection, promiseId));
    }

    /** The promise's last notice: its open draft, or the last one issued. */
    /** When a notice was last marked sent to the customer, by promise: the promises with one sent. */
    public Map<UUID, Instant> lastSent() {
        return transactions.read("read when each customer was last sent a notice", connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT promise_id, max(sent_at) FROM notice WHERE sent_at IS NOT NULL GROUP BY promise_id");
                 ResultSet rows = select.executeQuery()) {
                Map<UUID, Instant> sent = new HashMap<>();
                while (rows.next()) {
                    sent.put(SqlValues.uuid(rows.getString(1)), SqlValues.instant(rows.getString(2)));
                }
                return sent;
            }
        });
    }

    public Optional<NoticeRow> latest(UUID promiseId) {
        return transactions.read("read the notices of promise " + promiseId, connection -> latest(connection, promiseId));
    }

    /**
     * Keeps a notice pulled from the central store on the caller's transaction, without an outbox
     * entry (it was pushed by the device that made it): inserted when new, else its sent time taken.
     */
    static void keepPulled(Connection connection, NoticeRow row) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO notice (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET sent_at ="
                + " coalesce(notice.sent_at, excluded.sent_at)")) {
            Statements.bind(insert, row.id().toString(), row.promiseId().toString(), row.kind().name(),
                    row.language().tag(), row.changed(), row.plan(), row.body(), row.revision(), row.sha256(),
                    SqlValues.text(row.draftedAt()), text(row.issuedAt()), text(row.sentAt())).executeUpdate();
        }
    }

    /** The plan is what the customer most needs from a notice: never issued without one. */
    public static void requirePlan(String plan) {
        if (plan == null || plan.isBlank()) {
            throw new InvalidValueException("plan", "is missing: write what we will do about it before the notice is"
                    + " issued; a notice without a plan only tells the customer that something went wrong");
        }
    }

    private static PromiseStatus statusOf(Connection connection, UUID promiseId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT status FROM promise WHERE id = ?")) {
            ResultSet rows = Statements.bind(select, promiseId.toString()).executeQuery();
            if (!rows.next()) {
                throw new StoreException("there is no promise " + promiseId + " in the local store");
            }
            return PromiseStatus.valueOf(rows.getString(1));
        }
    }

    private static Optional<NoticeRow> latest(Connection connection, UUID promiseId) throws SQLException {
        List<NoticeRow> all = list(connection, promiseId);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    private static List<NoticeRow> list(Connection connection, UUID promiseId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS
                + " FROM notice WHERE promise_id = ? ORDER BY drafted_at, rowid")) {
            ResultSet rows = Statements.bind(select, promiseId.toString()).executeQuery();
            List<NoticeRow> all = new ArrayList<>();
            while (rows.next()) {
                all.add(row(rows));
            }
            return all;
        }
    }

    private static Optional<NoticeRow> find(Connection connection, UUID id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM notice WHERE id = ?")) {
            ResultSet rows = Statements.bind(select, id.toString()).executeQuery();
            return rows.next() ? Optional.of(row(rows)) : Optional.empty();
        }
    }

    private static NoticeRow row(ResultSet rows) throws SQLException {
        int revision = rows.getInt(8);
        Integer number = rows.wasNull() ? null : revision;
        return new NoticeRow(SqlValues.uuid(rows.getString(1)), SqlValues.uuid(rows.getString(2)),
                NoticeKind.valueOf(rows.getString(3)), Language.of(rows.getString(4)).orElse(Language.EN),
                rows.getString(5), rows.getString(6), rows.getString(7), number, rows.getString(9),
                SqlValues.instant(rows.getString(10)), instant(rows.getString(11)), instant(rows.getString(12)));
    }

    private static Instant instant(String text) {
        return text == null ? null : SqlValues.instant(text);
    }

    private static String text(Instant instant) {
        return instant == null ? null : SqlValues.text(instant);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static StoreException missing(UUID id) {
        return new StoreException("there is no notice " + id + " in the local store");
    }

    /** What issuing makes: the notice as issued (body and fingerprint) and the summary that becomes the revision. */
    public record NoticeIssue(String body, String sha256, RevisionContent summary) {
    }

    /** An issued notice and the revision it went with. */
    public record IssuedNotice(NoticeRow notice, IssuedRevision revision) {
    }
}
