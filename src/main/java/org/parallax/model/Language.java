package org.parallax.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The languages Parallax reads. Any other language is refused rather than processed badly. */
public enum Language {
    EN("eng"), FR("fra"), IT("ita"), ES("spa"), DE("deu"), PT("por");

    private final String iso3;

    Language(String iso3) {
        this.iso3 = iso3;
    }

    /** The ISO 639-1 code, as used in file names, flags and output ({@code "en"}). */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String iso3() {
        return iso3;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code());
    }

    /** Accepts an ISO 639-1 or 639-3 code in any case. */
    public static Optional<Language> fromCode(String code) {
        String c = code.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(l -> l.code().equals(c) || l.iso3.equals(c)).findFirst();
    }

    @Override
    public String toString() {
        return code();
    }
}
