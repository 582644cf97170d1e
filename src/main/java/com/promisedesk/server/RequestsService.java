package com.promisedesk.server;

import com.promisedesk.check.LineCheck;
import com.promisedesk.check.PromiseCheck;
import com.promisedesk.check.PromiseChecker;
import com.promisedesk.check.TeamBookings;
import com.promisedesk.domain.Promise;
import com.promisedesk.domain.PromiseStatus;
import com.promisedesk.domain.Verdict;
import com.promisedesk.store.file.BadFileException;
import com.promisedesk.store.file.PromiseFile;
import com.promisedesk.sync.wire.PendingRequest;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code GET /v1/requests}: the exception requests an approver's role must decide: every
 * line of a current promise that the latest catalog judges {@code NEEDS_APPROVAL} at a
 * tier whose approvers include the role. Judged on request, so it follows the catalog.
 */
final class RequestsService {

    private final ServerDatabase database;
    private final CatalogService catalogs;

    RequestsService(ServerDatabase database, CatalogService catalogs) {
        this.database = database;
        this.catalogs = catalogs;
    }

    List<PendingRequest> pending(Principal principal) throws SQLException {
        String role = principal.approverRole();
        if (role == null) {
            throw ApiError.forbidden("only an approver reads exception requests; this token's role is " + principal.role());
        }
        Optional<CatalogService.Latest> latest = catalogs.latest();
        if (latest.isEmpty()) {
            return List.of();
        }
        PromiseChecker checker = new PromiseChecker(latest.get().catalog());
        List<PendingRequest> found = new ArrayList<>();
        List<String[]> rows = database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT owner, doc FROM promise ORDER BY updated_at, id");
                 ResultSet result = select.executeQuery()) {
                List<String[]> docs = new ArrayList<>();
                while (result.next()) {
                    docs.add(new String[] {result.getString(1), result.getString(2)});
                }
                return docs;
            }
        });
        for (String[] row : rows) {
            Promise promise;
            try {
                promise = PromiseFile.parse(row[1], "stored promise");
            } catch (BadFileException e) {
                continue;
            }
            if (promise.status() != PromiseStatus.DRAFT && promise.status() != PromiseStatus.READ_BACK) {
                continue;
            }
            PromiseCheck check = checker.check(promise, TeamBookings.none());
            for (LineCheck line : check.lines()) {
                if (line.verdict() == Verdict.NEEDS_APPROVAL && line.tier() != null) {
                    List<String> approvers = latest.get().catalog().policy().approvers(line.tier());
                    if (approvers.contains(role)) {
                        found.add(new PendingRequest(promise.id(), row[0], promise.customer().name(), promise.title(),
                                line.index(), line.tier(), approvers));
                    }
                }
            }
        }
        return found;
    }
}
