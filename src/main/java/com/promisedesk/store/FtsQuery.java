package com.promisedesk.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what a rep types into an FTS5 query where every word is a prefix ("onb sta"
 * finds "Standard onboarding"). Only runs of letters and digits survive, each quoted,
 * so quotes, {@code *}, {@code -}, {@code (} and words like {@code OR} or {@code NEAR}
 * are searched for as text and can never make the query itself fail.
 */
final class FtsQuery {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private FtsQuery() {
    }

    /** The FTS5 query for {@code typed}; empty when it holds no letter or digit. */
    static Optional<String> prefixes(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        List<String> terms = new ArrayList<>();
        Matcher words = WORD.matcher(typed);
        while (words.find()) {
            terms.add('"' + words.group() + "\"*");
        }
        return terms.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", terms));
    }
}
