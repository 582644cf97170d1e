package com.promisedesk.sync;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * Request bodies mutated at random from valid ones: cut, bytes changed, tokens inserted,
 * keys repeated, values of the wrong kind, escapes of half a character, bytes that are not
 * UTF-8, deep or long arrays. Everything comes from one seed, so a failure replays.
 */
final class FuzzBodies {

    private static final String[] TOKENS = {"null", "true", "false", "0", "-1", "1e999", "2147483648", "-0.0",
        "\"\"", "\"\\ud800\"", "\"\\udc00x\"", "\"\\u0000\"", "[]", "{}", "[[[]]]", "{\"a\":{\"a\":{}}}", "\"x\"",
        "99999999999999999999999", "1e99999999999", "-1E-99999999999", "1.5", "\"2026-02-30\"",
        "\"3f2b8c1e-0000-4000-8000-000000000001\"", ",", ":", "]", "}",
        "\"'; DROP TABLE promise; --\"", "\"\\\"\"", "NaN", "\"\\uD83D\\uDE00\""};
    private static final byte[][] BAD_UTF8 = {{(byte) 0xC0, (byte) 0xAF}, {(byte) 0xC0, (byte) 0x80},
        {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xFF},
        {(byte) 0xE2, (byte) 0x82}, {(byte) 0x80}};

    private FuzzBodies() {
    }

    /** One mutation of {@code valid}, or (rarely) {@code valid} itself. */
    static byte[] mutate(Random random, String valid, List<String> otherValid) {
        return switch (random.nextInt(12)) {
            case 0 -> utf8(valid.substring(0, random.nextInt(valid.length())));
            case 1 -> changeBytes(random, utf8(valid));
            case 2 -> insert(random, valid, TOKENS[random.nextInt(TOKENS.length)]);
            case 3 -> repeatKey(random, valid);
            case 4 -> wrongValue(random, valid);
            case 5 -> spliceBytes(random, utf8(valid), BAD_UTF8[random.nextInt(BAD_UTF8.length)]);
            case 6 -> utf8("[".repeat(1 + random.nextInt(200)) + "]".repeat(random.nextInt(200)));
            case 7 -> utf8("{\"changes\":[" + "[],".repeat(random.nextInt(12_000)) + "[]]}");
            case 8 -> utf8(otherValid.get(random.nextInt(otherValid.size())));
            case 9 -> randomBytes(random);
            case 10 -> insert(random, valid, "\"" + "x".repeat(random.nextInt(3_000)) + "\"");
            default -> random.nextInt(20) == 0 ? utf8(valid) : wrongValue(random, valid);
        };
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] changeBytes(Random random, byte[] bytes) {
        byte[] changed = bytes.clone();
        for (int i = 1 + random.nextInt(4); i > 0; i--) {
            changed[random.nextInt(changed.length)] = (byte) random.nextInt(256);
        }
        return changed;
    }

    private static byte[] insert(Random random, String valid, String token) {
        int at = random.nextInt(valid.length() + 1);
        return utf8(valid.substring(0, at) + token + valid.substring(at));
    }

    private static byte[] spliceBytes(Random random, byte[] bytes, byte[] inserted) {
        int at = random.nextInt(bytes.length + 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(bytes, 0, at);
        out.writeBytes(inserted);
        out.write(bytes, at, bytes.length - at);
        return out.toByteArray();
    }

    /** The first "key": of a random kind given twice: {"k":1,"k":... */
    private static byte[] repeatKey(Random random, String valid) {
        var keys = java.util.regex.Pattern.compile("\"([A-Za-z]+)\":").matcher(valid).results().toList();
        if (keys.isEmpty()) {
            return utf8(valid);
        }
        var key = keys.get(random.nextInt(keys.size()));
        return utf8(valid.substring(0, key.start()) + key.group() + TOKENS[random.nextInt(TOKENS.length)] + ","
                + valid.substring(key.start()));
    }

    /** A value (after a random key) replaced by a token of another kind. */
    private static byte[] wrongValue(Random random, String valid) {
        var values = java.util.regex.Pattern.compile("\":(\"[^\"]*\"|-?[0-9.]+|true|false|null)")
                .matcher(valid).results().toList();
        if (values.isEmpty()) {
            return utf8(valid);
        }
        var value = values.get(random.nextInt(values.size()));
        return utf8(valid.substring(0, value.start(1)) + TOKENS[random.nextInt(TOKENS.length)]
                + valid.substring(value.end(1)));
    }

    private static byte[] randomBytes(Random random) {
        byte[] bytes = new byte[random.nextInt(300)];
        random.nextBytes(bytes);
        return bytes;
    }
}
