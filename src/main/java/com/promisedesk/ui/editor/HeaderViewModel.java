package com.promisedesk.ui.editor;

import com.promisedesk.check.Wording;
import com.promisedesk.domain.Customer;
import com.promisedesk.domain.Language;
import com.promisedesk.domain.Promise;
import java.time.LocalDate;
import java.util.Objects;
import java.util.stream.Stream;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The editor's header pane: who the promise is for, its title and start, and the headline
 * above them. Takes the fields' text as typed: a blank name is not applied while the rep is
 * still typing, and the start is read in any form a date field reads (or +15bd from today's start).
 */
public final class HeaderViewModel {

    private final DraftEdits draft;
    private final ReadOnlyObjectWrapper<Shown> shown = new ReadOnlyObjectWrapper<>(this, "shown");

    /**
     * The header as shown: the headline, the line under it, the status chip and each field's text.
     */
    public record Shown(String headline, String subline, String status, String customer, String region,
                        String contact, String title, String start, Language language) {
    }

    HeaderViewModel(DraftEdits draft) {
        this.draft = draft;
        draft.promise.addListener((o, was, now) -> shown.set(shown(now)));
        if (draft.current() != null) {
            shown.set(shown(draft.current()));
        }
    }

    public void setCustomerName(String name) {
        draft.edit("customer.name", p -> p.withCustomer(new Customer(name, p.customer().region(), p.customer().contact())));
    }

    /**
     * A region that is a country ("PL") also sets the customer's language, while none was chosen:
     * a customer in Poland reads Polish unless the rep says otherwise.
     */
    public void setRegion(String region) {
        draft.edit("customer.region", p -> {
            Promise moved = p.withCustomer(new Customer(p.customer().name(), region, p.customer().contact()));
            return p.language() != null ? moved : moved.withLanguage(Language.ofCountry(region).orElse(null));
        });
    }

    /** The language the customer reads the read-back and the written summary in. */
    public void setLanguage(Language language) {
        if (language != null && language != draft.current().language()) {
            draft.edit("language", p -> p.withLanguage(language));
        }
    }

    public void setContact(String contact) {
        draft.edit("customer.contact", p -> p.withCustomer(new Customer(p.customer().name(), p.customer().region(), contact)));
    }

    public void setTitle(String title) {
        draft.edit("title", p -> p.withTitle(title));
    }

    public void setStart(LocalDate start) {
        if (start != null) {
            draft.edit("start", p -> p.withStart(start));
        }
    }

    /** The customer's name as typed so far: blank is not applied (the rep is still typing). */
    public void typeCustomer(String text) {
        ifTyped(text, () -> setCustomerName(text));
    }

    public void typeRegion(String text) {
        ifTyped(text, () -> setRegion(text));
    }

    public void typeContact(String text) {
        ifTyped(text, () -> setContact(text));
    }

    public void typeTitle(String text) {
        ifTyped(text, () -> setTitle(text));
    }

    /**
     * The start as typed, on Enter or leaving the field: applied when it reads as a date.
     *
     * @return what the field shows now: the start as the app writes dates (the old one when the text was not a date)
     */
    public String commitStart(String text) {
        draft.dateInput().parse(text).ifPresent(this::setStart);
        return Wording.date(draft.current().start());
    }

    /** The rep left a field: what was typed in it is one undo step. */
    public void doneTyping() {
        draft.sealUndoStep();
    }

    public ReadOnlyObjectProperty<Shown> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    private static void ifTyped(String text, Runnable apply) {
        if (text != null && !text.isBlank()) {
            apply.run();
        }
    }

    private static Shown shown(Promise promise) {
        Customer customer = promise.customer();
        String subline = String.join(" · ", Stream.of(
                customer.region() == null ? null : "Region " + customer.region(),
                customer.contact(), "start " + Wording.date(promise.start()))
                .filter(Objects::nonNull).toList());
        return new Shown(customer.name() + " · " + promise.title(), subline, promise.status().label(),
                text(customer.name()), text(customer.region()), text(customer.contact()), text(promise.title()),
                Wording.date(promise.start()), promise.writtenIn());
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
