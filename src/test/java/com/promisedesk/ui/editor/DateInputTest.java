package com.promisedesk.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import com.promisedesk.check.BusinessCalendar;
import com.promisedesk.domain.CatalogCalendar;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateInputTest {

    private final DateInput input = new DateInput(LocalDate.of(2026, 11, 23),
            new BusinessCalendar(new CatalogCalendar("DE", Set.of(LocalDate.of(2026, 12, 24)))));

    @ParameterizedTest
    @CsvSource({
        "2026-12-15, 2026-12-15",
        "15 Dec 2026, 2026-12-15",
        "15 dec 2026, 2026-12-15",
        "Tue 15 Dec 2026, 2026-12-15",
        "15.12.2026, 2026-12-15",
        "15/12/2026, 2026-12-15",
        "+15bd, 2026-12-14",
        "+ 23 BD, 2026-12-28",
        "+3w, 2026-12-14",
        "+10d, 2026-12-03"})
    void readsWhatARepTypes(String typed, LocalDate meant) {
        assertThat(input.parse(typed)).contains(meant);
        assertThat(input.isValid(typed)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tomorrow", "2026-13-01", "31.02.2026", "Mon 15 Dec 2026", "+bd", "15 Decc 2026", "-3bd"})
    void refusesWhatItCannotRead(String typed) {
        assertThat(input.parse(typed)).isEmpty();
        assertThat(input.isValid(typed)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void blankMeansNoDate(String typed) {
        assertThat(input.parse(typed)).isEmpty();
        assertThat(input.isValid(typed)).isTrue();
    }
}
