package com.promisedesk.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ConnectionCodeTest {

    private static final String TOKEN = "pd_Xk3-9aQ_zz81LmnopQrstUvwXyz0123456789abcdE";

    @Test
    void aCodeReadsBackAsTheAddressAndTokenItWasMadeOf() throws SyncException {
        ConnectionCode made = new ConnectionCode("https://store.example.com:8443/promisedesk", TOKEN);

        ConnectionCode read = ConnectionCode.parse(made.text());

        assertThat(read).isEqualTo(made);
        assertThat(made.text()).startsWith("pdc1.").doesNotContain(" ", "/", ":");
    }

    @Test
    void spacesAndLineBreaksFromAMailProgramAreIgnored() throws SyncException {
        String text = new ConnectionCode("http://127.0.0.1:8080", TOKEN).text();
        String wrapped = "  " + text.substring(0, 20) + "\r\n " + text.substring(20) + "\n";

        assertThat(ConnectionCode.parse(wrapped).address()).isEqualTo("http://127.0.0.1:8080");
    }

    @Test
    void aCodeCutShortOrMistypedIsToldApartBeforeAnythingIsSent() {
        String text = new ConnectionCode("https://store.example.com", TOKEN).text();
        String oneCharChanged = text.substring(0, 30) + (text.charAt(30) == 'a' ? 'b' : 'a') + text.substring(31);

        for (String bad : new String[] {text.substring(0, text.length() - 3), oneCharChanged, "pdc1.", "pdc1.a.b"}) {
            assertThatThrownBy(() -> ConnectionCode.parse(bad)).isInstanceOf(SyncException.class)
                    .hasMessageContaining("incomplete or mistyped");
        }
    }

    @Test
    void aTokenOrAnAddressPastedAloneIsNotACode() {
        assertThat(ConnectionCode.looksLikeOne(TOKEN)).isFalse();
        assertThatThrownBy(() -> ConnectionCode.parse("https://store.example.com"))
                .hasMessageContaining("not a connection code");
    }

    @Test
    void theCodeNeverAppearsInItsOwnDescription() {
        assertThat(new ConnectionCode("https://store.example.com", TOKEN).toString())
                .doesNotContain(TOKEN).contains("store.example.com");
    }
}
