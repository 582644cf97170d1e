package com.promisedesk.file;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BadFileExceptionTest {

    @Test
    void namesFileLineColumnFieldAndWhy() {
        BadFileException e = new BadFileException("catalog.yaml", 12, 7, "capabilities[3].leadTime.standard",
                "must be at least 0, was -2");

        assertThat(e.getMessage())
                .isEqualTo("catalog.yaml:12:7: capabilities[3].leadTime.standard: must be at least 0, was -2");
    }

    @Test
    void leavesOutAnUnknownColumn() {
        assertThat(new BadFileException("p.json", 3, 0, "title", "is required").getMessage())
                .isEqualTo("p.json:3: title: is required");
    }

    @Test
    void leavesOutAnUnknownLineAndAWholeFileField() {
        BadFileException e = new BadFileException("p.json", 0, 0, "", "the file is empty");

        assertThat(e.getMessage()).isEqualTo("p.json: the file is empty");
        assertThat(e.line()).isZero();
        assertThat(e.column()).isZero();
        assertThat(e.field()).isEmpty();
        assertThat(e.why()).isEqualTo("the file is empty");
        assertThat(e.file()).isEqualTo("p.json");
    }
}
