package com.promisedesk.store;

import com.promisedesk.domain.Revision;
import com.promisedesk.jdbc.SqlValues;
import com.promisedesk.jdbc.Statements;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.IntFunction;

/**
 * Issued revisions of promises' written summaries: the exact bytes handed over and their
 * fingerprint, numbered 1, 2, … per promise. Append-only: the table's triggers refuse any
 * update or delete, so revision n is never edited; a change makes n+1.
 */
public final class RevisionRepository {

    /** The outbox entity of an issued revision; its id is "promise-id/number". */
    static final String OUTBOX_ENTITY = "revision";

    private final Transactions transactions;
    private final Outbox outbox;
    private final Clock clock;

    RevisionRepository(Transactions transactions, Outbox outbox, Clock clock) {
        this.transactions = transactions;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Issues the next revision of a stored promise. {@code render} gets the new number (the
     * document prints it) and returns the content; both are stored in one transaction with
     * the outbox entry, so two issues can never share a number.
     */
    public IssuedRevision issue(UUID promiseId, IntFunction<RevisionContent> render) {
        return issueUnlessSaid(promiseId, null, render).issued().orElseThrow();
    }

    /**
     * Issues the next revision unless the last one says {@code says} already (the SHA-256 of what
     * the summary says apart from its number and issue date): then nothing is written and the
     * answer names that revision. {@code null} always issues. Checked and written in one
     * transaction, so two issues at once cannot both find the promise changed.
     */
    public IssueOutcome issueUnlessSaid(UUID promiseId, String says, IntFunction<RevisionContent> render) {
        return transactions.write("issue a revision of promise " + promiseId,
                connection -> issueIn(connection, promiseId, says, render));
    }

    /** {@link #issueUnlessSaid} on the caller's transaction: a notice is issued with its revision (NoticeRepository). */
    IssueOutcome issueIn(Connection connection, UUID promiseId, String says, IntFunction<RevisionContent> render)
            throws SQLException {
        String id = promiseId.toString();
        requirePromise(connection, id);
        int last = lastNumber(connection, id);
        if (says != null && last > 0 && says.equals(saysOf(connection, id, last))) {
            return new IssueOutcome(Optional.empty(), Optional.of(last));
        }
        int number = last + 1;
        RevisionContent content = render.apply(number);
        Instant issued = SqlValues.stored(clock.instant());
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO revision (promise_id, number, issued_at, format, sha256, content, says_sha256)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            Statements.bind(insert, id, number, SqlValues.text(issued), content.format(), content.sha256(),
                    content.bytes(), says).executeUpdate();
        }
        outbox.append(connection, OUTBOX_ENTITY, id + "/" + number, number);
        return new IssueOutcome(Optional.of(new IssuedRevision(new Revision(promiseId, number, issued,
                content.sha256()), content)), Optional.empty());
    }

    /** Every revision of the promise, oldest first, without content. */
    public List<Revision> list(UUID promiseId) {
        return transactions.read("list the revisions of promise " + promiseId, connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT number, issued_at, sha256 FROM revision WHERE promise_id = ? ORDER BY number")) {
                ResultSet rows = Statements.bind(select, promiseId.toString()).executeQuery();
                List<Revision> all = new ArrayList<>();
                while (rows.next()) {
                    all.add(new Revision(promiseId, rows.getInt(1), SqlValues.instant(rows.getString(2)),
                            rows.getString(3)));
                }
                return all;
            }
        });
    }

    /** One revision with the exact content that was issued. */
    public Optional<IssuedRevision> find(UUID promiseId, int number) {
        return transactions.read("read revision " + number + " of promise " + promiseId, connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT issued_at, format, sha256, content FROM revision WHERE promise_id = ? AND number = ?")) {
                ResultSet rows = Statements.bind(select, promiseId.toString(), number).executeQuery();
                if (!rows.next()) {
                    return Optional.empty();
                }
                String sha256 = rows.getString(3);
                return Optional.of(new IssuedRevision(
                        new Revision(promiseId, number, SqlValues.instant(rows.getString(1)), sha256),
                        new RevisionContent(rows.getString(2), sha256, rows.getBytes(4))));
            }
        });
    }

    private static void requirePromise(Connection connection, String id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT 1 FROM promise WHERE id = ?")) {
            if (!Statements.bind(select, id).executeQuery().next()) {
                throw new StoreException("could not issue a revision: there is no promise " + id + " in the local store");
            }
        }
    }

    private static String saysOf(Connection connection, String id, int number) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT says_sha256 FROM revision WHERE promise_id = ? AND number = ?")) {
            ResultSet rows = Statements.bind(select, id, number).executeQuery();
            return rows.next() ? rows.getString(1) : null;
        }
    }

    private static int lastNumber(Connection connection, String id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT coalesce(max(number), 0) FROM revision WHERE promise_id = ?")) {
            ResultSet rows = Statements.bind(select, id).executeQuery();
            rows.next();
            return rows.getInt(1);
        }
    }

    /**
     * What one revision holds: its format ("pdf", "html", "md", "txt"), the summary's fingerprint
     * ({@code sha256}: over its canonical text, as printed on it; not the SHA-256 of the bytes,
     * see docs/decisions/0006) and the exact bytes.
     */
    public record RevisionContent(String format, String sha256, byte[] bytes) {
        public RevisionContent {
            if (format == null || format.isBlank() || sha256 == null || bytes == null) {
                throw new IllegalArgumentException("a revision needs a format, a fingerprint and its content");
            }
            bytes = bytes.clone();
        }

        @Override
        public byte[] bytes() {
            return bytes.clone();
        }
    }

    /** What an issue did: the new revision, or the number of the last one, which says the same already. */
    public record IssueOutcome(Optional<IssuedRevision> issued, Optional<Integer> unchangedSince) {
    }

    /** An issued revision and its content. */
    public record IssuedRevision(Revision revision, RevisionContent content) {
    }
}
