package com.promisedesk.cli;

import com.promisedesk.check.LineCheck;
import com.promisedesk.check.PromiseCheck;
import com.promisedesk.domain.Catalog;
import com.promisedesk.domain.ExceptionRequest;
import com.promisedesk.domain.Promise;
import com.promisedesk.store.Judging;
import com.promisedesk.store.CurrentCatalog;
import com.promisedesk.store.LocalStore;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code promisedesk promise request-approval ID --line N --reason TEXT}: an exception request, sent at the next sync. */
@Command(name = "request-approval", description = "Request approval for a line that needs it; sync sends it to the"
        + " approvers of its tier.")
final class PromiseRequestApproval extends StoreCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PROMISE-ID", description = "The promise's id, or its first 8 or more characters (see promise list).")
    String id;

    @Option(names = "--line", required = true, paramLabel = "N", description = "The line, counted from 1 as check prints it.")
    int line;

    @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why the customer needs it.")
    String reason;

    @Mixin
    TodayOption today;

    @Override
    public Integer call() {
        try (LocalStore store = openStore()) {
            Promise promise = store.promises().find(Ids.promise(store, id, dataDir()))
                    .orElseThrow(() -> new UserError("No promise " + id + " in " + dataDir()));
            if (line < 1 || line > promise.lines().size()) {
                throw UserError.usage("--line must be between 1 and " + promise.lines().size() + " (the promise's lines),"
                        + " was " + line);
            }
            Catalog catalog = CurrentCatalog.load(store).orElseThrow(() -> new UserError(
                    "no catalog in " + dataDir() + " to judge the line: run sync or catalog import first"));
            // As of T: the tier the line needs today, as check and the app say.
            PromiseCheck judged = Judging.of(store, catalog).check(promise, today.day(clock()));
            LineCheck check = judged.lines().get(line - 1);
            Integer tier = judged.approvalTiers().get(line - 1);
            if (tier == null) {
                throw new UserError("line " + line + " does not need approval: the checker says "
                        + check.verdict().label().toUpperCase(java.util.Locale.ROOT)
                        + (check.reasons().isEmpty() ? "" : " (" + String.join(" ", check.reasons()) + ")"));
            }
            List<String> approvers = catalog.policy().approvers(tier);
            ExceptionRequest request = store.requests().request(promise.id(), line - 1, tier, approvers, reason);
            out().println("Requested approval for line " + line + " (tier " + request.tier() + ") from "
                    + String.join(", ", request.approvers()) + "; it goes to them at the next sync (request "
                    + request.id() + ")");
        }
        return 0;
    }
}
