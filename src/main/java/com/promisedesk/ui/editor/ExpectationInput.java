package com.promisedesk.ui.editor;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a rep may type as a new expectation: the customer's words, optionally followed by
 * the lines that meet it, so one field takes both while the customer talks:
 * {@code Live before the freeze #1,3} or {@code Live before the freeze [1, 3]}.
 * Only a list of numbers at the very end counts as lines; a "#" or "[" anywhere else, or
 * followed by anything but numbers, stays part of the customer's words.
 *
 * @param words the customer's words, without the line numbers
 * @param lines the line numbers as typed ("1,3"), or "" when none were typed
 */
record ExpectationInput(String words, String lines) {

    private static final String NUMBERS = "(\\d+(?:\\s*[,\\s]\\s*\\d+)*)";
    private static final Pattern HASH = Pattern.compile("^(.*?)\\s*#\\s*" + NUMBERS + "\\s*$", Pattern.DOTALL);
    private static final Pattern BRACKETS = Pattern.compile("^(.*?)\\s*\\[\\s*" + NUMBERS + "\\s*]\\s*$",
            Pattern.DOTALL);

    static ExpectationInput parse(String typed) {
        String text = typed == null ? "" : typed.strip();
        for (Pattern pattern : new Pattern[] {HASH, BRACKETS}) {
            Matcher matcher = pattern.matcher(text);
            if (matcher.matches()) {
                return new ExpectationInput(matcher.group(1).strip(), matcher.group(2));
            }
        }
        return new ExpectationInput(text, "");
    }
}
