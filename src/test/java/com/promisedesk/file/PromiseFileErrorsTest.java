package com.promisedesk.file;

import static com.promisedesk.file.FileTexts.PROMISE_JSON;
import static com.promisedesk.file.FileTexts.replaceOnce;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Each bad promise is the good one with one snippet changed; the message must name the right line, field and why. */
class PromiseFileErrorsTest {

    record Bad(String find, String replacement, int line, String field, String why) {
    }

    static Stream<Arguments> badPromises() {
        return Stream.of(
                bad("bad uuid", "\"6b1f3c2a-9d4e-4f5a-8b7c-1d2e3f4a5b6c\"", "\"6b1f3c2a\"",
                        2, "id", "must be a UUID such as"),
                bad("line with capability and bespoke", "{ \"capability\": \"ONB-STD\",",
                        "{ \"capability\": \"ONB-STD\", \"bespoke\": \"Also this\",",
                        7, "lines[0].bespoke", "either a catalog capability or a bespoke item, not both"),
                bad("line with neither", "{ \"capability\": \"SUP-PREM\",", "{",
                        8, "lines[1].capability", "either a catalog capability or a bespoke item, not neither"),
                bad("zero quantity", "\"quantity\": 1", "\"quantity\": 0",
                        7, "lines[0].quantity", "must be at least 1, was 0"),
                bad("negative quantity", "\"quantity\": 1", "\"quantity\": -3",
                        7, "lines[0].quantity", "must be at least 1, was -3"),
                // Above the bound, two lines of a week would overflow the team's summed bookings.
                bad("quantity above the bound", "\"quantity\": 1", "\"quantity\": 2147483647",
                        7, "lines[0].quantity", "must be at most 1,000,000, was 2,147,483,647"),
                bad("quantity as text", "\"quantity\": 1", "\"quantity\": \"abc\"",
                        7, "lines[0].quantity", "must be a whole number, was \"abc\""),
                bad("expectation links a line that does not exist", "\"lines\": [0], \"status\"", "\"lines\": [0, 5], \"status\"",
                        11, "expectations[0].lines[1]", "links line 5, but the promise has 3 lines (numbered from 0)"),
                bad("responsibility links a negative line", "\"lines\": [0] } ],\n  \"extras\"", "\"lines\": [-1] } ],\n  \"extras\"",
                        12, "responsibilities[0].lines[0]", "links line -1"),
                bad("start not an ISO date", "\"2026-11-23\"", "\"23/11/2026\"",
                        5, "start", "must be a date written YYYY-MM-DD, was \"23/11/2026\""),
                bad("line date not an ISO date", "\"2026-12-15\"", "\"next week\"",
                        7, "lines[0].date", "must be a date written YYYY-MM-DD"),
                bad("language not one of the five", "\"start\": \"2026-11-23\",", "\"start\": \"2026-11-23\", \"language\": \"it\",",
                        5, "language", "must be one of en, de, fr, es or pl; was \"it\""),
                bad("language as a locale", "\"start\": \"2026-11-23\",", "\"start\": \"2026-11-23\", \"language\": \"de-DE\",",
                        5, "language", "must be one of en, de, fr, es or pl; was \"de-DE\""),
                bad("unknown field", "\"title\":", "\"titel\":",
                        4, "titel", "is not a known field; allowed here: id, customer, title"),
                bad("unknown expectation status", "\"status\": \"OPEN\"", "\"status\": \"DONE\"",
                        11, "expectations[0].status", "must be one of OPEN, CONFIRMED, CLARIFIED, NOT_MET; was \"DONE\""),
                bad("clarified without the clarified wording", "\"status\": \"OPEN\"", "\"status\": \"clarified\"",
                        11, "expectations[0].clarified", "is required when the status is CLARIFIED"),
                bad("unknown promise status", "\"title\":", "\"status\": \"SIGNED\", \"title\":",
                        4, "status", "must be one of DRAFT, READ_BACK, AGREED"),
                bad("agreed day on a promise not agreed", "\"title\":", "\"agreedOn\": \"2026-11-30\", \"title\":",
                        4, "agreedOn", "must be left out while the promise is DRAFT: it has not been agreed"),
                bad("agreed day not an ISO date", "\"title\":", "\"status\": \"AGREED\", \"agreedOn\": \"30.11.\", \"title\":",
                        4, "agreedOn", "must be a date written YYYY-MM-DD, was \"30.11.\""),
                bad("missing customer name", "\"name\": \"Northwind Traders\", ", "",
                        3, "customer.name", "is required"),
                bad("missing title", "  \"title\": \"Fleet analytics rollout\",\n", "",
                        1, "title", "is required"),
                bad("term that is not a number", "\"responseHours\": 4", "\"responseHours\": \"four\"",
                        8, "lines[1].terms.responseHours", "must be a number, was \"four\""),
                bad("extras not a list", "[ { \"text\": \"Two extra training seats, one-time\" } ]", "{ \"text\": \"Two\" }",
                        13, "extras", "must be a list, was a mapping"),
                bad("empty extra", "\"Two extra training seats, one-time\"", "\"  \"",
                        13, "extras[0].text", "must not be empty"),
                bad("JSON syntax error", "\"title\": \"Fleet analytics rollout\",", "\"title\": \"Fleet analytics rollout\"",
                        5, "", "not valid JSON"));
    }

