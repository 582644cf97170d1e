package com.promisedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.promisedesk.Slow;
import com.promisedesk.store.LocalStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.OptionalLong;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * promise deliver|cancel-line|withdraw|delivery and record against a real store, as a script uses
 * them: the sample Northwind promise agreed, its lines delivered on time, late and cancelled, until
 * it ends broken and the customer's record says so; bad input names the field and writes nothing.
 */
@Slow
class DeliveryCommandTest {

    private static final String NORTHWIND = "c41f9b27-5d08-4a6e-b3f2-9e8d7c6b5a03";
    private static final String SECOND = "c41f9b27-0000-4000-8000-000000000002";
    /** Today for every command: after the last line's promised day. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2027-04-30T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CommandLine commandLine = PromiseDeskCommand.commandLine(CLOCK, (d, m) -> OptionalLong.empty());
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        String[] inOwnFolder = new String[args.length + 2];
        inOwnFolder[0] = "--data-dir";
        inOwnFolder[1] = dir.resolve("data").toString();
        System.arraycopy(args, 0, inOwnFolder, 2, args.length);
        return commandLine.execute(inOwnFolder);
    }

    @BeforeEach
    void importAgreedPromises() throws IOException {
        assertThat(run("catalog", "import", Terminal.sample(dir, "catalog.yaml").toString())).as(err.toString()).isZero();
        String agreed = Files.readString(Terminal.sample(dir, "promise-northwind.json"))
                .replaceFirst("\"start\"", "\"status\": \"AGREED\", \"agreedOn\": \"2026-11-23\", \"start\"");
        Files.writeString(dir.resolve("a.json"), agreed);
        Files.writeString(dir.resolve("b.json"), agreed.replace(NORTHWIND, SECOND));
        assertThat(run("promise", "import", dir.resolve("a.json").toString())).as(err.toString()).isZero();
        assertThat(run("promise", "import", dir.resolve("b.json").toString())).as(err.toString()).isZero();
    }

    @Test
    void linesDeliveredOnTimeLateAndCancelledEndThePromiseBrokenAndTheRecordSaysSo() {
        assertThat(run("promise", "delivery", NORTHWIND)).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Agreed").contains("1  2026-12-04").contains("overdue by 147 days")
                .contains("Nothing delivered yet");

        assertThat(run("promise", "deliver", "c41f9b27-5d08", "1", "--on", "2026-12-04")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Line 1 (").contains("delivered 2026-12-04;").contains("in delivery");
        assertThat(run("promise", "deliver", NORTHWIND, "2", "--on", "18.12.2026")).isZero();
        assertThat(out.toString()).contains("delivered 2026-12-18, 3 days late");
        assertThat(run("promise", "cancel-line", NORTHWIND, "3", "--on", "2027-01-10", "--reason", "The G3 box is retired"))
                .as(err.toString()).isZero();
        assertThat(out.toString()).contains("cancelled 2027-01-10: The G3 box is retired");
        for (String line : new String[] {"4", "5", "6", "7"}) {
            assertThat(run("promise", "deliver", NORTHWIND, line, "--on", "2027-04-01")).as(err.toString()).isZero();
        }
        assertThat(out.toString()).contains("the promise is broken");

        assertThat(run("promise", "delivery", NORTHWIND, "--format", "json")).isZero();
        assertThat(out.toString()).contains("\"status\" : \"BROKEN\"").contains("\"outcome\" : \"BROKEN\"")
                .contains("\"daysLate\" : 3").contains("\"state\" : \"CANCELLED\"").contains("\"kind\" : \"CANCELLED\"");
        assertThat(run("promise", "delivery", NORTHWIND)).isZero();
        assertThat(out.toString()).contains("History:").contains("line 3 cancelled by us 2027-01-10: The G3 box is retired");

        assertThat(run("promise", "withdraw", SECOND, "--on", "2027-02-01", "--reason", "Budget frozen")).isZero();
        assertThat(out.toString()).contains("withdrawn by the customer").contains("the promise is withdrawn");

        assertThat(run("record")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Northwind").contains("0 of 1 kept (0%)  (on time 0, late 0, broken 1, withdrawn 1)");
        assertThat(run("record", "--customer", " northwind traders ", "--from", "2027-04-01", "--to", "2027-04-30",
                "--format", "json")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("\"broken\" : 1").contains("\"withdrawn\" : 0").contains("\"shareKept\" : 0.0");
        assertThat(run("record", "--from", "2027-01-01", "--to", "2027-03-01")).isZero();
        assertThat(out.toString()).contains("withdrawn 1)").doesNotContain("broken 1");
    }

    @Test
    void badInputNamesTheFieldAndWritesNothing() throws Exception {
        assertThat(run("promise", "deliver", NORTHWIND, "1", "--on", "2027-05-01")).isEqualTo(65);
        assertThat(err.toString()).contains("--on 2027-05-01 is in the future").doesNotContain("Exception");
        assertThat(run("promise", "deliver", NORTHWIND, "8")).isEqualTo(64);
        assertThat(err.toString()).contains("LINE must be between 1 and 7");
        assertThat(run("promise", "cancel-line", NORTHWIND, "1", "--reason", "  ")).isEqualTo(65);
        assertThat(err.toString()).contains("--reason is required when a line is cancelled");
        assertThat(run("promise", "cancel-line", NORTHWIND, "1")).isEqualTo(64);
        assertThat(err.toString()).contains("--reason");
        assertThat(run("promise", "withdraw", NORTHWIND, "--on", "someday", "--reason", "x")).isEqualTo(64);
        assertThat(err.toString()).contains("--on").contains("\"someday\" is not a date");
        assertThat(run("record", "--from", "2027-02-01", "--to", "2027-01-01")).isEqualTo(64);
        assertThat(err.toString()).contains("--to 2027-01-01 is before --from 2027-02-01");
        assertThat(run("record", "--customer", "Nobody Ltd")).isEqualTo(65);
        assertThat(err.toString()).contains("--customer \"Nobody Ltd\"");
        try (LocalStore store = LocalStore.open(dir.resolve("data"))) {
            assertThat(store.deliveries().marksOf(UUID.fromString(NORTHWIND))).isEmpty();
            assertThat(store.promises().find(UUID.fromString(NORTHWIND)).orElseThrow().status().name()).isEqualTo("AGREED");
        }
    }

    @Test
    void aPromiseNotAgreedTakesNoDeliveryAndAnEndedOneNoMore() throws IOException {
        assertThat(run("promise", "import", Terminal.sample(dir, "promise-ostwind.json").toString())).isZero();
        assertThat(run("promise", "deliver", "0e7a5f13", "1")).isEqualTo(65);
        assertThat(err.toString()).contains("once the promise is agreed").contains("Draft");
        assertThat(run("promise", "withdraw", SECOND, "--reason", "Budget frozen")).isZero();
        assertThat(run("promise", "deliver", SECOND, "1")).isEqualTo(65);
        assertThat(err.toString()).contains("its status is Withdrawn");
    }

    @Test
    void milestonesAreProposedFromTheLinesAndTheCustomersDueDatesAndKeptWhole() {
        assertThat(run("promise", "milestone", "propose", NORTHWIND)).as(err.toString()).isZero();
        assertThat(out.toString()).contains("proposed  2026-12-04  Lines 1, 5 delivered: Fleet analytics platform, Standard support")
                .contains("proposed  2026-12-08  From the customer: Driver roster with licence numbers")
                .contains("Keep them with --keep");
        int proposed = (int) out.toString().lines().filter(l -> l.contains("proposed")).count();
        assertThat(run("promise", "milestone", "list", NORTHWIND)).isZero();
        assertThat(out.toString()).as("printing adds nothing").contains("no milestones yet");

        assertThat(run("promise", "milestone", "propose", NORTHWIND, "--keep")).as(err.toString()).isZero();
        assertThat(run("promise", "milestone", "list", NORTHWIND)).isZero();
        assertThat(out.toString().lines()).hasSize(proposed).first().asString().startsWith("1  open  2026-12-04  Lines 1, 5");
        assertThat(run("promise", "milestone", "propose", NORTHWIND, "--keep")).isEqualTo(65);
        assertThat(err.toString()).contains("already has " + proposed + " milestones");

        assertThat(run("promise", "milestone", "done", NORTHWIND, "1")).isZero();
        assertThat(run("promise", "delivery", NORTHWIND)).isZero();
        assertThat(out.toString().lines().findFirst().orElseThrow()).as("a milestone done starts delivery").endsWith("In delivery");
    }
}
