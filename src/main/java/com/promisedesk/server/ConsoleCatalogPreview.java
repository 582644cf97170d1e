package com.promisedesk.server;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.promisedesk.domain.Catalog;
import com.promisedesk.domain.InvalidValueException;
import com.promisedesk.domain.Promise;
import com.promisedesk.file.BadFileException;
import com.promisedesk.file.CatalogFile;
import com.promisedesk.file.PromiseFile;
import com.promisedesk.server.console.CatalogChanges;
import com.promisedesk.server.console.Pages;
import com.promisedesk.server.console.PreviewView;
import com.promisedesk.server.console.Section;
import com.promisedesk.server.console.VerdictShifts;
import com.promisedesk.sync.wire.PublishResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An uploaded catalog before it is published: what it changes against the version published
 * latest, how many lines of open promises it would judge differently (decision 0021), and
 * Publish, which goes through {@link CatalogService#publish}: the code behind
 * {@code POST /v1/catalog} and {@code catalog publish}, which records the audit entry.
 */
final class ConsoleCatalogPreview {

    private static final Logger LOG = LoggerFactory.getLogger(ConsoleCatalogPreview.class);

    private final ServerDatabase database;
    private final CatalogService catalogs;
    private final CatalogUploads uploads;
    private final Clock clock;

    ConsoleCatalogPreview(ServerDatabase database, CatalogService catalogs, CatalogUploads uploads, Clock clock) {
        this.database = database;
        this.catalogs = catalogs;
        this.uploads = uploads;
        this.clock = clock;
    }

    void show(Context ctx, ConsoleVisit visit) throws SQLException {
        Optional<CatalogUploads.Upload> upload = upload(ctx, visit);
        if (upload.isPresent()) {
            render(ctx, 200, visit, upload.get(), null);
        }
    }

    void publish(Context ctx, ConsoleVisit visit) throws SQLException {
        Optional<CatalogUploads.Upload> upload = upload(ctx, visit);
        if (upload.isEmpty()) {
            return;
        }
        ObjectNode body = JsonNodeFactory.instance.objectNode()
                .put("fileName", upload.get().fileName()).put("source", upload.get().source());
        PublishResponse published;
        try {
            published = catalogs.publish(visit.who(), body);
        } catch (ApiError e) {
            String said = e.field() != null && e.getMessage().startsWith(e.field() + ": ")
                    ? e.getMessage().substring(e.field().length() + 2) : e.getMessage();
            render(ctx, e.status(), visit, upload.get(), "Not published: " + said + ".");
            return;
        }
        uploads.forget(upload.get().id(), visit.who().user());
        ctx.redirect("/console/catalog?" + (published.created() ? "published=" : "unchanged=")
                + URLEncoder.encode(published.version(), StandardCharsets.UTF_8), HttpStatus.SEE_OTHER);
    }

    void discard(Context ctx, ConsoleVisit visit) throws SQLException {
        uploads.forget(ctx.pathParam("id"), visit.who().user());
        ctx.redirect("/console/catalog", HttpStatus.SEE_OTHER);
    }

    /** The upload the address names, if this person made it; otherwise a page saying it is gone (404). */
    private Optional<CatalogUploads.Upload> upload(Context ctx, ConsoleVisit visit) throws SQLException {
        Optional<CatalogUploads.Upload> upload = uploads.find(ctx.pathParam("id"), visit.who().user());
        if (upload.isEmpty()) {
            Pages.message(ctx, 404, visit.frame("Upload not found", Section.CATALOG), "This upload is not here",
                    "It was published or discarded, replaced by a newer upload, or is more than a day old. Nothing"
                            + " was published from this page. Upload the file again on the Catalog page.");
        }
        return upload;
    }

    private void render(Context ctx, int status, ConsoleVisit visit, CatalogUploads.Upload upload, String problem)
            throws SQLException {
        Catalog catalog;
        try {
            catalog = CatalogFile.parse(upload.source(), upload.fileName());
        } catch (BadFileException | InvalidValueException e) {
            // Read without fault when uploaded; only a newer server that reads catalogs more strictly gets here.
            Pages.message(ctx, 422, visit.frame("Cannot be read", Section.CATALOG), "This upload no longer reads",
                    e.getMessage() + ". Upload the file again on the Catalog page.");
            return;
        }
        Optional<CatalogService.Latest> latest = catalogs.latest();
        PreviewView view = new PreviewView(upload.id(), upload.fileName(), catalog.version(),
                catalog.capabilities().size(), latest.map(CatalogService.Latest::version).orElse(null),
                latest.map(l -> CatalogChanges.between(l.catalog(), catalog)).orElse(null),
                latest.isEmpty() ? null : VerdictShifts.of(stored(), latest.get().catalog(), catalog,
                        clock.instant().atZone(ZoneOffset.UTC).toLocalDate()),
                problem);
        Pages.render(ctx, status, "catalog-preview.jte", visit.frame("Catalog preview", Section.CATALOG),
                Map.of("preview", view));
    }

    /** Every promise the central store holds, its current version; one that no longer reads is left out. */
    private List<Promise> stored() throws SQLException {
        List<String[]> docs = database.read(connection -> {
            List<String[]> rows = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT id, doc FROM promise ORDER BY id");
                 ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    rows.add(new String[] {result.getString(1), result.getString(2)});
                }
            }
            return rows;
        });
        List<Promise> promises = new ArrayList<>(docs.size());
        for (String[] doc : docs) {
            try {
                promises.add(PromiseFile.parse(doc[1], "promise " + doc[0]));
            } catch (BadFileException | InvalidValueException e) {
                LOG.warn("Preview leaves out stored promise {}: it no longer reads ({})", doc[0], e.getMessage());
            }
        }
        return promises;
    }
}
