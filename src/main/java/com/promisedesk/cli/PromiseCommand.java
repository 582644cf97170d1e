package com.promisedesk.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.promisedesk.domain.Promise;
import com.promisedesk.store.LocalStore;
import com.promisedesk.store.PromiseRow;
import com.promisedesk.store.file.BadFileException;
import com.promisedesk.store.file.PromiseFile;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code promisedesk promise import|list|show|export|request-approval|milestone}: the local store, for scripting. */
@Command(name = "promise", description = "The promises of the local store and their milestones.",
        subcommands = {PromiseCommand.Import.class, PromiseCommand.ListPromises.class, PromiseCommand.Show.class,
            PromiseExport.class, PromiseRequestApproval.class, MilestoneCommand.class})
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

    @Command(name = "list", description = "List the promises, most recently changed first.")
    static final class ListPromises extends StoreCommand implements Callable<Integer> {

        @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
        Format format;

        @Override
        public Integer call() throws Exception {
            List<PromiseRow> rows;
            try (LocalStore store = openStore()) {
                rows = store.promises().list();
            }
            if (format == Format.json) {
                out().println(JSON.writeValueAsString(rows.stream().map(PromiseCommand::asJson).toList()));
            } else if (rows.isEmpty()) {
                out().println("No promises in " + dataDir());
            } else {
                for (PromiseRow row : rows) {
                    out().printf("%s  %-10s  %s  %s · %s%n", row.id(), row.status(), row.start(), row.customer(),
                            row.title());
                }
            }
            return 0;
        }
    }

    @Command(name = "show", description = "Show one promise; --format json prints the promise file.")
    static final class Show extends StoreCommand implements Callable<Integer> {

        @Parameters(paramLabel = "ID", description = "The promise's id (see promise list).")
        String id;

        @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
        Format format;

        @Override
        public Integer call() {
            UUID uuid = promiseId(id);
            Promise promise;
            try (LocalStore store = openStore()) {
                promise = store.promises().find(uuid)
                        .orElseThrow(() -> new UserError("No promise " + id + " in " + dataDir()));
            }
            out().print(format == Format.json ? PromiseFile.write(promise) + "\n" : PromiseText.of(promise));
            return 0;
        }
    }

    static UUID promiseId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new UserError("\"" + id + "\" is not a promise id (expected a UUID such as "
                    + "3f2b8c1e-0000-4000-8000-000000000001; see promise list)");
        }
    }

    private static Map<String, Object> asJson(PromiseRow row) {
        return Map.of("id", row.id().toString(), "customer", row.customer(), "title", row.title(),
                "status", row.status().name(), "start", row.start().toString(),
                "updatedAt", row.updatedAt().toString(), "version", row.version());
    }
}
