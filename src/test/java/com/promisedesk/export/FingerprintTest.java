package com.promisedesk.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.promisedesk.domain.ApprovalPolicy;
import com.promisedesk.domain.Capability;
import com.promisedesk.domain.Catalog;
import com.promisedesk.domain.Customer;
import com.promisedesk.domain.Promise;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The fingerprint changes when any customer-visible field changes, and not otherwise. */
class FingerprintTest {

    private static final Summary BASE = SummarySamples.summary(SummarySamples.promise("northwind"),
            Printing.preview(SummarySamples.ISSUED).withRevision(3));

    /** One change per customer-visible field of the model; the random text makes each run differ. */
    private static final Map<String, BiFunction<Summary, String, Summary>> CHANGES = changes();

    static Stream<Arguments> everyFieldWithSeeds() {
        List<Arguments> all = new ArrayList<>();
        for (String field : CHANGES.keySet()) {
            for (long seed = 1; seed <= 5; seed++) {
                all.add(Arguments.of(field, seed * 7919 + field.hashCode()));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}, seed {1}")
    @MethodSource("everyFieldWithSeeds")
    void changesWhenAnyCustomerVisibleFieldChanges(String field, long seed) {
        String words = randomWords(new Random(seed));
        Summary changed = CHANGES.get(field).apply(BASE, words);

        assertThat(changed).as("seed %d changed nothing in %s", seed, field).isNotEqualTo(BASE);
        assertThat(changed.fingerprint()).as("field %s, seed %d", field, seed).isNotEqualTo(BASE.fingerprint());
    }

    @Test
    void aSummaryWithNoItemWithoutALeadTimeKeepsTheCanonicalTextItHadBefore() {
        // Items "from" their date (no lead time) add a field; every other summary must keep its fingerprint.
        assertThat(BASE.deliver()).noneMatch(Summary.Item::fromDate);
        assertThat(Fingerprint.canonicalText(BASE)).doesNotContain("dateMeans");
    }

    @Test
    void movingWordsFromOneFieldToTheNextChangesIt() {
        Summary.Header h = BASE.header();
        Summary a = withHeader(BASE, new Summary.Header(h.company(), "North", "wind Traders", h.title(), h.issued(),
                h.rep(), h.status(), h.revision()));
        Summary b = withHeader(BASE, new Summary.Header(h.company(), "Northwind", " Traders", h.title(), h.issued(),
                h.rep(), h.status(), h.revision()));
        Summary c = withHeader(BASE, new Summary.Header(h.company(), "North\nwind", null, h.title(), h.issued(),
                h.rep(), h.status(), h.revision()));

        assertThat(Stream.of(a, b, c).map(Summary::fingerprint).distinct()).hasSize(3);
    }

    @Test
    void staysTheSameForTheSameContentWhateverTheFormatPaperOrDay() {
        Summary again = SummarySamples.summary(SummarySamples.promise("northwind"),
                Printing.preview(SummarySamples.ISSUED).withRevision(3));

        assertThat(again.fingerprint()).isEqualTo(BASE.fingerprint()).matches("[0-9a-f]{64}");
        for (ExportFormat format : List.of(ExportFormat.HTML, ExportFormat.MARKDOWN, ExportFormat.TEXT)) {
            for (Layout layout : List.of(Layout.of(Locale.US), Layout.of(Locale.GERMANY), Layout.of("en-GB", Paper.LETTER))) {
                assertThat(new String(format.render(again, layout), StandardCharsets.UTF_8))
                        .contains(BASE.fingerprint());
            }
        }
        assertThat(PdfText.of(ExportFormat.PDF.render(again, Layout.of(Locale.US))).flat())
                .contains(BASE.fingerprint());
    }

    @Test
    void staysTheSameWhenOnlyInternalFactsChange() {
        Promise promise = SummarySamples.promise("northwind");
        Catalog catalog = SummarySamples.catalog();
        // Another id, a region that serves the same, other owners and approvers: nothing the customer sees.
        Promise otherId = new Promise(UUID.randomUUID(), new Customer("Northwind Traders", "NA", "Anna Berg"),
                promise.title(), promise.start(), promise.status(), promise.lines(), promise.expectations(),
                promise.responsibilities(), promise.extras());
        List<Capability> reowned = catalog.capabilities().stream().map(c -> new Capability(c.code(), c.name(),
                c.category(), c.summary(), "Someone Else", c.status(), c.availableFrom(), c.regions(), c.leadTime(),
                c.maxQuantity(), c.capacity(), c.requires(), c.terms())).toList();
        ApprovalPolicy policy = catalog.policy();
        java.util.SortedMap<Integer, List<String>> tiers = new java.util.TreeMap<>();
        for (int tier = 1; tier <= 4; tier++) {
            tiers.put(tier, List.of("someone-" + tier));
        }
        Catalog internal = new Catalog(catalog.version() + "-b", catalog.published(), catalog.calendar(),
                new ApprovalPolicy(tiers, policy.bespokeTier(), policy.capacityTier(), policy.underPromise()), reowned);
        Printing printing = Printing.preview(SummarySamples.ISSUED).withRevision(3);

        String other = new SummaryBuilder(internal).build(otherId, SummarySamples.SENDER, printing).fingerprint();

        assertThat(other).isEqualTo(BASE.fingerprint());
    }

    @Test
    void changesWithThePromiseTheIssueAndTheSender() {
        Promise promise = SummarySamples.promise("northwind");
        Printing printing = Printing.preview(SummarySamples.ISSUED).withRevision(3);
        SummaryBuilder builder = new SummaryBuilder(SummarySamples.catalog());
        List<Summary> variants = List.of(
                builder.build(promise.withLines(promise.lines().stream().map(l -> l.withQuantity(l.quantity() + 1))
                        .toList()), SummarySamples.SENDER, printing),
                builder.build(promise.withStatus(com.promisedesk.domain.PromiseStatus.AGREED), SummarySamples.SENDER, printing),
                builder.build(promise, SummarySamples.SENDER, printing.withRevision(4)),
                builder.build(promise, SummarySamples.SENDER, Printing.preview(SummarySamples.ISSUED.plusDays(1)).withRevision(3)),
                builder.build(promise, new Sender("Fleetwise GmbH", "Jonas Keller", "jk@fleetwise.example",
                        "+49 30 1234 5678"), printing));

        assertThat(variants).extracting(Summary::fingerprint).doesNotContain(BASE.fingerprint()).doesNotHaveDuplicates();
    }

    private static String randomWords(Random random) {
        String alphabet = "abcdefghijklmnopqrstuvwxyzÆøëŁΑλРом <>&\"'*_#-";
        StringBuilder words = new StringBuilder("x");
        int length = 1 + random.nextInt(30);
        for (int i = 0; i < length; i++) {
            words.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return words.toString();
    }

    private static Map<String, BiFunction<Summary, String, Summary>> changes() {
        Map<String, BiFunction<Summary, String, Summary>> all = new LinkedHashMap<>();
        all.put("company", (s, w) -> withHeader(s, header(s, 0, w)));
        all.put("customer", (s, w) -> withHeader(s, header(s, 1, w)));
        all.put("contact", (s, w) -> withHeader(s, header(s, 2, w)));
        all.put("title", (s, w) -> withHeader(s, header(s, 3, w)));
        all.put("rep", (s, w) -> withHeader(s, header(s, 4, w)));
        all.put("status", (s, w) -> withHeader(s, header(s, 5, w)));
        all.put("issued", (s, w) -> withHeader(s, new Summary.Header(s.header().company(), s.header().customer(),
                s.header().contact(), s.header().title(), s.header().issued().plusDays(w.length()), s.header().rep(),
                s.header().status(), s.header().revision())));
        all.put("revision", (s, w) -> withHeader(s, new Summary.Header(s.header().company(), s.header().customer(),
                s.header().contact(), s.header().title(), s.header().issued(), s.header().rep(), s.header().status(),
                s.header().revision() + w.length())));
        all.put("mark", (s, w) -> new Summary(s.header(), s.mark() == null ? w : null, s.deliver(), s.awaiting(),
                s.notIncluded(), s.expectations(), s.responsibilities(), s.extras(), s.milestones(), s.contact()));
        all.put("item.name", (s, w) -> withDeliver(s, item(s.deliver().get(0), w, 0)));
        all.put("item.summary", (s, w) -> withDeliver(s, item(s.deliver().get(0), w, 1)));
        all.put("item.quantity", (s, w) -> withDeliver(s, item(s.deliver().get(0), w, 2)));
        all.put("item.date", (s, w) -> withDeliver(s, item(s.deliver().get(0), w, 3)));
        all.put("item.serviceLevel", (s, w) -> withDeliver(s, item(s.deliver().get(0), w, 4)));
        all.put("item.fromDate", (s, w) -> withDeliver(s, item(s.deliver().get(0), w, 5)));
        all.put("item.moved", (s, w) -> {
            List<Summary.Item> deliver = new ArrayList<>(s.deliver());
            Summary.Item first = deliver.remove(0);
            deliver.add(w.length() % deliver.size(), first);
            return new Summary(s.header(), s.mark(), deliver, s.awaiting(), s.notIncluded(), s.expectations(),
                    s.responsibilities(), s.extras(), s.milestones(), s.contact());
        });
        all.put("item.toAwaiting", (s, w) -> {
            List<Summary.Item> deliver = new ArrayList<>(s.deliver());
            Summary.Item first = deliver.remove(0);
            List<Summary.Pending> awaiting = new ArrayList<>(s.awaiting());
            awaiting.add(new Summary.Pending(first, s.header().issued().plusDays(3)));
            return new Summary(s.header(), s.mark(), deliver, awaiting, s.notIncluded(), s.expectations(),
                    s.responsibilities(), s.extras(), s.milestones(), s.contact());
        });
        all.put("notIncluded.earliest", (s, w) -> new Summary(s.header(), s.mark(), s.deliver(), s.awaiting(),
                List.of(new Summary.Excluded(s.notIncluded().get(0).item(),
                        s.notIncluded().get(0).earliest().plusDays(w.length()))), s.expectations(),
                s.responsibilities(), s.extras(), s.milestones(), s.contact()));
        all.put("expectation.words", (s, w) -> withExpectation(s, 0, w));
        all.put("expectation.mark", (s, w) -> withExpectation(s, 1, w));
        all.put("expectation.clarified", (s, w) -> withExpectation(s, 2, w));
        all.put("expectation.note", (s, w) -> withExpectation(s, 3, w));
        all.put("expectation.coveredBy", (s, w) -> withExpectation(s, 4, w));
        all.put("responsibility.what", (s, w) -> withResponsibility(s, new Summary.Responsibility(w,
                s.responsibilities().get(0).due(), s.responsibilities().get(0).moves())));
        all.put("responsibility.due", (s, w) -> withResponsibility(s, new Summary.Responsibility(
                s.responsibilities().get(0).what(), s.responsibilities().get(0).due().minusDays(w.length()),
                s.responsibilities().get(0).moves())));
        all.put("responsibility.moves", (s, w) -> withResponsibility(s, new Summary.Responsibility(
                s.responsibilities().get(0).what(), s.responsibilities().get(0).due(), List.of(w))));
        all.put("extra", (s, w) -> new Summary(s.header(), s.mark(), s.deliver(), s.awaiting(), s.notIncluded(),
                s.expectations(), s.responsibilities(), List.of(w), s.milestones(), s.contact()));
        all.put("milestone", (s, w) -> new Summary(s.header(), s.mark(), s.deliver(), s.awaiting(), s.notIncluded(),
                s.expectations(), s.responsibilities(), s.extras(),
                List.of(new Summary.Milestone(w, s.header().issued(), false)), s.contact()));
        all.put("contact.email", (s, w) -> new Summary(s.header(), s.mark(), s.deliver(), s.awaiting(),
                s.notIncluded(), s.expectations(), s.responsibilities(), s.extras(), s.milestones(),
                new Sender(s.contact().company(), s.contact().rep(), w, s.contact().phone())));
        all.put("contact.phone", (s, w) -> new Summary(s.header(), s.mark(), s.deliver(), s.awaiting(),
                s.notIncluded(), s.expectations(), s.responsibilities(), s.extras(), s.milestones(),
                new Sender(s.contact().company(), s.contact().rep(), s.contact().email(), w)));
        return all;
    }

    private static Summary.Header header(Summary s, int field, String w) {
        Summary.Header h = s.header();
        return new Summary.Header(field == 0 ? w : h.company(), field == 1 ? w : h.customer(),
                field == 2 ? w : h.contact(), field == 3 ? w : h.title(), h.issued(), field == 4 ? w : h.rep(),
                field == 5 ? w : h.status(), h.revision());
    }

    private static Summary withHeader(Summary s, Summary.Header header) {
        return new Summary(header, s.mark(), s.deliver(), s.awaiting(), s.notIncluded(), s.expectations(),
                s.responsibilities(), s.extras(), s.milestones(), s.contact());
    }

    private static Summary.Item item(Summary.Item i, String w, int field) {
        List<String> levels = new ArrayList<>(i.serviceLevels());
        if (field == 4) {
            levels.set(0, w);
        }
        return new Summary.Item(field == 0 ? w : i.name(), field == 1 ? w : i.summary(),
                field == 2 ? i.quantity() + w.length() : i.quantity(),
                field == 3 ? i.date().plusDays(w.length()) : i.date(), levels, field == 5 ? !i.fromDate() : i.fromDate());
    }

    /** Replaces the first delivered item (it has a summary, a date and a service level). */
    private static Summary withDeliver(Summary s, Summary.Item changed) {
        List<Summary.Item> deliver = new ArrayList<>(s.deliver());
        deliver.set(0, changed);
        return new Summary(s.header(), s.mark(), deliver, s.awaiting(), s.notIncluded(), s.expectations(),
                s.responsibilities(), s.extras(), s.milestones(), s.contact());
    }

    private static Summary withExpectation(Summary s, int field, String w) {
        List<Summary.Expectation> all = new ArrayList<>(s.expectations());
        Summary.Expectation e = all.get(0);
        all.set(0, new Summary.Expectation(field == 0 ? w : e.words(), field == 1 ? w : e.mark(),
                field == 2 ? w : e.clarified(), field == 3 ? w : e.note(), field == 4 ? List.of(w) : e.coveredBy()));
        return new Summary(s.header(), s.mark(), s.deliver(), s.awaiting(), s.notIncluded(), all,
                s.responsibilities(), s.extras(), s.milestones(), s.contact());
    }

    private static Summary withResponsibility(Summary s, Summary.Responsibility changed) {
        List<Summary.Responsibility> all = new ArrayList<>(s.responsibilities());
        all.set(0, changed);
        return new Summary(s.header(), s.mark(), s.deliver(), s.awaiting(), s.notIncluded(), s.expectations(), all,
                s.extras(), s.milestones(), s.contact());
    }
}
