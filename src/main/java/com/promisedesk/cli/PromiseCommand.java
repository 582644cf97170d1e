package com.promisedesk.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.promisedesk.check.PromiseCheck;
import com.promisedesk.domain.Promise;
import com.promisedesk.store.Judging;
import com.promisedesk.store.CurrentCatalog;
import com.promisedesk.store.LocalStore;
import com.promisedesk.store.PromiseRow;
import com.promisedesk.file.BadFileException;
import com.promisedesk.file.PromiseFile;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code promisedesk promise import|list|show|export|request-approval|milestone|deliver|…}: the local store, for scripting. */
@Command(name = "promise", description = "The promises of the local store, their milestones and their delivery.",
        subcommands = {PromiseCommand.Import.class, PromiseCommand.ListPromises.class, PromiseCommand.Show.class,
            PromiseExport.class, PromiseRequestApproval.class, MilestoneCommand.class,
            PromiseDeliver.Deliver.class, PromiseDeliver.CancelLine.class, PromiseDeliver.Withdraw.class,
            PromiseDelivery.class})
final class PromiseCommand {

    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT);

    /** Output formats of list and show. */
    enum Format { text, json }

    @Command(name = "import", description = "Import a promise file (JSON) into the local store.")
    static final class Import extends StoreCommand implements Callable<Integer> {

        @Parameters(paramLabel = "FILE", description = "The promise file.")
        Path file;

        @Override
        public Integer call() throws BadFileException {
            Promise promise = PromiseFile.read(file);
            try (LocalStore store = openStore()) {
                store.promises().save(promise);
            }
            out().println("Imported promise " + promise.id() + " (" + promise.customer().name() + " · "
                    + promise.title() + ")");
            return 0;
        }
    }

    @Command(name = "list", description = {"List the promises, most recently changed first, each with its verdict",
        "against the store's current catalog (as check and the app judge it)."})
    static final class ListPromises extends StoreCommand implements Callable<Integer> {

        @Option(names = "--format", defaultValue = "text", paramLabel = "text|json", description = "text or json (default: ${DEFAULT-VALUE})")
        Format format;

        @Mixin
        TodayOption today;

        @Override
        public Integer call() throws Exception {
            List<Listed> listed = new ArrayList<>();
            boolean judged;
            try (LocalStore store = openStore()) {
                Optional<Judging> judge = CurrentCatalog.load(store).map(catalog -> Judging.of(store, catalog));
                judged = judge.isPresent();
                LocalDate today = this.today.day(clock()); // T, as check and the app judge
                for (PromiseRow row : store.promises().list()) {
                    PromiseCheck check = judge.map(j -> j.check(store.promises().find(row.id()).orElseThrow(), today))
                            .orElse(null);
                    listed.add(new Listed(row, check));
                }
            }
            if (format == Format.json) {
                out().println(JSON.writeValueAsString(listed.stream().map(Listed::json).toList()));
                return 0;
            }
            if (listed.isEmpty()) {
                out().println("No promises in " + dataDir());
                return 0;
            }
            for (Listed promise : listed) {
                PromiseRow row = promise.row();
                out().printf("%s  %-10s  %s  %-23s  %s · %s%n", row.id(), row.status(), row.start(), promise.verdict(),
                        row.customer(), row.title());
            }
            if (!judged) {
                out().println("No catalog in " + dataDir() + " to judge the promises against: run sync or catalog import");
            }
            return 0;
        }
    }

    /** One promise of the list and its check; {@code null} when the store has no catalog to judge it by. */
    private record Listed(PromiseRow row, PromiseCheck check) {

        /** The words of the verdict column: as check prints the verdict, or why there is none. */
        String verdict() {
            if (check == null) {
                return "not judged";
            }
            return check.lines().isEmpty() ? "no lines yet" : CheckText.verdict(check.verdict(), check.tier());
        }

        /** The fields of list --format json, in this order; verdict and tier are those of check --format json. */
        Map<String, Object> json() {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("id", row.id().toString());
            json.put("customer", row.customer());
            json.put("title", row.title());
            json.put("status", row.status().name());
            json.put("start", row.start().toString());
            json.put("verdict", check == null ? null : check.verdict().name());
            json.put("tier", check == null ? null : check.tier());
            json.put("updatedAt", row.updatedAt().toString());
            json.put("version", row.version());
            return json;
        }
    }

    @Command(name = "show", description = "Show one promise; --format json prints the promise file.")
    static final class Show extends StoreCommand implements Callable<Integer> {

        @Parameters(paramLabel = "ID", description = "The promise's id, or its first 8 or more characters (see promise list).")
        String id;

        @Option(names = "--format", defaultValue = "text", paramLabel = "text|json", description = "text or json (default: ${DEFAULT-VALUE})")
        Format format;

        @Override
        public Integer call() {
            Promise promise;
            try (LocalStore store = openStore()) {
                promise = store.promises().find(Ids.promise(store, id, dataDir()))
                        .orElseThrow(() -> new UserError("No promise " + id + " in " + dataDir()));
            }
            out().print(format == Format.json ? PromiseFile.write(promise) + "\n" : PromiseText.of(promise));
            return 0;
        }
    }
}
