package com.promisedesk.ui.settings;

import java.util.Locale;

/**
 * One locale a summary can be written for: a language tag, or none for this computer's own.
 * Its label names it in words, with the tag a rep may meet on the command line ({@code --locale}).
 */
public record LocaleChoice(String tag, String label) {

    /** The locales offered, beside the computer's own and whatever a hand-edited profile names. */
    static final String[] OFFERED = {"en-GB", "en-US", "de-DE", "fr-FR", "es-ES", "pl-PL"};

    static LocaleChoice of(String tag) {
        return new LocaleChoice(tag, Locale.forLanguageTag(tag).getDisplayName(Locale.ENGLISH) + " · " + tag);
    }

    /** This computer's locale, as the summary uses it when the profile names none. */
    static LocaleChoice computers(Locale computer) {
        return new LocaleChoice(null, "This computer's: " + computer.getDisplayName(Locale.ENGLISH));
    }

    /** The locale a summary is laid out for with this choice. */
    Locale locale(Locale computer) {
        return tag == null ? computer : Locale.forLanguageTag(tag);
    }

    @Override
    public String toString() {
        return label;
    }
}
