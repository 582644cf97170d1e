package com.promisedesk.sync.wire;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * A commitment line as it was when its exception request was made: a catalog capability
 * or a bespoke item (exactly one), quantity, date (null when promised at the standard
 * date) and promised terms, as in the promise file.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RequestedLine(String capability, String bespoke, int quantity, LocalDate date,
                            Map<String, BigDecimal> terms) {

    public RequestedLine {
        terms = terms == null ? Map.of() : terms;
    }
}
