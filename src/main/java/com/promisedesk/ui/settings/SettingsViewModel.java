package com.promisedesk.ui.settings;

import com.promisedesk.export.Layout;
import com.promisedesk.export.Paper;
import com.promisedesk.failure.FailureWords;
import com.promisedesk.store.LocalStore;
import com.promisedesk.store.Profile;
import com.promisedesk.ui.Threads;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Settings screen without a toolkit: the sender printed on written summaries (company,
 * rep, e-mail, phone) and their default paper and locale, read from and saved to the rep's
 * {@value Profile#FILE_NAME}; where the data folder is; and which central store this computer
 * syncs with. Nothing is saved while the e-mail address is not one; a save is on disk before
 * it says "Saved", and the next summary is sent by it (summaries read the profile each time).
 */
public final class SettingsViewModel {

    private final Path dataDir;
    private final Threads threads;
    private final Clock clock;
    private final Locale computer;
    private final BackupViewModel backup;

    private final StringProperty company = new SimpleStringProperty(this, "company", "");
    private final StringProperty rep = new SimpleStringProperty(this, "rep", "");
    private final StringProperty email = new SimpleStringProperty(this, "email", "");
    private final StringProperty phone = new SimpleStringProperty(this, "phone", "");
    private final ObjectProperty<Paper> paper;
    private final ObjectProperty<LocaleChoice> locale;
    private final ObservableList<LocaleChoice> locales = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper emailProblem = new ReadOnlyStringWrapper(this, "emailProblem", "");
    private final ReadOnlyStringWrapper localeExample = new ReadOnlyStringWrapper(this, "localeExample", "");
    private final ReadOnlyStringWrapper saveMessage = new ReadOnlyStringWrapper(this, "saveMessage", "");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving", false);
    private boolean loading;

    /** The settings of the rep whose local store is {@code store}: its folder holds the profile too. */
    public SettingsViewModel(LocalStore store, Threads threads, Clock clock) {
        this(store.file().toAbsolutePath().getParent(),
                new BackupViewModel(store::backupTo, threads, clock), threads, clock, Locale.getDefault());
    }

    /**
     * @param computer     this computer's locale, what a summary uses when the profile names none
     */
    SettingsViewModel(Path dataDir, BackupViewModel backup, Threads threads,
                      Clock clock, Locale computer) {
        this.dataDir = dataDir;
        this.backup = backup;
        this.threads = threads;
        this.clock = clock;
        this.computer = computer;
        locales.add(LocaleChoice.computers(computer));
        for (String tag : LocaleChoice.OFFERED) {
            locales.add(LocaleChoice.of(tag));
        }
        this.locale = new SimpleObjectProperty<>(this, "locale", locales.get(0));
        this.paper = new SimpleObjectProperty<>(this, "paper", Paper.of(computer));
        locale.addListener((o, was, now) -> {
            // A rep who picks a locale gets its paper; they may pick the other paper after.
            if (!loading && now != null) {
                paper.set(Paper.of(now.locale(computer)));
            }
            showExample();
        });
        email.addListener((o, was, now) -> {
            if (!emailProblem.get().isEmpty()) {
                emailProblem.set(problemWith(now));
            }
        });
        showExample();
    }

    /** Reads the profile in the background, and shows it. */
    public void load() {
        threads.load(() -> Profile.read(dataDir), this::show,
                failure -> saveMessage.set(sentence(FailureWords.describe(failure))));
    }

    private void show(Profile profile) {
        // What was said about an earlier save is not about what is shown now.
        saveMessage.set("");
        emailProblem.set("");
        loading = true;
        try {
            company.set(orEmpty(profile.company()));
            rep.set(orEmpty(profile.rep()));
            email.set(orEmpty(profile.email()));
            phone.set(orEmpty(profile.phone()));
            LocaleChoice chosen = profile.locale() == null ? locales.get(0) : locales.stream()
                    .filter(choice -> profile.locale().equalsIgnoreCase(choice.tag())).findFirst()
                    .orElseGet(() -> {
                        LocaleChoice handEdited = LocaleChoice.of(profile.locale());
                        locales.add(handEdited);
                        return handEdited;
                    });
            locale.set(chosen);
            paper.set(profile.paper() != null ? Paper.parse(profile.paper()) : Paper.of(chosen.locale(computer)));
        } finally {
            loading = false;
        }
        showExample();
    }

    /**
     * Saves what the rep typed and chose, unless the e-mail address is not one: then it says
     * why beside the field, and the file stays as it was.
     *
     * @return whether the save was started
     */
    public boolean save() {
        String problem = problemWith(email.get());
        emailProblem.set(problem);
        if (!problem.isEmpty()) {
            saveMessage.set("Not saved: the e-mail address needs a look.");
            return false;
        }
        Profile profile = new Profile(company.get(), rep.get(), email.get(), phone.get(),
                paper.get().name().toLowerCase(Locale.ROOT), locale.get().tag());
        saving.set(true);
        saveMessage.set("Saving…");
        threads.load(() -> {
            profile.write(dataDir);
            return profile;
        }, saved -> {
            saving.set(false);
            saveMessage.set(sentence("Saved. The next summary is sent by " + signature(saved)));
        }, failure -> {
            saving.set(false);
            saveMessage.set(sentence(FailureWords.describe(failure)));
        });
        return true;
    }

    /** Why {@code text} is no e-mail address, gently; empty when it is one, or when there is none. */
    static String problemWith(String text) {
        String address = text == null ? "" : text.strip();
        if (address.isEmpty()) {
            return "";
        }
        if (address.chars().anyMatch(Character::isWhitespace)) {
            return "An e-mail address has no spaces in it.";
        }
        int at = address.indexOf('@');
        if (at <= 0 || at == address.length() - 1 || address.indexOf('@', at + 1) >= 0) {
            return "An e-mail address has one @ with a name before it and a domain after it,"
                    + " such as jonas.keller@fleetwise.example.";
        }
        return "";
    }

    private static String signature(Profile saved) {
        if (saved.rep() == null && saved.company() == null) {
            return "no one in particular (no name or company given)";
        }
        if (saved.rep() == null || saved.company() == null) {
            return saved.rep() != null ? saved.rep() : saved.company();
        }
        return saved.rep() + ", " + saved.company();
    }

    /** "Dates read 5 Dec 2026": what the chosen locale means on a summary. */
    private void showExample() {
        LocaleChoice choice = locale.get();
        if (choice != null) {
            LocalDate today = LocalDate.now(clock);
            localeExample.set("Dates on a summary read " + Layout.of(choice.locale(computer)).date(today) + ".");
        }
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    /** A message that starts as a sentence: "Could not …". */
    static String sentence(String words) {
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1)
                + (words.endsWith(".") ? "" : ".");
    }

    public StringProperty companyProperty() {
        return company;
    }

    public StringProperty repProperty() {
        return rep;
    }

    public StringProperty emailProperty() {
        return email;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public ObjectProperty<Paper> paperProperty() {
        return paper;
    }

    public ObjectProperty<LocaleChoice> localeProperty() {
        return locale;
    }

    public ObservableList<LocaleChoice> locales() {
        return locales;
    }

    public ReadOnlyStringProperty emailProblemProperty() {
        return emailProblem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty localeExampleProperty() {
        return localeExample.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty saveMessageProperty() {
        return saveMessage.getReadOnlyProperty();
    }


    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    /** The data folder, as a path a rep can copy. */
    public String dataFolder() {
        return dataDir.toString();
    }

    /** "Back up my data". */
    public BackupViewModel backup() {
        return backup;
    }
}