    private static Arguments bad(String name, String find, String replacement, int line, String field, String why) {
        return Arguments.of(Named.of(name, new Bad(find, replacement, line, field, why)));
    }

    @ParameterizedTest
    @MethodSource("badPromises")
    void namesTheLineFieldAndWhy(Bad bad) {
        BadFileException e = reject(replaceOnce(PROMISE_JSON, bad.find(), bad.replacement()));

        assertThat(e.file()).isEqualTo("promise.json");
        assertThat(e.line()).as(e.getMessage()).isEqualTo(bad.line());
        assertThat(e.field()).as(e.getMessage()).isEqualTo(bad.field());
        assertThat(e.why()).as(e.getMessage()).contains(bad.why()).doesNotContain("[Source", "\n");
    }

    /** What a draft with nothing promised yet says is {@code "lines": []}; without it the file is incomplete. */
    @ParameterizedTest
    @ValueSource(strings = {"", ",\n  \"lines\": null"})
    void rejectsAPromiseWithoutLines(String lines) {
        BadFileException e = reject("{\n  \"customer\": { \"name\": \"Northwind Traders\" },\n"
                + "  \"title\": \"Fleet analytics rollout\",\n  \"start\": \"2026-11-23\"" + lines + "\n}\n");

        assertThat(e.file()).isEqualTo("promise.json");
        assertThat(e.field()).as(e.getMessage()).isEqualTo("lines");
        assertThat(e.why()).as(e.getMessage()).isEqualTo("is required");
    }

    @Test
    void rejectsAnEmptyFile() {
        assertThat(reject("   \n").getMessage()).isEqualTo("promise.json: the file is empty");
    }

    @Test
    void rejectsATopLevelList() {
        BadFileException e = reject("[ { \"title\": \"x\" } ]");

        assertThat(e.line()).isEqualTo(1);
        assertThat(e.field()).isEmpty();
        assertThat(e.why()).startsWith("the top level must be a mapping");
    }

    @Test
    void givesTheColumnOfTheValueInAList() {
        BadFileException e = reject(replaceOnce(PROMISE_JSON, "\"lines\": [0], \"status\"", "\"lines\": [0, 5], \"status\""));

        assertThat(e.getMessage()).startsWith("promise.json:11:78: expectations[0].lines[1]: ");
    }

    private static BadFileException reject(String text) {
        BadFileException e = catchThrowableOfType(BadFileException.class, () -> PromiseFile.parse(text, "promise.json"));
        assertThat(e).as("the promise is rejected").isNotNull();
        return e;
    }
}
