package com.promisedesk.store;

import com.promisedesk.failure.FailureWords;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;

/**
 * Writes {@link Profile#FILE_NAME} as a person would: one {@code key=value} line per value
 * that is set, in a fixed order, UTF-8, so the file stays easy to read and edit by hand.
 * A temporary file beside it is moved over the old one, so no reader ever sees half a file.
 */
final class ProfileFile {

    private ProfileFile() {
    }

    static void write(Path file, Profile profile) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("company", profile.company());
        values.put("rep", profile.rep());
        values.put("email", profile.email());
        values.put("phone", profile.phone());
        values.put("paper", profile.paper());
        values.put("locale", profile.locale());
        StringBuilder text = new StringBuilder("# Who sends PromiseDesk's written summaries, and how they are laid out.\n");
        values.forEach((key, value) -> line(text, key, value));
        Properties others = othersIn(file);
        for (String key : new TreeSet<>(others.stringPropertyNames())) {
            if (!values.containsKey(key)) {
                line(text, key, others.getProperty(key));
            }
        }
        Path temp = null;
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            temp = Files.createTempFile(file.toAbsolutePath().getParent(), ".profile", ".tmp");
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StoreException("could not save the profile " + file + ": " + FailureWords.why(e), e);
        } finally {
            deleteQuietly(temp);
        }
    }

    /** What a hand-edited file holds beyond the profile's keys; nothing when there is no file yet. */
    private static Properties othersIn(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (NoSuchFileException e) {
            return properties;
        } catch (IOException | IllegalArgumentException e) {
            throw new StoreException("could not read the profile " + file + ": " + FailureWords.why(e), e);
        }
        return properties;
    }

    private static void line(StringBuilder text, String key, String value) {
        if (value != null) {
            text.append(key).append('=').append(escape(value)).append('\n');
        }
    }

    /** What {@link Properties#load(Reader)} reads back as {@code value}: backslashes, line breaks and a leading blank escaped. */
    static String escape(String value) {
        StringBuilder escaped = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> escaped.append("\\\\");
                case '\n' -> escaped.append("\\n");
                case '\r' -> escaped.append("\\r");
                case '\t' -> escaped.append("\\t");
                case '\f' -> escaped.append("\\f");
                case ' ' -> escaped.append(i == 0 ? "\\ " : " ");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    private static void deleteQuietly(Path temp) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            // Nothing was moved; a stray hidden temporary file is all that is left.
            org.slf4j.LoggerFactory.getLogger(ProfileFile.class).warn("Could not remove {}", temp, e);
        }
    }
}
