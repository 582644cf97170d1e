package com.promisedesk.export;

import com.promisedesk.domain.Language;

/**
 * The plural form a count takes, by the CLDR rules of each language for whole numbers:
 * English, German and Spanish say "1 point" and "2 points"; French counts 0 and 1 as one;
 * Polish has three forms: 1 punkt, 2–4 punkty (but 12–14 punktów), 5 punktów, 22 punkty.
 */
public enum Plural {
    ONE, FEW, MANY, OTHER;

    /** The key suffix of this form in the customer's words: ".one", ".few", ".many", ".other". */
    public String suffix() {
        return "." + name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Plural of(Language language, long n) {
        long abs = Math.abs(n);
        return switch (language) {
            case FR -> abs <= 1 ? ONE : OTHER;
            case PL -> polish(abs);
            case EN, DE, ES -> abs == 1 ? ONE : OTHER;
        };
    }

    private static Plural polish(long n) {
        if (n == 1) {
            return ONE;
        }
        long lastDigit = n % 10;
        long lastTwo = n % 100;
        return lastDigit >= 2 && lastDigit <= 4 && (lastTwo < 12 || lastTwo > 14) ? FEW : MANY;
    }
}
