package com.promisedesk.server;

import com.promisedesk.domain.InvalidValueException;
import com.promisedesk.file.BadFileException;
import com.promisedesk.file.CatalogFile;
import com.promisedesk.jdbc.SqlValues;
import com.promisedesk.server.console.CatalogView;
import com.promisedesk.server.console.ConsoleTime;
import com.promisedesk.server.console.Frame;
import com.promisedesk.server.console.Pages;
import com.promisedesk.server.console.Section;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The catalog owner's page: the published versions (newest first, each downloadable as the
 * exact text published) and the upload of a new catalog file. An upload is read exactly as
 * {@code catalog validate} reads a file ({@link CatalogFile#parse}); the first problem is shown
 * as that command prints it, with its line and field. A good file is kept as a pending upload
 * ({@link CatalogUploads}) and its preview opens ({@link ConsoleCatalogPreview}).
 */
final class ConsoleCatalog {

    /** The largest catalog file the console takes: the API's default body limit. */
    static final long MAX_FILE_BYTES = 16L * 1024 * 1024;
    static final String LIMIT = "16 MB";
    /** The form around the file (the CSRF field, the part headers) needs a little more than the file. */
    private static final long MAX_REQUEST_BYTES = MAX_FILE_BYTES + 64 * 1024;
    /** A refused body is read and dropped up to this much, so the browser hears the answer; beyond it the connection closes. */
    private static final long DRAINED_AT_MOST = 4 * MAX_FILE_BYTES;

    private final ServerDatabase database;
    private final CatalogUploads uploads;

    ConsoleCatalog(ServerDatabase database, CatalogUploads uploads) {
        this.database = database;
        this.uploads = uploads;
    }

    void show(Context ctx, ConsoleVisit visit) throws SQLException {
        render(ctx, 200, visit, flash(ctx), null);
    }

    void upload(Context ctx, ConsoleVisit visit) throws SQLException, IOException {
        UploadedFile file = ctx.uploadedFile("file");
        if (file == null || file.filename() == null || file.filename().isBlank()) {
            render(ctx, 400, visit, null, CatalogView.Problem.plain("Choose a catalog file (YAML or JSON) to upload."));
            return;
        }
        if (file.size() > MAX_FILE_BYTES) {
            render(ctx, 413, visit, null, tooLarge(file.size()));
            return;
        }
        String name = fileName(file.filename());
        if (name.length() > 200) {
            render(ctx, 400, visit, null, CatalogView.Problem.plain("The file's name is " + name.length()
                    + " characters long; at most 200. Rename the file and upload it again."));
            return;
        }
        String source;
        try (InputStream in = file.content()) {
            source = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(in.readAllBytes())).toString();
        } catch (CharacterCodingException e) {
            // The words of FileText, which reads the file for catalog validate.
            render(ctx, 422, visit, null, problem(new BadFileException(name, 0, 0, "", "the file is not UTF-8 text")));
            return;
        }
        try {
            CatalogFile.parse(source, name);
        } catch (BadFileException e) {
            render(ctx, 422, visit, null, problem(e));
            return;
        } catch (InvalidValueException e) {
            render(ctx, 422, visit, null, CatalogView.Problem.plain(e.getMessage()));
            return;
        }
        String id = uploads.keep(visit.who().user(), name, source);
        ctx.redirect("/console/catalog/uploads/" + id, HttpStatus.SEE_OTHER);
    }

    /**
     * In front of the upload: a body larger than the limit is refused before the form is read
     * (no part of it is stored), with the page saying how large it was and what the limit is.
     */
    void refuseTooLarge(Context ctx, Optional<ConsoleVisit> visit) throws SQLException, IOException {
        long length = ctx.req().getContentLengthLong();
        if (!"POST".equals(ctx.req().getMethod()) || length >= 0 && length <= MAX_REQUEST_BYTES) {
            return;
        }
        ctx.skipRemainingHandlers();
        try (InputStream body = ctx.req().getInputStream()) {
            body.skipNBytes(Math.min(Math.max(length, 0), DRAINED_AT_MOST));
        } catch (IOException e) {
            // The browser stopped sending; the answer below is all it can still get.
        }
        CatalogView.Problem problem = length < 0 ? CatalogView.Problem.plain("The upload did not say how large it is;"
                + " send the file from the form on this page. Nothing was stored.") : tooLarge(length);
        if (visit.isPresent() && visit.get().who().isCatalogOwner()) {
            render(ctx, 413, visit.get(), null, problem);
        } else {
            Pages.message(ctx, 413, visit.map(v -> v.frame("Too large", null))
                    .orElse(Frame.signedOut("Too large")), "Too large", problem.why());
        }
    }

    private static CatalogView.Problem tooLarge(long bytes) {
        return CatalogView.Problem.plain(String.format(Locale.ENGLISH, "The file is %.1f MB; a catalog file"
                + " may be at most %s. Nothing was stored.", bytes / (1024.0 * 1024.0), LIMIT));
    }

    /** The exact text of a published version, as a download with its file name. */
    void download(Context ctx, ConsoleVisit visit) throws SQLException {
        String version = ctx.queryParam("version");
        String[] row = version == null ? null : database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT file_name, source_text FROM catalog_version WHERE version = ?")) {
                select.setString(1, version);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? new String[] {rows.getString(1), rows.getString(2)} : null;
                }
            }
        });
        if (row == null) {
            Pages.message(ctx, 404, visit.frame("No such version", Section.CATALOG), "No such version",
                    "No catalog version of that name is published. Pick one from the list on the Catalog page.");
            return;
        }
        ctx.contentType((json(row[0], row[1]) ? "application/json" : "application/yaml") + "; charset=utf-8");
        ctx.header("Content-Disposition", attachment(row[0]));
        ctx.result(row[1].getBytes(StandardCharsets.UTF_8));
    }

    /** As the catalog reader decides (SourceText): by the name's ending, else by how the text opens. */
    private static boolean json(String fileName, String text) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".json") || name.endsWith(".yaml") || name.endsWith(".yml")) {
            return name.endsWith(".json");
        }
        String start = text.stripLeading();
        return start.startsWith("{") || start.startsWith("[");
    }

    /** RFC 6266: a plain ASCII name for every browser, and the exact name in UTF-8 for those that read it. */
    static String attachment(String fileName) {
        StringBuilder ascii = new StringBuilder();
        fileName.codePoints().forEach(c -> ascii.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' ? (char) c : '_'));
        String exact = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + exact;
    }

    void render(Context ctx, int status, ConsoleVisit visit, String flash, CatalogView.Problem problem)
            throws SQLException {
        Pages.render(ctx, status, "catalog.jte", visit.frame("Catalog", Section.CATALOG),
                Map.of("catalog", new CatalogView(versions(), LIMIT, flash, problem)));
    }

    /** What the last publish did, when the address names a version that is published. */
    private String flash(Context ctx) throws SQLException {
        String published = ctx.queryParam("published");
        String same = ctx.queryParam("unchanged");
        String version = published != null ? published : same;
        if (version == null) {
            return null;
        }
        for (CatalogView.Version v : versions()) {
            if (v.version().equals(version)) {
                // The words of catalog publish.
                return published != null ? "Published catalog " + v.version() + " (" + v.capabilities()
                        + " capabilities); reps get it at their next sync"
                        : "Catalog " + v.version() + " was already published with this content; nothing changed";
            }
        }
        return null;
    }

    private List<CatalogView.Version> versions() throws SQLException {
        return database.read(connection -> {
            List<CatalogView.Version> versions = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT version, file_name, capabilities,"
                    + " published_by, published_at FROM catalog_version ORDER BY seq DESC");
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    String version = rows.getString(1);
                    versions.add(new CatalogView.Version(version, rows.getString(2), rows.getInt(3), rows.getString(4),
                            ConsoleTime.of(SqlValues.instant(rows.getString(5))),
                            "/console/catalog/download?version=" + URLEncoder.encode(version, StandardCharsets.UTF_8)));
                }
            }
            return versions;
        });
    }

    private static CatalogView.Problem problem(BadFileException e) {
        return new CatalogView.Problem(e.getMessage(), e.file(), e.line(), e.column(), e.field(), e.why());
    }

    /** The name without a folder (some browsers send one). */
    private static String fileName(String sent) {
        String name = sent.substring(Math.max(sent.lastIndexOf('/'), sent.lastIndexOf('\\')) + 1).strip();
        return name.isEmpty() ? "catalog.yaml" : name;
    }
}
