package org.parallax.model;

import java.util.Optional;

/**
 * A temporal expression: its span and text in the document, TIMEX3 type, normalized TIMEX3 value
 * ({@code 1862-05-05}, {@code 1864-SU}, {@code P3Y}, {@code 1861/1867}) and optional modifier
 * ({@code START}, {@code APPROX}, …).
 */
public record Timex(Span span, String text, TimexType type, String value, Optional<String> mod) {
    public Timex {
        if (span == null || text == null || type == null || value == null || mod == null) {
            throw new IllegalArgumentException("timex fields must not be null");
        }
    }

    public Timex(Span span, String text, TimexType type, String value) {
        this(span, text, type, value, Optional.empty());
    }
}
