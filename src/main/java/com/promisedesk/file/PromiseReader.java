package com.promisedesk.file;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/** Builds a {@link Promise} from the tree of a promise file (docs/promise-file.md). */
final class PromiseReader {

    private static final Pattern UUID_TEXT = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    Promise read(FileNode root) {
        root.mapping("id", "customer", "title", "start", "status", "agreedOn", "lines", "expectations", "responsibilities",
                "extras", "language");
        UUID id = id(root.get("id"));
        Customer customer = customer(root);
        String title = root.get("title").text();
        LocalDate start = root.get("start").date();
        PromiseStatus status = root.get("status").optionalChoice(PromiseStatus.class, true, PromiseStatus.DRAFT);
        // Kept as the file says: an agreed promise without it is judged as of its start (docs/checking.md).
        LocalDate agreedOn = root.get("agreedOn").optionalDate();
        // Required, so a file that lost its lines is not read as a promise of nothing; [] is a draft.
        List<CommitmentLine> lines = root.get("lines").required().list(PromiseReader::line);
        int lineCount = lines.size();
        List<Expectation> expectations = root.get("expectations").list(node -> expectation(node, lineCount));
        List<Responsibility> responsibilities = root.get("responsibilities").list(node -> responsibility(node, lineCount));
        List<Extra> extras = root.get("extras").list(node -> {
            String text = node.mapping("text").get("text").text();
            return node.build(() -> new Extra(text));
        });
        Language language = language(root.get("language"));
        return root.build(() -> new Promise(id, customer, title, start, status, agreedOn, lines, expectations,
                responsibilities, extras, language));
    }

    /** The customer's language as its two-letter code ("de"); absent means none was chosen (English). */
    private static Language language(FileNode node) {
        String code = node.optionalText();
        if (code == null) {
            return null;
        }
        return Language.of(code).filter(l -> l.tag().equalsIgnoreCase(code))
                .orElseThrow(() -> node.problem("must be one of " + Language.codes() + "; was \"" + code + "\""));
    }

    /** A promise imported without an id gets a new one. */
    private static UUID id(FileNode node) {
        if (node.isAbsent()) {
            return UUID.randomUUID();
        }
        String text = node.text();
        if (!UUID_TEXT.matcher(text).matches()) {
            throw node.problem("must be a UUID such as 3f2b8c1e-7d4a-4e9b-9c0d-5a6f7e8d9c0b, was \"" + text + "\"");
        }
        return UUID.fromString(text);
    }

    /** Customer names its fields "customer.name", so it is built from the root. */
    private static Customer customer(FileNode root) {
        FileNode node = root.get("customer").mapping("name", "region", "contact");
        String name = node.get("name").text();
        String region = node.get("region").optionalText();
        String contact = node.get("contact").optionalText();
        return root.build(() -> new Customer(name, region, contact));
    }

    private static CommitmentLine line(FileNode node) {
        node.mapping("capability", "bespoke", "quantity", "date", "terms", "underPromiseReason");
        String capability = node.get("capability").optionalText();
        String bespoke = node.get("bespoke").optionalText();
        int quantity = node.get("quantity").whole(1);
        LocalDate date = node.get("date").optionalDate();
        Map<String, BigDecimal> terms = new LinkedHashMap<>();
        node.get("terms").entries().forEach(term -> terms.put(term.getKey(), term.getValue().number()));
        String reason = node.get("underPromiseReason").optionalText();
        return node.build(() -> new CommitmentLine(capability, bespoke, quantity, date, terms, reason));
    }

    private static Expectation expectation(FileNode node, int lineCount) {
        node.mapping("text", "lines", "status", "clarified");
        String text = node.get("text").text();
        List<Integer> lines = links(node.get("lines"), lineCount);
        ExpectationStatus status = node.get("status").optionalChoice(ExpectationStatus.class, true, ExpectationStatus.OPEN);
        String clarified = node.get("clarified").optionalText();
        return node.build(() -> new Expectation(text, lines, status, clarified));
    }

    private static Responsibility responsibility(FileNode node, int lineCount) {
        node.mapping("text", "due", "lines");
        String text = node.get("text").text();
        LocalDate due = node.get("due").optionalDate();
        List<Integer> lines = links(node.get("lines"), lineCount);
        return node.build(() -> new Responsibility(text, due, lines));
    }

    /** Checked here rather than left to Promise, so the message points at the very link. */
    private static List<Integer> links(FileNode node, int lineCount) {
        return node.list(link -> {
            int index = link.whole();
            if (index < 0 || index >= lineCount) {
                throw link.problem("links line " + index + ", but the promise has " + lineCount
                        + (lineCount == 1 ? " line" : " lines") + " (numbered from 0)");
            }
            return index;
        });
    }
}
