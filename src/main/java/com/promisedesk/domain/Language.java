package com.promisedesk.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A language the customer reads their promise in: the read-back and the written summary are
 * worded in it (docs/decisions/0018). The rep's own screens stay in the rep's language.
 */
public enum Language {
    EN("en", "English", "English"),
    DE("de", "German", "Deutsch"),
    FR("fr", "French", "Français"),
    ES("es", "Spanish", "Español"),
    PL("pl", "Polish", "Polski");

    private final String tag;
    private final String englishName;
    private final String ownName;

    Language(String tag, String englishName, String ownName) {
        this.tag = tag;
        this.englishName = englishName;
        this.ownName = ownName;
    }

    /** The code in the promise file: "de". */
    public String tag() {
        return tag;
    }

    /** The language's name for the rep: "German". */
    public String englishName() {
        return englishName;
    }

    /** The language's name in itself, as its readers know it: "Deutsch". */
    public String ownName() {
        return ownName;
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    /** "German (Deutsch)", or "English": how a rep's list names it. */
    public String label() {
        return this == EN ? englishName : englishName + " (" + ownName + ")";
    }

    /** The language with code {@code tag} ("de", "DE", or a locale tag such as "de-AT"); empty for another one. */
    public static Optional<Language> of(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(tag.strip().replace('_', '-')).getLanguage();
        return Arrays.stream(values()).filter(l -> l.tag.equals(language)).findFirst();
    }

    /** The codes, as a message lists them: "en, de, fr, es or pl". */
    public static String codes() {
        return "en, de, fr, es or pl";
    }

    /**
     * The language most customers in {@code country} (an ISO code such as "DE", "PL") read, when
     * it is one of these; empty for a region such as "EU", or a country of several languages.
     */
    public static Optional<Language> ofCountry(String country) {
        if (country == null) {
            return Optional.empty();
        }
        return switch (country.strip().toUpperCase(Locale.ROOT)) {
            case "DE", "AT", "LI" -> Optional.of(DE);
            case "FR", "MC" -> Optional.of(FR);
            case "ES", "MX", "AR", "CO", "CL", "PE" -> Optional.of(ES);
            case "PL" -> Optional.of(PL);
            case "GB", "UK", "IE", "US", "AU", "NZ" -> Optional.of(EN);
            default -> Optional.empty();
        };
    }
}
