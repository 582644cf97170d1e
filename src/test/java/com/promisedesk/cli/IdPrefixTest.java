package com.promisedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.promisedesk.Slow;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ids as lists print them shortened: any unique start of 8 or more characters names the promise or request. */
@Slow
class IdPrefixTest {

    private static final String OSTWIND = "0e7a5f13-2c64-4b8e-a1d9-7f3e6c2b9a02";

    @TempDir
    Path dir;

    @Test
    void aPromiseIsNamedByTheStartOfItsIdUnlessTwoShareIt() throws Exception {
        try (CentralStoreAtHand cli = new CentralStoreAtHand(dir.resolve("central"))) {
            String data = dir.resolve("laptop").toString();
            Path ostwind = Terminal.sample(dir, "promise-ostwind.json");
            cli.runOk("--data-dir", data, "catalog", "import", Terminal.sample(dir, "catalog.yaml").toString());
            cli.runOk("--data-dir", data, "promise", "import", ostwind.toString());

            cli.runOk("--data-dir", data, "promise", "show", "0e7a5f13");
            assertThat(cli.out.toString()).contains("id " + OSTWIND);
            cli.runOk("--data-dir", data, "promise", "milestone", "list", "0E7A5F13-2c64…");
            cli.runOk("--data-dir", data, "promise", "export", "0e7a5f13", "--format", "txt", "--out",
                    dir.resolve("s.txt").toString());

            assertThat(cli.run("--data-dir", data, "promise", "show", "0e7a5f1")).isEqualTo(64);
            assertThat(cli.err.toString()).startsWith("error: \"0e7a5f1\" is too short for a promise id: give at least 8");

            for (String twin : new String[] {"0e7a5f13-0000-4000-8000-000000000001", "0e7a5f13-0000-4000-8000-000000000002"}) {
                Path file = dir.resolve(twin + ".json");
                Files.writeString(file, Files.readString(ostwind).replace(OSTWIND, twin));
                cli.runOk("--data-dir", data, "promise", "import", file.toString());
            }
            assertThat(cli.run("--data-dir", data, "promise", "show", "0e7a5f13")).isEqualTo(64);
            assertThat(cli.err.toString()).startsWith("error: 0e7a5f13 is the start of 3 promise ids (")
                    .contains(OSTWIND).contains("0e7a5f13-0000-4000-8000-000000000001")
                    .contains("0e7a5f13-0000-4000-8000-000000000002");
            cli.runOk("--data-dir", data, "promise", "show", "0e7a5f13-2c");
            assertThat(cli.run("--data-dir", data, "promise", "show", "99999999")).isEqualTo(65);
            assertThat(cli.err.toString()).startsWith("error: No promise 99999999 in");
        }
    }

    @Test
    void anApproverDecidesARequestByTheStartOfItsId() throws Exception {
        try (CentralStoreAtHand cli = new CentralStoreAtHand(dir.resolve("central"))) {
            cli.runOk("--data-dir", dir.resolve("carl").toString(), "catalog", "publish",
                    Terminal.sample(dir, "catalog.yaml").toString(), "--server", cli.url(), "--token",
                    cli.token("carl", "catalog-owner"));
            String data = dir.resolve("laptop").toString();
            cli.runOk("--data-dir", data, "promise", "import", Terminal.sample(dir, "promise-ostwind.json").toString());
            cli.runOk("--data-dir", data, "sync", "--quiet", "--server", cli.url(), "--token", cli.token("anna", "rep"));
            cli.runOk("--data-dir", data, "promise", "request-approval", "0e7a5f13", "--line", "6", "--reason", "Season");
            cli.runOk("--data-dir", data, "sync", "--quiet");
            String lena = cli.token("lena", "approver:sales-lead");
            String approver = dir.resolve("lena").toString();
            cli.runOk("--data-dir", approver, "requests", "list", "--server", cli.url(), "--token", lena);
            String request = cli.out.toString().strip().split("\\s+")[0];

            cli.runOk("--data-dir", approver, "requests", "decide", request.substring(0, 8), "--approve", "--server",
                    cli.url(), "--token", lena);
            assertThat(cli.out.toString()).startsWith("Approved request " + request);
            assertThat(cli.run("--data-dir", approver, "requests", "decide", request.substring(0, 4), "--approve",
                    "--server", cli.url(), "--token", lena)).isEqualTo(64);
            assertThat(cli.err.toString()).contains("give at least 8 characters of it (see requests list)");
        }
    }
}
