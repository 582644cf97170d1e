package com.promisedesk.domain;

import java.time.LocalDate;
import java.util.Set;

/**
 * Which days are business days: Monday to Friday, less the public holidays of
 * {@code country} (ISO 3166 code, optional) and the company's {@code closed} days.
 */
public record CatalogCalendar(String country, Set<LocalDate> closed) {

    public CatalogCalendar {
        country = Require.optionalText(country);
        if (country != null && !country.matches("[A-Z]{2}")) {
            throw new InvalidValueException("country", "must be a two-letter ISO country code such as DE, was \"" + country + "\"");
        }
        closed = closed == null ? Set.of() : Set.copyOf(closed);
    }

    public static CatalogCalendar weekdaysOnly() {
        return new CatalogCalendar(null, Set.of());
    }
}
