package com.promisedesk.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Liberation TTFs (SIL Open Font License, from {@code com.github.librepdf:openpdf-fonts-extra})
 * read once per process and kept as bytes, each PDF embedding a subset.
 *
 * <p>The fonts' GSUB table (ligatures and other substitutions) is hidden by renaming its tag:
 * Latin, Greek and Cyrillic names need no shaping, and PDFBox applies GSUB by compiling regular
 * expressions for every run of text, which made a 200-line summary take most of a second.
 */
final class EmbeddedFonts {

    static final String FOLDER = "/liberation/";

    private final Map<String, byte[]> bytes = new ConcurrentHashMap<>();

    /** A fresh stream over the font's bytes; the file is read from the classpath on first use only. */
    InputStream open(String file) {
        byte[] font = bytes.computeIfAbsent(file, EmbeddedFonts::load);
        return new ByteArrayInputStream(font);
    }

    private static byte[] load(String file) {
        String path = FOLDER + file;
        try (InputStream in = EmbeddedFonts.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("The font " + path + " is missing from the classpath"
                        + " (it comes from com.github.librepdf:openpdf-fonts-extra)");
            }
            return withoutGsub(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the font " + path, e);
        }
    }

    /** Renames the GSUB entry of the table directory, so readers skip the table; the rest is untouched. */
    static byte[] withoutGsub(byte[] font) {
        ByteBuffer buffer = ByteBuffer.wrap(font);
        int tables = Short.toUnsignedInt(buffer.getShort(4));
        for (int i = 0; i < tables; i++) {
            int record = 12 + 16 * i;
            String tag = new String(font, record, 4, StandardCharsets.ISO_8859_1);
            if (tag.equals("GSUB")) {
                byte[] hidden = "xSUB".getBytes(StandardCharsets.ISO_8859_1);
                System.arraycopy(hidden, 0, font, record, 4);
            }
        }
        return font;
    }
}
