package com.promisedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.promisedesk.Slow;
import com.promisedesk.server.CentralServer;
import com.promisedesk.server.ServerCommand;
import com.promisedesk.server.ServerDatabase;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * Every command of the jar's tree against the bad inputs a user meets first: each answers
 * with its documented exit code and one or two plain lines on stderr, never a Java name, a
 * stack trace or SQL; {@code --verbose} may add the details. A command added to the tree
 * without rows here fails {@link #everyCommandHasRows()}.
 */
@Slow
class BadInputTableTest {

    /** A Java class or exception name, as a user must never read one. */
    private static final Pattern JAVA_NAME = Pattern.compile("\\b[a-z]+\\.[a-z]+\\.[A-Z]\\w+|\\w+(Exception|Error)\\b");

    @TempDir
    static Path dir;

    private static ServerDatabase database;
    private static CentralServer server;
    private static ServerSocket busyPort;
    private static Map<String, String> values;

    /** One row: the command (its qualified name), the bad input, the arguments and the documented exit code. */
    record Row(String command, String input, String args, int exit) {
        @Override
        public String toString() {
            return command + " · " + input;
        }
    }

    private static Row row(String command, String input, String args, int exit) {
        return new Row(command, input, args, exit);
    }

    static Stream<Row> rows() {
        String app = "promisedesk";
        return Stream.of(
                row(app, "no display", "", 69),
                row(app, "wrong option", "--colour", 64),
                row("app", "no display", "app", 69),
                row("app", "wrong option", "app --measure", 64),
                row("help", "unknown command", "help nosuch", 64),
                row("check", "missing file", "check {missing}", 65),
                row("check", "directory instead of file", "check {folder}", 65),
                row("check", "unreadable file", "check {unreadable}", 65),
                row("check", "malformed JSON", "check {badJson} --catalog {catalog}", 65),
                row("check", "malformed YAML", "check {promise} --catalog {badYaml}", 65),
                row("check", "wrong option", "check {promise} --format xml", 64),
                row("check", "corrupt local database", "--data-dir {corrupt} check {promise}", 74),
                row("export", "missing file", "export {missing} --catalog {catalog} --format txt --out {out}", 65),
                row("export", "malformed JSON", "export {badJson} --catalog {catalog} --format txt --out {out}", 65),
                row("export", "bad date", "export {promise} --catalog {catalog} --format txt --out {out} --date 2026-13-01", 64),
                row("export", "bad locale", "export {promise} --catalog {catalog} --format txt --out {out} --locale klingon", 64),
                row("export", "unwritable output", "export {promise} --catalog {catalog} --format txt --out /proc/x.txt", 74),
                row("catalog", "no subcommand", "catalog", 64),
                row("catalog validate", "missing file", "catalog validate {missing}", 65),
                row("catalog validate", "directory instead of file", "catalog validate {folder}", 65),
                row("catalog validate", "malformed YAML", "catalog validate {badYaml}", 65),
                row("catalog import", "malformed YAML", "catalog import {badYaml}", 65),
                row("catalog import", "read-only data folder", "--data-dir {readOnly} catalog import {catalog}", 74),
                row("catalog import", "corrupt local database", "--data-dir {corrupt} catalog import {catalog}", 74),
                row("catalog publish", "malformed YAML", "catalog publish {badYaml} --server {url} --token {owner}", 65),
                row("catalog publish", "unreachable server", "catalog publish {catalog} --server {unreachable} --token {owner}", 75),
                row("catalog publish", "wrong server path", "catalog publish {catalog} --server {wrongPath} --token {owner}", 64),
                row("catalog publish", "revoked token", "catalog publish {catalog} --server {url} --token {revoked}", 77),
                row("promise", "no subcommand", "promise", 64),
                row("promise import", "missing file", "promise import {missing}", 65),
                row("promise import", "malformed JSON", "promise import {badJson}", 65),
                row("promise import", "read-only data folder", "--data-dir {readOnly} promise import {promise}", 74),
                row("promise import", "corrupt local database", "--data-dir {corrupt} promise import {promise}", 74),
                row("promise list", "wrong option", "promise list --format xml", 64),
                row("promise list", "read-only data folder", "--data-dir {readOnly} promise list", 74),
                row("promise list", "corrupt local database", "--data-dir {corrupt} promise list", 74),
                row("promise show", "unknown id", "promise show 99999999", 65),
                row("promise show", "ambiguous prefix", "promise show abcdef12", 64),
                row("promise show", "too short a prefix", "promise show 0e7a", 64),
                row("promise show", "corrupt local database", "--data-dir {corrupt} promise show 0e7a5f13", 74),
                row("promise export", "unknown id", "promise export 99999999 --format txt --out {out}", 65),
                row("promise export", "ambiguous prefix", "promise export abcdef12 --format txt --out {out}", 64),
                row("promise export", "bad date", "promise export 0e7a5f13 --format txt --out {out} --date 2026-02-30", 64),
                row("promise export", "unwritable output", "promise export 0e7a5f13 --format txt --out {inTheWay}/x.txt", 74),
                row("promise request-approval", "line out of range", "promise request-approval 0e7a5f13 --line 11 --reason x", 64),
                row("promise request-approval", "unknown id", "promise request-approval 99999999 --line 1 --reason x", 65),
                row("promise request-approval", "ambiguous prefix", "promise request-approval abcdef12 --line 1 --reason x", 64),
                row("promise request-approval", "wrong option", "promise request-approval 0e7a5f13 --line one --reason x", 64),
                row("promise milestone", "no subcommand", "promise milestone", 64),
                row("promise milestone add", "bad date", "promise milestone add 0e7a5f13 --text x --due 2026-13-01", 64),
                row("promise milestone add", "unknown id", "promise milestone add 99999999 --text x --due 2026-12-20", 65),
                row("promise milestone add", "ambiguous prefix", "promise milestone add abcdef12 --text x --due 2026-12-20", 64),
                row("promise milestone done", "unknown id", "promise milestone done 99999999 1", 65),
                row("promise milestone done", "wrong option", "promise milestone done 0e7a5f13 first", 64),
                row("promise milestone undone", "ambiguous prefix", "promise milestone undone abcdef12 1", 64),
                row("promise milestone undone", "unknown milestone", "promise milestone undone 0e7a5f13 9", 65),
                row("promise milestone list", "unknown id", "promise milestone list 99999999", 65),
                row("promise milestone list", "corrupt local database", "--data-dir {corrupt} promise milestone list 0e7a5f13", 74),
                row("notice", "no subcommand", "notice", 64),
                row("notice draft", "unknown id", "notice draft 99999999 --plan x", 65),
                row("notice draft", "ambiguous prefix", "notice draft abcdef12 --plan x", 64),
                row("notice draft", "promise not agreed", "notice draft 0e7a5f13 --changed x --plan y", 65),
                row("notice draft", "bad date", "notice draft 0e7a5f13 --today 2026-13-01", 64),
                row("notice draft", "corrupt local database", "--data-dir {corrupt} notice draft 0e7a5f13", 74),
                row("notice export", "no notice", "notice export 0e7a5f13 --format pdf --out {out}", 65),
                row("notice export", "wrong option", "notice export 0e7a5f13 --format doc --out {out}", 64),
                row("notice export", "unknown id", "notice export 99999999 --format pdf --out {out}", 65),
                row("notice export", "corrupt local database", "--data-dir {corrupt} notice export 0e7a5f13 --format pdf --out {out}", 74),
                row("notice sent", "no notice", "notice sent 0e7a5f13", 65),
                row("notice sent", "ambiguous prefix", "notice sent abcdef12", 64),
                row("notice sent", "corrupt local database", "--data-dir {corrupt} notice sent 0e7a5f13", 74),
                row("sync", "nothing configured", "--data-dir {empty} sync", 64),
                row("sync", "unreachable server", "sync --server {unreachable} --token {rep}", 75),
                row("sync", "wrong server path", "sync --server {wrongPath} --token {rep}", 64),
                row("sync", "revoked token", "sync --server {url} --token {revoked}", 77),
                row("sync", "batch out of range", "sync --batch 0", 64),
                row("sync", "read-only data folder", "--data-dir {readOnly} sync --server {url} --token {rep}", 74),
                row("sync", "corrupt local database", "--data-dir {corrupt} sync --server {url} --token {rep}", 74),
                row("store", "no subcommand", "store", 64),
                row("store backup", "missing file name", "store backup", 64),
                row("store backup", "unwritable output", "store backup /proc/backup.db", 74),
                row("store backup", "corrupt local database", "--data-dir {corrupt} store backup {out}", 74),
                row("conflicts", "no subcommand", "conflicts", 64),
                row("conflicts list", "wrong option", "conflicts list --format xml", 64),
                row("conflicts list", "corrupt local database", "--data-dir {corrupt} conflicts list", 74),
                row("conflicts resolve", "unknown id", "conflicts resolve 99999999 --take yours", 65),
                row("conflicts resolve", "too short a prefix", "conflicts resolve 0e7a --take yours", 64),
                row("conflicts resolve", "wrong option", "conflicts resolve 99999999 --take mine", 64),
                row("conflicts resolve", "corrupt local database", "--data-dir {corrupt} conflicts resolve 99999999 --take yours", 74),
                row("requests", "no subcommand", "requests", 64),
                row("requests list", "nothing configured", "--data-dir {empty} requests list", 64),
                row("requests list", "unreachable server", "requests list --server {unreachable} --token {approver}", 75),
                row("requests list", "wrong server path", "requests list --server {wrongPath} --token {approver}", 64),
                row("requests list", "revoked token", "requests list --server {url} --token {revoked}", 77),
                row("requests decide", "both choices", "requests decide 1d7dca42 --approve --reject --server {url} --token {approver}", 64),
                row("requests decide", "no choice", "requests decide 1d7dca42 --server {url} --token {approver}", 64),
                row("requests decide", "unknown id", "requests decide 1d7dca42 --approve --server {url} --token {approver}", 65),
                row("requests decide", "too short a prefix", "requests decide 1d7d --approve --server {url} --token {approver}", 64),
                row("requests decide", "unreachable server", "requests decide 1d7dca42 --approve --server {unreachable} --token {approver}", 75),
                row("requests decide", "wrong server path", "requests decide 1d7dca42 --approve --server {wrongPath} --token {approver}", 64),
                row("requests decide", "revoked token", "requests decide 1d7dca42 --approve --server {url} --token {revoked}", 77),
                row("server", "port in use", "--data-dir {central2} server --port {busyPort}", 69),
                row("server", "port out of range", "--data-dir {central2} server --port 70000", 64),
                row("server", "wrong option", "server --port eighty", 64),
                row("server", "read-only data folder", "--data-dir {readOnly} server --port 0", 74),
                row("server", "corrupt central store", "--data-dir {corruptCentral} server --port 0", 74),
                row("server signin-link", "wrong option", "--data-dir {central} server signin-link", 64),
                row("server signin-link", "no live token", "--data-dir {central} server signin-link --user nobody", 65),
                row("server signin-link", "corrupt central store", "--data-dir {corruptCentral} server signin-link --user x", 74),
                row("server token", "no subcommand", "server token", 64),
                row("server token create", "bad role", "--data-dir {central} server token create --user x --role boss", 64),
                row("server token create", "wrong option", "--data-dir {central} server token create --role rep", 64),
                row("server token create", "corrupt central store", "--data-dir {corruptCentral} server token create --user x --role rep", 74),
                row("server token list", "no central store", "--data-dir {empty} server token list", 64),
                row("server token list", "corrupt central store", "--data-dir {corruptCentral} server token list", 74),
                row("server token revoke", "unknown id", "--data-dir {central} server token revoke 000000000000", 65),
                row("server token revoke", "no central store", "--data-dir {empty} server token revoke 000000000000", 64));
    }

    /** Rows whose failure has a cause worth showing: with --verbose the details follow the plain line. */
    static Stream<Row> detailed() {
        Set<String> withCause = Set.of("unreachable server", "corrupt local database", "corrupt central store",
                "read-only data folder", "unwritable output", "bad date");
        return rows().filter(r -> withCause.contains(r.input()));
    }

    @BeforeAll
    static void world() throws Exception {
        database = ServerDatabase.sqlite(dir.resolve("central"));
        server = CentralServer.start(database, CentralServer.Settings.loopback(0), Clock.systemUTC());
        busyPort = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        Path store = dir.resolve("store");
        Path catalog = Terminal.sample(dir, "catalog.yaml");
        Path promise = Terminal.sample(dir, "promise-ostwind.json");
        quietly("--data-dir", store.toString(), "catalog", "import", catalog.toString());
        quietly("--data-dir", store.toString(), "promise", "import", promise.toString());
        // Two promises whose ids share their first 8 characters: a prefix of 8 names neither.
        String text = Files.readString(promise);
        for (String id : List.of("abcdef12-0000-4000-8000-000000000001", "abcdef12-0000-4000-8000-000000000002")) {
            Path twin = dir.resolve(id + ".json");
            Files.writeString(twin, text.replace("0e7a5f13-2c64-4b8e-a1d9-7f3e6c2b9a02", id));
            quietly("--data-dir", store.toString(), "promise", "import", twin.toString());
        }
        Files.writeString(dir.resolve("bad.json"), "{ \"id\": \"0e7a5f13-2c64-4b8e-a1d9-7f3e6c2b9a02\", \"lines\": [ ");
        Files.writeString(dir.resolve("bad.yaml"), "version: 2026.1\ncapabilities:\n  - code: [ oops\n");
        Files.createDirectories(dir.resolve("folder.json"));
        Files.createDirectories(dir.resolve("empty"));
        Path inTheWay = Files.writeString(dir.resolve("in-the-way"), "a file, not a folder");
        Files.createDirectories(dir.resolve("corrupt"));
        Files.write(dir.resolve("corrupt").resolve("promisedesk.db"), garbage());
        Files.createDirectories(dir.resolve("corrupt-central"));
        Files.write(dir.resolve("corrupt-central").resolve(ServerDatabase.SQLITE_FILE), garbage());
        String url = server.uri().toString();
        values = Map.ofEntries(
                Map.entry("store", store.toString()),
                Map.entry("catalog", catalog.toString()),
                Map.entry("promise", promise.toString()),
                Map.entry("missing", dir.resolve("no-such-promise.json").toString()),
                Map.entry("folder", dir.resolve("folder.json").toString()),
                Map.entry("unreadable", unreadable().toString()),
                Map.entry("badJson", dir.resolve("bad.json").toString()),
                Map.entry("badYaml", dir.resolve("bad.yaml").toString()),
                Map.entry("out", dir.resolve("summary.txt").toString()),
                Map.entry("inTheWay", inTheWay.toString()),
                Map.entry("empty", dir.resolve("empty").toString()),
                Map.entry("corrupt", dir.resolve("corrupt").toString()),
                Map.entry("corruptCentral", dir.resolve("corrupt-central").toString()),
                Map.entry("readOnly", readOnlyFolder().toString()),
                Map.entry("central", dir.resolve("central").toString()),
                Map.entry("central2", dir.resolve("central2").toString()),
                Map.entry("url", url),
                Map.entry("unreachable", "http://127.0.0.1:" + closedPort()),
                Map.entry("wrongPath", url + "/promisedesk"),
                Map.entry("busyPort", String.valueOf(busyPort.getLocalPort())),
                Map.entry("rep", token("anna", "rep")),
                Map.entry("owner", token("carl", "catalog-owner")),
                Map.entry("approver", token("lena", "approver:sales-lead")),
                Map.entry("revoked", revokedToken()));
    }

    @AfterAll
    static void stop() throws IOException {
        busyPort.close();
        server.stop();
        database.close();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void aBadInputIsAnsweredInOneOrTwoPlainLinesWithTheDocumentedExitCode(Row row) throws Exception {
        Run run = run(row, false);
        assertThat(run.exit()).as("exit code; stderr:%n%s", run.err()).isEqualTo(row.exit());
        List<String> lines = run.err().lines().filter(l -> !l.isBlank()).toList();
        assertThat(lines).as("stderr").hasSizeBetween(1, 2);
        assertThat(run.err()).as("stderr").doesNotContain("\tat ").doesNotContain("SQL State")
                .doesNotContainPattern(JAVA_NAME);
        assertThat(lines.get(0)).startsWith("error: ").doesNotContain("Error: ");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("detailed")
    void withVerboseTheDetailsFollowThePlainLine(Row row) throws Exception {
        Run plain = run(row, false);
        Run verbose = run(row, true);
        assertThat(verbose.exit()).isEqualTo(row.exit());
        assertThat(verbose.err()).startsWith(plain.err().lines().findFirst().orElseThrow())
                .containsPattern(JAVA_NAME).contains("\tat ");
    }

    @Test
    void everyCommandHasRows() {
        TreeSet<String> commands = new TreeSet<>();
        collect(PromiseDeskCommand.commandLine((d, m) -> OptionalLong.empty(), new ServerCommand()), commands);
        TreeSet<String> covered = new TreeSet<>();
        rows().forEach(r -> covered.add(r.command().equals("promisedesk") ? "promisedesk" : "promisedesk " + r.command()));
        assertThat(covered).as("commands with rows").containsAll(commands);
    }

    private static void collect(CommandLine command, TreeSet<String> names) {
        names.add(command.getCommandSpec().qualifiedName());
        command.getSubcommands().values().forEach(sub -> collect(sub, names));
    }

    private record Run(int exit, String err) {
    }

    private static Run run(Row row, boolean verbose) throws Exception {
        List<String> args = new ArrayList<>();
        if (verbose) {
            args.add("--verbose");
        }
        for (String arg : row.args().isBlank() ? new String[0] : row.args().split(" ")) {
            args.add(fill(arg));
        }
        if (!args.contains("--data-dir")) {
            args.addAll(0, List.of("--data-dir", values.get("store")));
        }
        if (row.input().equals("port in use")) {
            return inAProcess(args);
        }
        return assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            StringWriter err = new StringWriter();
            CommandLine commandLine = PromiseDeskCommand.commandLine((d, m) -> {
                // What JavaFX throws when the display it was given does not answer.
                throw new UnsupportedOperationException("Unable to open DISPLAY");
            }, new ServerCommand());
            commandLine.setOut(new PrintWriter(new StringWriter(), true));
            commandLine.setErr(new PrintWriter(err, true));
            int exit = commandLine.execute(args.toArray(String[]::new));
            return new Run(exit, err.toString());
        });
    }

    /** The real entry point in a process of its own: what it logs on stderr counts too. */
    private static Run inAProcess(List<String> args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "com.promisedesk.Main"));
        command.addAll(args);
        Path err = Files.createTempFile(dir, "stderr", ".txt");
        Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(err.toFile()).start();
        if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("still running after a minute: " + String.join(" ", args));
        }
        return new Run(process.exitValue(), Files.readString(err));
    }

    private static String fill(String arg) {
        String filled = arg;
        for (Map.Entry<String, String> value : values.entrySet()) {
            filled = filled.replace("{" + value.getKey() + "}", value.getValue());
        }
        return filled;
    }

    private static void quietly(String... args) {
        StringWriter err = new StringWriter();
        CommandLine commandLine = PromiseDeskCommand.commandLine((d, m) -> OptionalLong.empty(), new ServerCommand());
        commandLine.setOut(new PrintWriter(new StringWriter(), true));
        commandLine.setErr(new PrintWriter(err, true));
        assertThat(commandLine.execute(args)).as("%s: %s", Arrays.toString(args), err).isZero();
    }

    private static String token(String user, String role) throws Exception {
        return server.tokens().create(com.promisedesk.server.Principal.of(user, role)).token();
    }

    private static String revokedToken() throws Exception {
        var created = server.tokens().create(com.promisedesk.server.Principal.of("olaf", "rep"));
        server.tokens().revoke(created.id());
        return created.token();
    }

    private static byte[] garbage() {
        byte[] bytes = new byte[8192];
        new java.util.Random(15).nextBytes(bytes);
        return bytes;
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static boolean root() {
        return "root".equals(System.getProperty("user.name"));
    }

    /**
     * A file the user may not read. Root reads any file whatever its mode, so as root it is
     * one the kernel refuses to read ({@code /proc/self/mem} read from its start).
     */
    private static Path unreadable() throws IOException {
        if (root()) {
            return Path.of("/proc/self/mem");
        }
        Path file = Files.writeString(dir.resolve("secret.json"), "{}");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        return file;
    }

    /**
     * A data folder nothing can be written in. Root writes in any folder whatever its mode,
     * so as root it is a folder whose parent is a regular file: it can never be made.
     */
    private static Path readOnlyFolder() throws IOException {
        if (root()) {
            Path file = Files.writeString(dir.resolve("a-file"), "not a folder");
            return file.resolve("data");
        }
        Path folder = Files.createDirectories(dir.resolve("read-only"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        return folder;
    }
}
