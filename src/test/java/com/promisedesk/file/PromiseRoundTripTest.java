package com.promisedesk.file;

import static org.assertj.core.api.Assertions.assertThat;

import com.promisedesk.domain.CommitmentLine;
import com.promisedesk.domain.Customer;
import com.promisedesk.domain.Expectation;
import com.promisedesk.domain.ExpectationStatus;
import com.promisedesk.domain.Extra;
import com.promisedesk.domain.Language;
import com.promisedesk.domain.Promise;
import com.promisedesk.domain.PromiseStatus;
import com.promisedesk.domain.Responsibility;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.IntFunction;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Any promise the domain accepts survives write then parse unchanged. */
class PromiseRoundTripTest {

    private static final String[] WORDS = {"Northwind", "ERP", "\"quoted\"", "back\\slash", "tab\there",
            "new\nline", "ünïcödé", "日本語", "emoji 🚀", "a/b", "~tilde", "{braces}", "50%"};

    static LongStream seeds() {
        return LongStream.range(0, 200).map(i -> 7919 * i + 17);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void writeThenParseGivesTheSamePromise(long seed) throws BadFileException {
        Promise promise = randomPromise(new Random(seed));

        String written = PromiseFile.write(promise);

        assertThat(PromiseFile.parse(written, "promise.json")).as("seed %d, written:%n%s", seed, written).isEqualTo(promise);
    }

    private static Promise randomPromise(Random random) {
        List<CommitmentLine> lines = list(random, 6, i -> line(random));
        PromiseStatus status = pick(random, PromiseStatus.values());
        // Agreed on a day, or before the day was kept; never while not agreed.
        LocalDate agreedOn = status.beforeAgreement() ? null : maybe(random, date(random));
        return new Promise(new UUID(random.nextLong(), random.nextLong()),
                new Customer(text(random), maybe(random, text(random)), maybe(random, text(random))),
                text(random), date(random), status, agreedOn, lines,
                list(random, 4, i -> expectation(random, lines.size())),
                list(random, 4, i -> new Responsibility(text(random), maybe(random, date(random)), links(random, lines.size()))),
                list(random, 3, i -> new Extra(text(random))), maybe(random, pick(random, Language.values())));
    }

    private static CommitmentLine line(Random random) {
        boolean bespoke = random.nextBoolean();
        Map<String, BigDecimal> terms = new HashMap<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            terms.put(text(random), BigDecimal.valueOf(random.nextInt(100_000) - 50_000, random.nextInt(4)));
        }
        return new CommitmentLine(bespoke ? null : text(random), bespoke ? text(random) : null,
                1 + random.nextInt(50), maybe(random, date(random)), terms, maybe(random, text(random)));
    }

    private static Expectation expectation(Random random, int lineCount) {
        ExpectationStatus status = pick(random, ExpectationStatus.values());
        String clarified = status == ExpectationStatus.CLARIFIED ? text(random) : maybe(random, text(random));
        return new Expectation(text(random), links(random, lineCount), status, clarified);
    }

    private static List<Integer> links(Random random, int lineCount) {
        return lineCount == 0 ? List.of() : list(random, 3, i -> random.nextInt(lineCount));
    }

    private static <T> List<T> list(Random random, int max, IntFunction<T> element) {
        List<T> list = new ArrayList<>();
        for (int i = random.nextInt(max + 1); i > 0; i--) {
            list.add(element.apply(i));
        }
        return list;
    }

    private static String text(Random random) {
        return WORDS[random.nextInt(WORDS.length)] + " " + random.nextInt(1000);
    }

    private static LocalDate date(Random random) {
        return LocalDate.of(2026, 1, 1).plusDays(random.nextInt(1500));
    }

    private static <T> T maybe(Random random, T value) {
        return random.nextBoolean() ? value : null;
    }

    private static <T> T pick(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }
}
