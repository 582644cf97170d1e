package com.promisedesk.store;

import com.promisedesk.failure.FailureWords;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;

/**
 * Who this device's rep is, as printed on written summaries, and how summaries are laid out
 * by default: the file {@value #FILE_NAME} in the data folder (UTF-8, keys {@code company},
 * {@code rep}, {@code email}, {@code phone}, {@code paper} ({@code a4} or {@code letter}) and
 * {@code locale} (a language tag such as {@code en-GB}); each optional). No file means an
 * empty profile. The Settings screen writes it; a hand-edited one reads the same.
 */
public record Profile(String company, String rep, String email, String phone, String paper, String locale) {

    public static final String FILE_NAME = "profile.properties";

    public Profile {
        company = clean(company);
        rep = clean(rep);
        email = clean(email);
        phone = clean(phone);
        paper = clean(paper) == null ? null : clean(paper).toLowerCase(Locale.ROOT);
        locale = clean(locale);
    }

    /** A sender with no paper or locale of its own (the locale's paper, the system's locale). */
    public Profile(String company, String rep, String email, String phone) {
        this(company, rep, email, phone, null, null);
    }

    public static Profile empty() {
        return new Profile(null, null, null, null);
    }

    /**
     * Reads {@code dataDir/profile.properties}; a missing file gives {@link #empty()}. A paper
     * or locale it cannot use is refused with the file, the key and why.
     */
    public static Profile read(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (NoSuchFileException e) {
            return empty();
        } catch (IOException | IllegalArgumentException e) {
            throw new StoreException("could not read the profile " + file + ": " + FailureWords.why(e), e);
        }
        Profile profile = new Profile(properties.getProperty("company"), properties.getProperty("rep"),
                properties.getProperty("email"), properties.getProperty("phone"),
                properties.getProperty("paper"), properties.getProperty("locale"));
        String wrong = profile.problem();
        if (wrong != null) {
            throw new StoreException("the profile " + file + " has " + wrong);
        }
        return profile;
    }

    /**
     * Writes this profile to {@code dataDir/profile.properties}: a temporary file beside it,
     * then moved over it, so a reader sees the old file or the new one, never half of one.
     * Keys the file had that a profile does not know are kept.
     */
    public void write(Path dataDir) {
        ProfileFile.write(dataDir.resolve(FILE_NAME), this);
    }

    /** This profile with the given values in place of its own, where they are not null. */
    public Profile override(String newCompany, String newRep) {
        return new Profile(newCompany != null ? newCompany : company, newRep != null ? newRep : rep, email, phone,
                paper, locale);
    }

    /** What is wrong with the paper or locale ("paper \"b5\": …"), or null when both can be used. */
    String problem() {
        if (paper != null && !paper.equals("a4") && !paper.equals("letter")) {
            return "paper=" + paper + ", which is not a paper size (a4 or letter)";
        }
        if (locale != null && Locale.forLanguageTag(locale).getLanguage().isEmpty()) {
            return "locale=" + locale + ", which is not a language tag (write one such as en-GB, en-US or de-DE)";
        }
        return null;
    }

    private static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
