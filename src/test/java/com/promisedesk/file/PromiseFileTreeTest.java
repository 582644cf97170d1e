package com.promisedesk.file;

import static com.promisedesk.file.FileTexts.PROMISE_JSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.promisedesk.domain.Promise;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A promise read from a tree (as sync receives it) is the promise read from the tree's
 * text, and a bad one is rejected with the very same message.
 */
class PromiseFileTreeTest {

    /** Set up like the sync wire: decimals kept as written. */
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
            .build();

    @Test
    void readsTheSamePromiseAsTheText() throws Exception {
        String text = FileTexts.replaceOnce(PROMISE_JSON, "\"responseHours\": 4", "\"responseHours\": 4.50");
        JsonNode tree = JSON.readTree(text);

        Promise fromTree = PromiseFile.parse(tree, "promise 6b1f");

        assertThat(fromTree).isEqualTo(PromiseFile.parse(text, "promise.json"));
        assertThat(fromTree.lines().get(1).terms().get("responseHours").toString()).isEqualTo("4.50");
    }

    @Test
    void readsBackWhatTheWriterWrote() throws Exception {
        Promise promise = PromiseFile.parse(PROMISE_JSON, "promise.json");

        assertThat(PromiseFile.parse(JSON.readTree(PromiseFile.write(promise)), "promise")).isEqualTo(promise);
    }

    static Stream<Arguments> badPromises() {
        // Every bad promise of the text tests that is still JSON can arrive as a tree.
        return PromiseFileErrorsTest.badPromises().filter(a -> !((Named<?>) a.get()[0]).getName().contains("syntax"));
    }

    @ParameterizedTest
    @MethodSource("badPromises")
    void rejectsWithTheMessageOfTheText(PromiseFileErrorsTest.Bad bad) throws Exception {
        JsonNode tree = JSON.readTree(FileTexts.replaceOnce(PROMISE_JSON, bad.find(), bad.replacement()));

        BadFileException fromTree = reject(() -> PromiseFile.parse(tree, "promise 6b1f"));
        BadFileException fromText = reject(() -> PromiseFile.parse(tree.toString(), "promise 6b1f"));

        assertThat(fromTree.getMessage()).isEqualTo(fromText.getMessage()).contains(bad.field()).contains(bad.why());
        assertThat(fromTree.line()).isEqualTo(1);
        assertThat(fromTree.column()).isPositive();
    }

    @Test
    void rejectsWhatIsNotAMapping() throws Exception {
        for (JsonNode tree : new JsonNode[] {JSON.readTree("[ { \"title\": \"x\" } ]"), JsonNodeFactory.instance.textNode("x"),
                JsonNodeFactory.instance.nullNode(), null}) {
            BadFileException fromTree = reject(() -> PromiseFile.parse(tree, "promise 6b1f"));

            assertThat(fromTree.getMessage()).isEqualTo(reject(() -> PromiseFile.parse(String.valueOf(tree),
                    "promise 6b1f")).getMessage());
        }
        assertThat(reject(() -> PromiseFile.parse((JsonNode) null, "promise 6b1f")).getMessage())
                .isEqualTo("promise 6b1f: the file is empty");
    }

    private interface Parse {
        Promise run() throws Exception;
    }

    private static BadFileException reject(Parse parse) {
        BadFileException e = catchThrowableOfType(BadFileException.class, parse::run);
        assertThat(e).as("the promise is rejected").isNotNull();
        return e;
    }
}
