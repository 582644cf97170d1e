package com.promisedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.promisedesk.Slow;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An address that reaches a web server but not the central store's endpoints: say the address looks wrong. */
@Slow
class WrongServerAddressTest {

    @TempDir
    Path dir;

    @Test
    void aPathAfterTheCentralStoresAddressIsToldAsAWrongAddress() throws Exception {
        try (CentralStoreAtHand central = new CentralStoreAtHand(dir.resolve("central"))) {
            String token = central.token("anna", "rep");
            String wrong = central.url() + "/promisedesk";

            assertThat(central.run("--data-dir", dir.resolve("laptop").toString(), "sync", "--server", wrong,
                    "--token", token)).as(central.err.toString()).isEqualTo(64);
            assertThat(central.err.toString()).isEqualTo("error: the central store at " + wrong + " answered 'not found'"
                    + " at /promisedesk/v1/me: is the address the central store's, e.g. http://host:8420 ?"
                    + System.lineSeparator());
            assertThat(central.run("--data-dir", dir.resolve("laptop").toString(), "requests", "list", "--server",
                    wrong, "--token", token)).isEqualTo(64);
            assertThat(central.err.toString()).contains("answered 'not found' at /promisedesk/v1/requests");
        }
    }

    @Test
    void anUnknownRequestIsStillNotFoundNotAWrongAddress() throws Exception {
        try (CentralStoreAtHand central = new CentralStoreAtHand(dir.resolve("central"))) {
            assertThat(central.run("--data-dir", dir.resolve("lena").toString(), "requests", "decide",
                    "1d7dca42-0000-4000-8000-000000000001", "--approve", "--server", central.url(), "--token",
                    central.token("lena", "approver:sales-lead"))).isEqualTo(65);
            assertThat(central.err.toString()).contains("not found or not yours").doesNotContain("address");
        }
    }
}
