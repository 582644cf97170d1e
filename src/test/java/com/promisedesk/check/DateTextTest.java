package com.promisedesk.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The one reading of a typed day that the app's date fields and the command line's date options share. */
class DateTextTest {

    @ParameterizedTest
    @CsvSource({
        "2026-12-21, 2026-12-21",
        "21 Dec 2026, 2026-12-21",
        "21 DEC 2026, 2026-12-21",
        "Mon 21 Dec 2026, 2026-12-21",
        "21.12.2026, 2026-12-21",
        "1.2.2027, 2027-02-01",
        "21/12/2026, 2026-12-21",
        "' 29.02.2028 ', 2028-02-29"})
    void readsEveryFormAPersonWrites(String typed, LocalDate meant) {
        assertThat(DateText.parse(typed)).contains(meant);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-13-01", "31.02.2026", "29.02.2027", "32/12/2026", "Tue 21 Dec 2026", "next week", "", " "})
    void aDayThatDoesNotExistIsNoDate(String typed) {
        assertThat(DateText.parse(typed)).isEmpty();
        assertThat(DateText.notADate(typed)).contains("is not a date; write it as " + DateText.FORMS);
    }
}
