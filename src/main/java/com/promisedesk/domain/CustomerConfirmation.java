package com.promisedesk.domain;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;

/**
 * The customer's word, at the end of the read-back, that what was read back is what was agreed:
 * their name as they typed it and when, to the minute, with the offset of the rep's clock then.
 * Printed on the next written summary and part of its fingerprint (docs/decisions/0023).
 *
 * <p>The name is kept as a name can be printed: characters that change the direction of the text
 * around it (U+202E and its kin) are dropped, since one could make "Anna Berg" print as another
 * sentence; control characters and runs of spaces become one space. A name longer than
 * {@value #MAX_NAME} characters is refused: no one's name is that long, and the line it is printed
 * on must stay one line or two.
 */
public record CustomerConfirmation(String name, OffsetDateTime at) {

    /** The longest name taken, after the cleaning above. */
    public static final int MAX_NAME = 120;

    /** Bidirectional embeddings, overrides and isolates, and the marks: invisible, and able to reorder a line. */
    private static final Pattern DIRECTION = Pattern.compile("[\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]");
    private static final Pattern SPACES = Pattern.compile("[\\p{Cntrl}\\p{Zs}\\u2028\\u2029]+");

    public CustomerConfirmation {
        name = Require.text(name == null ? null : SPACES.matcher(DIRECTION.matcher(name).replaceAll("")).replaceAll(" "),
                "name");
        if (name.length() > MAX_NAME) {
            throw new InvalidValueException("name", "must be at most " + MAX_NAME + " characters, was " + name.length());
        }
        at = Require.present(at, "at").truncatedTo(ChronoUnit.MINUTES);
    }
}
