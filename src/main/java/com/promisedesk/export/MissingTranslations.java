package com.promisedesk.export;

import com.promisedesk.domain.Capability;
import com.promisedesk.domain.Catalog;
import com.promisedesk.domain.CommitmentLine;
import com.promisedesk.domain.Language;
import com.promisedesk.domain.Promise;
import com.promisedesk.domain.Term;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a catalog does not say in a language a promise of the local store is written in: each
 * capability the promise has a line of, whose name, summary or a term's label is English only
 * there. A warning, never a failure: the summary shows the English (decision 0018).
 */
public final class MissingTranslations {

    private MissingTranslations() {
    }

    /** One sentence per text missing, each once however many promises use it, in the order found. */
    public static List<String> of(Catalog catalog, List<Promise> promises) {
        Set<String> warnings = new LinkedHashSet<>();
        for (Promise promise : promises) {
            Language language = promise.writtenIn();
            if (language == Language.EN) {
                continue;
            }
            for (CommitmentLine line : promise.lines()) {
                if (line.isBespoke()) {
                    continue;
                }
                catalog.capability(line.capability()).ifPresent(c -> warn(c, language, warnings));
            }
        }
        return List.copyOf(warnings);
    }

    private static void warn(Capability capability, Language language, Set<String> warnings) {
        String where = capability.code() + " has no " + language.englishName() + " ";
        String then = " (a promise in " + language.englishName() + " uses it; its summary shows the English)";
        if (capability.nameIn(language).isEmpty()) {
            warnings.add(where + "name" + then);
        }
        if (capability.summaryIn(language).isEmpty()) {
            warnings.add(where + "summary" + then);
        }
        for (Term term : capability.terms()) {
            if (term.labelIn(language).isEmpty()) {
                warnings.add(where + "label for the term " + term.key() + then);
            }
        }
    }
}
