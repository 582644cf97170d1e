package com.promisedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.promisedesk.Slow;
import com.promisedesk.sync.ConnectionCode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code server token create --address URL}: IT gets the connection code a rep pastes into the app. */
@Slow
class ConnectionCodeCommandTest extends CommandLineWithCentralStore {

    @Test
    void withAnAddressTheConnectionCodeFollowsTheTokenOnTheLastLine() throws Exception {
        String central = dir.resolve("central").toString();
        assertThat(run("--data-dir", central, "server", "token", "create", "--user", "anna", "--role", "rep",
                "--address", "https://promises.example.com/")).as(err.toString()).isZero();
        List<String> lines = out.toString().strip().lines().toList();

        assertThat(lines.get(lines.size() - 2))
                .isEqualTo("Connection code for the app (send it to anna; shown only now):");
        String token = lines.get(lines.size() - 3);
        ConnectionCode code = ConnectionCode.parse(lines.get(lines.size() - 1));
        assertThat(code.address()).isEqualTo("https://promises.example.com");
        assertThat(code.token()).isEqualTo(token).startsWith("pd_");
        assertThat(out.toString()).doesNotContain("--address URL");
        // The code's token is a live one: the store knows it.
        assertThat(this.central.server.tokens().authenticate(token)).isPresent();
    }

    @Test
    void withoutAnAddressItSaysHowToGetACodeAndTheTokenStaysAloneOnTheLastLine() {
        String central = dir.resolve("central").toString();
        assertThat(run("--data-dir", central, "server", "token", "create", "--user", "anna", "--role", "rep"))
                .as(err.toString()).isZero();
        List<String> lines = out.toString().strip().lines().toList();

        assertThat(lines.get(lines.size() - 1)).startsWith("pd_").doesNotContain(" ");
        assertThat(lines).filteredOn(line -> line.contains("connection code")).singleElement().asString()
                .isEqualTo("For a connection code a rep pastes into the app, add --address URL (the address reps"
                        + " reach the central store at, e.g. https://promises.example.com).");
        assertThat(out.toString()).doesNotContain(ConnectionCode.PREFIX);
    }

    @Test
    void plainHttpToAnotherMachineIsRefusedBeforeAnyTokenIsMade() throws Exception {
        String central = dir.resolve("central").toString();
        assertThat(run("--data-dir", central, "server", "token", "create", "--user", "anna", "--role", "rep",
                "--address", "http://10.0.0.5:8420")).isEqualTo(64);
        assertThat(err.toString().strip()).contains("--address: refusing plain http:// to 10.0.0.5: the app sends"
                + " its token to another machine only over https://");
        assertThat(out.toString()).doesNotContain("pd_");
        assertThat(this.central.server.tokens().list()).isEmpty();
        // On this machine plain http is fine, as for the app.
        assertThat(run("--data-dir", central, "server", "token", "create", "--user", "anna", "--role", "rep",
                "--address", "http://127.0.0.1:8420")).as(err.toString()).isZero();
        assertThat(ConnectionCode.parse(out.toString().strip().lines().reduce((a, b) -> b).orElseThrow()).address())
                .isEqualTo("http://127.0.0.1:8420");
    }
}
