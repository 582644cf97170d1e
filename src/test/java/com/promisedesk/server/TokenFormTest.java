package com.promisedesk.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The Access page's make-a-token form: the rules of {@code server token create}, each problem
 * next to its field in the form's words, the address checked (and used) only for a rep.
 */
class TokenFormTest {

    private static final String RTL_OVERRIDE = "\u202E";

    private static TokenForm form(String user, String role, String approverRole, String email, String address) {
        return new TokenForm(user, role, approverRole, email, address, "mark");
    }

    @Test
    void aRepWithAnAddressAndAnEmailIsFine() {
        TokenForm form = form(" anna ", "rep", "", "anna@example.com", "https://promises.example.com");
        assertThat(form.fine()).isTrue();
        assertThat(form.principal()).isEqualTo(new Principal("anna", "rep"));
        assertThat(form.address()).isEqualTo("https://promises.example.com");
        assertThat(form.email()).isEqualTo("anna@example.com");
    }

    @Test
    void anApproverTakesTheRoleFromItsOwnField() {
        TokenForm form = form("lena", "approver", "sales-lead", "", "http://10.0.0.5:8420");
        assertThat(form.fine()).as(form.view().errors().toString()).isTrue();
        assertThat(form.principal().role()).isEqualTo("approver:sales-lead");
        assertThat(form.address()).as("no connection code but a rep's").isNull();
        assertThat(form.email()).isNull();
    }

    @Test
    void eachProblemIsNamedAtItsField() {
        assertThat(form("", "rep", "", "", "").view().errors())
                .containsOnlyKeys("user").containsValue("Give the person's user name, such as anna or lena.berg.");
        assertThat(form("<script>", "rep", "", "lena@", "http://10.0.0.5:8420").view().errors())
                .containsOnlyKeys("user", "email", "address")
                .containsEntry("user", "The user name must be 1 to 200 letters, digits or . _ @ - (starting with a letter"
                        + " or digit); was \"\u2068<script>\u2069\"")
                .containsEntry("email", "This must be an e-mail address such as lena@example.com (at most 320 characters).");
        assertThat(form("anna", "rep", "", "", "http://10.0.0.5:8420").view().error("address"))
                .startsWith("Refusing plain http:// to 10.0.0.5: the app sends its token to another machine only over https://");
        assertThat(form("anna", "boss", "", "", "").view().errors()).containsOnlyKeys("role");
        assertThat(form("lena", "approver", "", "", "").view().error("approverRole"))
                .startsWith("An approver needs the role they decide for");
        assertThat(form("lena", "approver", "Sales Lead", "", "").view().error("approverRole"))
                .endsWith("was \"\u2068Sales Lead\u2069\".");
    }

    @Test
    void aLongNameIsQuotedBackShort() {
        String error = form("x".repeat(300) + "<", "rep", "", "", "").view().error("user");
        assertThat(error).endsWith("was \"\u2068" + "x".repeat(80) + "…\u2069\" (301 characters)").hasSizeLessThan(250);
        assertThat(form(RTL_OVERRIDE + "x".repeat(2_000), "rep", "", "", "").view().error("user"))
                .as("the override stays inside the quote").endsWith("…\u2069\" (2,001 characters)");
    }
}
