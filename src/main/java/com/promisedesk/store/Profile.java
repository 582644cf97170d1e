package com.promisedesk.store;

import com.promisedesk.failure.FailureWords;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Who this device's rep is, as printed on written summaries: the file
 * {@value #FILE_NAME} in the data folder (UTF-8, keys {@code company}, {@code rep},
 * {@code email}, {@code phone}; each optional). No file means an empty profile.
 */
public record Profile(String company, String rep, String email, String phone) {

    public static final String FILE_NAME = "profile.properties";

    public Profile {
        company = clean(company);
        rep = clean(rep);
        email = clean(email);
        phone = clean(phone);
    }

    public static Profile empty() {
        return new Profile(null, null, null, null);
    }

    /** Reads {@code dataDir/profile.properties}; a missing file gives {@link #empty()}. */
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
        return new Profile(properties.getProperty("company"), properties.getProperty("rep"),
                properties.getProperty("email"), properties.getProperty("phone"));
    }

    /** This profile with the given values in place of its own, where they are not null. */
    public Profile override(String newCompany, String newRep) {
        return new Profile(newCompany != null ? newCompany : company, newRep != null ? newRep : rep, email, phone);
    }

    private static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
