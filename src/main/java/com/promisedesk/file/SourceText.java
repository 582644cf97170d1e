package com.promisedesk.file;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * The text of one catalog or promise file: parses it as JSON or YAML, hands the tree
 * to a reader, and turns the reader's first {@link FileProblem} into a
 * {@link BadFileException} with the line and column it points at.
 */
final class SourceText {

    /** Far above any real catalog; SnakeYAML's default of 3 MB is near a 5,000-capability one. */
    private static final int MAX_YAML_CODE_POINTS = 64 * 1024 * 1024;

    /**
     * The YAML reader's time grows with the square of a line's length (a 4 MiB comment line
     * takes seconds); no real line is near this, so a longer one is refused, naming it.
     */
    static final int MAX_YAML_LINE_CHARS = 100_000;

    // Immutable once configured, and costly to build: shared constants, not state.
    static final ObjectMapper JSON = configure(JsonMapper.builder().build());
    static final ObjectMapper YAML = configure(new YAMLMapper(YAMLFactory.builder()
            .loaderOptions(loaderOptions()).build()));

    /** Jackson names positions inside its messages with a redacted source; keep only line and column. */
    private static final Pattern JACKSON_SOURCE = Pattern.compile("\\[Source: [^;]*; line: (\\d+), column: (\\d+)]");

    private final String text;
    private final String fileName;
    private final boolean json;

    SourceText(String text, String fileName) {
        this.text = text.startsWith("\uFEFF") ? text.substring(1) : text;
        this.fileName = fileName;
        this.json = looksLikeJson(fileName, this.text);
    }

    private static ObjectMapper configure(ObjectMapper mapper) {
        mapper.getFactory().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        // Keep 4.50 as written, so a promise written and read back is equal to itself.
        mapper.configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
        return mapper;
    }

    private static LoaderOptions loaderOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(MAX_YAML_CODE_POINTS);
        return options;
    }

    /** By extension; otherwise JSON when the text opens like JSON. YAML would read JSON too, but says less. */
    private static boolean looksLikeJson(String fileName, String text) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".json")) {
            return true;
        }
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            return false;
        }
        String start = text.stripLeading();
        return start.startsWith("{") || start.startsWith("[");
    }

    static SourceText of(Path file) throws BadFileException {
        return new SourceText(FileText.read(file), file.toString());
    }

    /** Reads the whole file with {@code reader}; the first problem rejects it. */
    <T> T read(Function<FileNode, T> reader) throws BadFileException {
        FileNode root = new FileNode(tree(), FieldPath.ROOT);
        try {
            return reader.apply(root);
        } catch (FileProblem problem) {
            ObjectMapper mapper = json ? JSON : YAML;
            SourcePositions.Position at = new SourcePositions(mapper.getFactory(), text).locate(problem.path().pointer());
            throw new BadFileException(fileName, at.line(), at.column(), problem.path().dotted(), problem.why());
        }
    }

    /**
     * Reads a tree parsed elsewhere with {@code reader}. Only a good tree is read from the tree
     * itself; anything else is read again from the tree's text, so the problem is reported just
     * as reading that text reports it (with its line and column).
     */
    static <T> T read(JsonNode tree, String fileName, Function<FileNode, T> reader) throws BadFileException {
        if (tree != null && tree.isObject()) {
            try {
                return reader.apply(new FileNode(tree, FieldPath.ROOT));
            } catch (FileProblem problem) {
                // reported below, from the text
            }
        }
        return new SourceText(String.valueOf(tree), fileName).read(reader);
    }

    private JsonNode tree() throws BadFileException {
        if (!json) {
            requireShortLines();
        }
        JsonNode tree;
        try {
            tree = (json ? JSON : YAML).readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = at == null ? 0 : Math.max(at.getLineNr(), 0);
            int column = at == null ? 0 : Math.max(at.getColumnNr(), 0);
            throw new BadFileException(fileName, line, column, "", syntaxProblem(e));
        } catch (NumberFormatException e) {
            // 1e99999999999 is a number to the parser but none that a decimal can hold.
            throw new BadFileException(fileName, 0, 0, "", "holds a number too large to read");
        }
        if (tree == null || tree.isMissingNode() || tree.isNull()) {
            throw new BadFileException(fileName, 0, 0, "", "the file is empty");
        }
        return tree;
    }

    private void requireShortLines() throws BadFileException {
        int line = 1;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                if (i - start > MAX_YAML_LINE_CHARS) {
                    throw new BadFileException(fileName, line, 0, "", "line " + line + " is " + String.format(java.util.Locale.ROOT, "%,d", i - start)
                            + " characters long; a line may hold at most " + String.format(java.util.Locale.ROOT, "%,d", MAX_YAML_LINE_CHARS));
                }
                line++;
                start = i + 1;
            }
        }
    }

    private String syntaxProblem(JsonProcessingException e) {
        String original = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
        if (original.startsWith("Trailing token")) {
            return "more text after the " + (json ? "JSON" : "YAML") + " value; a file holds one";
        }
        if (original.startsWith("Duplicate field ")) {
            return "the field " + original.substring("Duplicate field ".length()) + " appears twice in the same mapping";
        }
        // SnakeYAML's message quotes the text under a caret on indented lines; the line and column say it better.
        String said = original.lines().filter(l -> !l.isBlank() && !Character.isWhitespace(l.charAt(0)))
                .collect(Collectors.joining(", "));
        return "not valid " + (json ? "JSON" : "YAML") + ": " + JACKSON_SOURCE.matcher(said).replaceAll("line $1, column $2");
    }
}
