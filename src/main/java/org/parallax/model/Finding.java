package org.parallax.model;

import java.util.List;
import java.util.Locale;

/**
 * The result of comparing editions on one fact: agreement, contradiction or omission (or an
 * inconsistency inside one edition), the facet it concerns ({@code date}, {@code period},
 * {@code figure}, {@code place}, {@code actor}, {@code sequence}, …), the fact's subject in words, a
 * confidence, every edition's claim, and a note for people (the finer precision, the tolerance applied).
 */
public record Finding(Kind kind, String facet, String subject, double confidence, List<Claim> claims, String note) {
    public enum Kind {
        AGREEMENT, CONTRADICTION, OMISSION, INCONSISTENCY;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Finding {
        if (kind == null || facet == null || subject == null || note == null) {
            throw new IllegalArgumentException("finding fields must not be null");
        }
        claims = List.copyOf(claims);
    }
}
