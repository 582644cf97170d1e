package com.promisedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.promisedesk.Slow;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import org.junit.jupiter.api.Test;

/** token create, catalog publish, sync and conflicts list as a rep and an admin would type them. */
@Slow
class SyncCommandLineTest extends CommandLineWithCentralStore {

    @Test
    void anAdminCreatesListsAndRevokesTokens() {
        String token = token("anna", "rep");
        assertThat(token).startsWith("pd_");
        assertThat(run("--data-dir", dir.resolve("central").toString(), "server", "token", "list")).isZero();
        assertThat(out.toString()).contains("anna").contains("rep").doesNotContain(token);
        String id = out.toString().strip().split("\\s+")[0];
        assertThat(run("--data-dir", dir.resolve("central").toString(), "server", "token", "revoke", id)).isZero();
        assertThat(run("--data-dir", dir.resolve("central").toString(), "server", "token", "revoke", id)).isEqualTo(65);
        assertThat(run("--data-dir", dir.resolve("central").toString(), "server", "token", "create", "--user", "x",
                "--role", "boss")).isEqualTo(64);
        assertThat(err.toString()).contains("--role must be rep, catalog-owner, manager, admin or approver:ROLE");
    }

    @Test
    void tokenListAndRevokeInAFolderWithoutACentralStoreSaySoAndMakeNone() {
        Path repsFolder = dir.resolve("a-reps-data");
        for (String[] command : List.of(new String[] {"list"}, new String[] {"revoke", "3f9a1c22b7e0"})) {
            List<String> args = new java.util.ArrayList<>(List.of("--data-dir", repsFolder.toString(), "server", "token"));
            args.addAll(List.of(command));
            assertThat(run(args.toArray(String[]::new))).as(err.toString()).isEqualTo(64);
            assertThat(err.toString()).contains("there is no central store in " + repsFolder);
            assertThat(repsFolder.resolve("central-store.db")).doesNotExist();
        }
    }

    @Test
    void theFirstTokenMakesTheStoreAndSaysWhereAndABadRoleTouchesNoDatabase() {
        Path folder = dir.resolve("new-central");
        assertThat(run("--data-dir", folder.toString(), "server", "token", "create", "--user", "x", "--role", "boss"))
                .isEqualTo(64);
        assertThat(err.toString()).contains("--role must be rep, catalog-owner, manager, admin or approver:ROLE");
        assertThat(folder).doesNotExist();
        assertThat(run("--data-dir", folder.toString(), "server", "token", "create", "--user", "anna", "--role", "rep"))
                .as(err.toString()).isZero();
        assertThat(out.toString()).contains("Made a new central store: " + folder.resolve("central-store.db"));
        String[] lines = out.toString().strip().split("\n");
        assertThat(lines[lines.length - 1].strip()).startsWith("pd_");
    }

    @Test
    void aPromiseImportedFromAFileAnotherRepSyncedFirstIsNamedAndTheRestSyncs() throws IOException {
        String url = central.server.uri().toString();
        Path northwind = sample("promise-northwind.json");
        Path baltic = sample("promise-baltic.json");
        String anna = dir.resolve("anna").toString();
        assertThat(run("--data-dir", anna, "promise", "import", northwind.toString())).isZero();
        assertThat(run("--data-dir", anna, "sync", "--server", url, "--token", token("anna", "rep"))).as(err.toString())
                .isZero();

        String bob = dir.resolve("bob").toString();
        assertThat(run("--data-dir", bob, "promise", "import", northwind.toString())).isZero();
        assertThat(run("--data-dir", bob, "promise", "import", baltic.toString())).isZero();
        String bobs = token("bob", "rep");
        for (int round = 1; round <= 2; round++) {
            assertThat(run("--data-dir", bob, "sync", "--server", url, "--token", bobs)).as(err.toString()).isZero();
            assertThat(out.toString()).as("round %d", round).contains(round == 1 ? "pushed 1" : "pushed 0")
                    .contains("note: Promise \"").contains("not found or not yours", "shared file",
                            "Remove the \"id\" line from that file and import it again").doesNotContain("anna");
        }
    }

