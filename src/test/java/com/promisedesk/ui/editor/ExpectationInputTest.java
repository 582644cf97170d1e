package com.promisedesk.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What a rep types into the new-expectation field: the customer's words, then perhaps the lines that meet them. */
class ExpectationInputTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Live before the freeze #1,3      | Live before the freeze | 1,3",
        "Live before the freeze #1, 3     | Live before the freeze | 1, 3",
        "Live before the freeze # 2 4     | Live before the freeze | 2 4",
        "Live before the freeze [1, 3]    | Live before the freeze | 1, 3",
        "Live before the freeze[5]        | Live before the freeze | 5",
        "  Dashboards for 600 trucks #12  | Dashboards for 600 trucks | 12",
        "Be the #1 supplier #2            | Be the #1 supplier | 2",
        "#1,3                             | ''                     | 1,3"})
    void linesAtTheEndAreTakenApartFromTheWords(String typed, String words, String lines) {
        ExpectationInput input = ExpectationInput.parse(typed);

        assertThat(input.words()).isEqualTo(words);
        assertThat(input.lines()).isEqualTo(lines);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Be the #1 supplier in the region",
        "Order #A12 shipped",
        "Works with [ERP]",
        "Live before the freeze",
        "Live #1,3 and then more",
        "Ready by Q1 #1-3",
        "Dashboards [1, three]"})
    void anythingElseIsTheCustomersWords(String typed) {
        ExpectationInput input = ExpectationInput.parse(typed);

        assertThat(input.words()).isEqualTo(typed);
        assertThat(input.lines()).isEmpty();
    }
}
