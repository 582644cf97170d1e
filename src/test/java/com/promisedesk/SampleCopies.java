package com.promisedesk;

import com.promisedesk.store.CurrentCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A large catalog for scale tests and benchmarks: the sample's capabilities copied, each copy with
 * a new code and a new (English) name, until there are {@code count}.
 *
 * @param text  the catalog's YAML
 * @param codes every capability's code, in order
 */
public record SampleCopies(String text, List<String> codes) {

    /** A capability's name as the sample writes it: plain, or translated as {@code { en: …, de: … }}. */
    private static final Pattern NAME = Pattern.compile("(?m)^    name: (?:\\{ *en: *\"?([^\",}]*)\"?[,}].*|(.*))$");

    public static SampleCopies of(int count) {
        String sample;
        try (InputStream in = CurrentCatalog.class.getResourceAsStream(CurrentCatalog.SAMPLE)) {
            sample = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int list = sample.indexOf("\n  - code: ");
        List<String> blocks = new ArrayList<>();
        for (String block : sample.substring(list + 1).split("\n(?=  - code: )")) {
            blocks.add(block.replaceAll("(?m)^\\s*#.*\\n", "").stripTrailing() + "\n");
        }
        StringBuilder text = new StringBuilder(sample.substring(0, list + 1));
        List<String> codes = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String block = blocks.get(i % blocks.size());
            String code = block.substring("  - code: ".length(), block.indexOf('\n')).strip();
            if (i < blocks.size()) {
                text.append(block);
                codes.add(code);
                continue;
            }
            Matcher name = NAME.matcher(block);
            if (!name.find()) {
                throw new IllegalStateException("the sample's " + code + " has no name line");
            }
            String english = (name.group(1) != null ? name.group(1) : name.group(2)).strip();
            String copy = block.substring(0, name.start()) + "    name: \"" + english + " " + i + "\""
                    + block.substring(name.end());
            text.append(copy.replaceFirst("code: " + Pattern.quote(code), "code: " + code + "-" + i));
            codes.add(code + "-" + i);
        }
        return new SampleCopies(text.toString(), List.copyOf(codes));
    }
}