    private Path sample(String name) throws IOException {
        Path file = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/com/promisedesk/sample/" + name)) {
            Files.copy(in, file);
        }
        return file;
    }

    @Test
    void aRepSyncsOnceWithServerAndTokenThenWithoutThem() throws IOException {
        String owner = token("carl", "catalog-owner");
        String rep = token("anna", "rep");
        Path catalog = dir.resolve("catalog.yaml");
        try (InputStream in = getClass().getResourceAsStream("/com/promisedesk/sample/catalog.yaml")) {
            Files.copy(in, catalog);
        }
        String url = central.server.uri().toString();
        assertThat(run("--data-dir", dir.resolve("admin").toString(), "catalog", "publish", catalog.toString(),
                "--server", url, "--token", rep)).isEqualTo(77);
        assertThat(err.toString()).contains("may not");
        assertThat(run("--data-dir", dir.resolve("admin").toString(), "catalog", "publish", catalog.toString(),
                "--server", url, "--token", owner)).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Published catalog 2026.11.2");

        Path promise = dir.resolve("promise.json");
        try (InputStream in = getClass().getResourceAsStream("/com/promisedesk/sample/promise-northwind.json")) {
            Files.copy(in, promise);
        }
        String data = dir.resolve("laptop").toString();
        assertThat(run("--data-dir", data, "promise", "import", promise.toString())).isZero();
        assertThat(run("--data-dir", data, "sync")).as("nothing configured: bad usage").isEqualTo(64);
        assertThat(err.toString()).contains("no central store yet: add --server URL --token TOKEN");
        assertThat(run("--data-dir", data, "sync", "--server", url, "--token", rep)).as(err.toString()).isZero();
        assertThat(out.toString()).contains("pushed 1").contains("new catalog 2026.11.2")
                .contains("Catalog 2026.11.2: 62 added, 0 changed, 0 retired").doesNotContain(rep);
        Path tokenFile = dir.resolve("laptop").resolve("sync-token");
        assertThat(Files.getPosixFilePermissions(tokenFile))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

        assertThat(run("--data-dir", data, "sync", "--quiet")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("pushed 0, pulled 0");
        assertThat(run("--data-dir", data, "conflicts", "list", "--format", "json")).isZero();
        assertThat(out.toString().strip()).isEqualTo("[ ]");
    }

    @Test
    void twoLaptopsOfOneRepEditOfflineAndTheLaterSyncKeepsAConflict() throws IOException {
        String rep = token("anna", "rep");
        String url = central.server.uri().toString();
        Path promise = dir.resolve("promise.json");
        try (InputStream in = getClass().getResourceAsStream("/com/promisedesk/sample/promise-northwind.json")) {
            Files.copy(in, promise);
        }
        String first = dir.resolve("laptop").toString();
        String second = dir.resolve("tablet").toString();
        assertThat(run("--data-dir", first, "promise", "import", promise.toString())).isZero();
        assertThat(run("--data-dir", first, "sync", "--quiet", "--server", url, "--token", rep)).as(err.toString()).isZero();
        assertThat(run("--data-dir", second, "sync", "--quiet", "--server", url, "--token", rep)).as(err.toString()).isZero();
        String file = Files.readString(promise);
        Files.writeString(promise, file.replace("Fleet analytics", "Fleet analytics, laptop"));
        assertThat(run("--data-dir", first, "promise", "import", promise.toString())).isZero();
        Files.writeString(promise, file.replace("Fleet analytics", "Fleet analytics, tablet"));
        assertThat(run("--data-dir", second, "promise", "import", promise.toString())).isZero();

        assertThat(run("--data-dir", first, "sync", "--quiet")).as(err.toString()).isZero();
        assertThat(out.toString()).doesNotContain("conflict");
        assertThat(run("--data-dir", second, "sync", "--quiet")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("pushed 1 (1 kept as a conflict)")
                .contains("; 1 conflict to resolve (promisedesk conflicts list)");

        assertThat(run("--data-dir", second, "conflicts", "list")).isZero();
        assertThat(out.toString()).contains("open").contains("Fleet analytics, laptop").contains("differs in: title");
    }

    @Test
    void aRepRequestsApprovalAndTheApproversOfItsTierDecideFromTheCommandLine() throws IOException {
        String url = central.server.uri().toString();
        Path catalog = Terminal.sample(dir, "catalog.yaml");
        assertThat(run("--data-dir", dir.resolve("admin").toString(), "catalog", "publish", catalog.toString(),
                "--server", url, "--token", token("carl", "catalog-owner"))).as(err.toString()).isZero();
        String data = dir.resolve("laptop").toString();
        String id = "0e7a5f13-2c64-4b8e-a1d9-7f3e6c2b9a02";
        assertThat(run("--data-dir", data, "promise", "import", Terminal.sample(dir, "promise-ostwind.json").toString()))
                .isZero();
        assertThat(run("--data-dir", data, "sync", "--server", url, "--token", token("anna", "rep"))).isZero();

        assertThat(run("--data-dir", data, "promise", "request-approval", "--today", "2026-11-23", id,
                "--line", "1", "--reason", "x")).isEqualTo(65);
        assertThat(err.toString()).contains("line 1 does not need approval: the checker says STANDARD");
        assertThat(run("--data-dir", data, "promise", "request-approval", "--today", "2026-11-23", id,
                "--line", "6", "--reason", "Their season starts in March")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("tier 2").contains("sales-lead, product");
        assertThat(run("--data-dir", data, "promise", "request-approval", "--today", "2026-11-23", id,
                "--line", "6", "--reason", "Again"))
                .isEqualTo(65);
        assertThat(err.toString()).contains("already requested");
        assertThat(run("--data-dir", data, "sync", "--quiet")).isZero();
        assertThat(out.toString()).contains("pushed 1");
        assertThat(section(summaryText(data, id), "Telematics box G3")).as("requested, not yet approved")
                .isEqualTo("Awaiting confirmation");

        String lena = token("lena", "approver:sales-lead");
        String approver = dir.resolve("lena").toString();
        assertThat(run("--data-dir", approver, "requests", "list", "--server", url, "--token", lena, "--format", "json"))
                .as(err.toString()).isZero();
        assertThat(out.toString()).contains("Their season starts in March").contains("\"rep\" : \"anna\"")
                .as("a field named line counts from 1, as --line 6 did").contains("\"line\" : 6,");
        String request = out.toString().replaceAll("(?s).*?\"id\" : \"([^\"]+)\".*", "$1");
        assertThat(run("--data-dir", approver, "requests", "decide", request, "--reject", "--server", url, "--token", lena))
                .isEqualTo(65);
        assertThat(err.toString()).contains("--reject needs --note");
        assertThat(run("--data-dir", approver, "requests", "decide", request, "--approve", "--note", "Fine",
                "--server", url, "--token", lena)).as(err.toString()).isZero();
        assertThat(out.toString()).contains("PENDING, waiting for product");
        assertThat(run("--data-dir", approver, "requests", "decide", request, "--approve", "--server", url, "--token", lena))
                .isEqualTo(65);
        assertThat(err.toString()).contains("already decided");
        assertThat(run("--data-dir", approver, "requests", "decide", request, "--approve", "--server", url,
                "--token", token("pat", "approver:product"))).isZero();
        assertThat(out.toString()).contains("It is now APPROVED");

        assertThat(run("--data-dir", data, "sync", "--quiet")).isZero();
        try (var store = com.promisedesk.store.LocalStore.open(dir.resolve("laptop"))) {
            var decided = store.requests().latest(java.util.UUID.fromString(id), 5).orElseThrow();
            assertThat(decided.status().name()).isEqualTo("APPROVED");
            assertThat(decided.decisions()).extracting(d -> d.approver()).containsExactly("lena", "pat");
        }
        assertThat(section(summaryText(data, id), "Telematics box G3")).as("approved: the summary promises it")
                .isEqualTo("What we will deliver");
        Path issued = dir.resolve("revision-1.txt");
        assertThat(run("--data-dir", data, "promise", "export", id, "--date", "2026-11-23", "--format", "txt", "--out", issued.toString(),
                "--issue")).as(err.toString()).isZero();
        assertThat(section(Files.readString(issued), "Telematics box G3")).as("and so does the revision issued")
                .isEqualTo("What we will deliver");
    }

    /** The text summary of stored promise {@code id}, as the rep would print it. */
    private String summaryText(String data, String id) throws IOException {
        Path file = dir.resolve("summary-" + System.nanoTime() + ".txt");
        assertThat(run("--data-dir", data, "promise", "export", id, "--date", "2026-11-23", "--format", "txt",
                "--out", file.toString()))
                .as(err.toString()).isZero();
        return Files.readString(file);
    }

    /** The heading of the summary's section that names {@code what} first. */
    private static String section(String summary, String what) {
        assertThat(summary).contains(what);
        String before = summary.substring(0, summary.indexOf(what));
        List<String> headings = List.of("What we will deliver", "Awaiting confirmation", "Not included");
        assertThat(headings).as("a section heading comes before " + what).anyMatch(before::contains);
        return headings.stream().max(java.util.Comparator.comparingInt(before::lastIndexOf)).orElseThrow();
    }

    @Test
    void plainHttpToAnotherMachineIsRefusedAndABadTokenExits77() {
        String data = dir.resolve("laptop").toString();
        assertThat(run("--data-dir", data, "sync", "--server", "http://promises.example.com", "--token", "pd_x"))
                .isEqualTo(64);
        assertThat(err.toString()).contains("refusing plain http://").contains("--insecure-http");
        assertThat(run("--data-dir", data, "sync", "--server", central.server.uri().toString(), "--token", "pd_wrong"))
                .isEqualTo(77);
        assertThat(err.toString()).contains("refused the token");
    }
}
