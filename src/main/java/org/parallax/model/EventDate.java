package org.parallax.model;

import java.util.Optional;

/**
 * When an event happened: the TIMEX3 value ({@code 1862-05-05}, {@code 1864-SU}, {@code 1861/1867} for a
 * range), its precision, the words that give it and their span, how it is anchored to the event
 * ({@code DIRECT}, {@code SHARED} with a coordinated predicate, {@code RELATIVE} to another date), whether
 * the year was inferred from the narrative, and a TIMEX3 modifier.
 */
public record EventDate(String value, Precision precision, String text, Span span, Anchor anchor,
                        boolean inferredYear, Optional<String> mod) {
    public enum Anchor { DIRECT, SHARED, RELATIVE }

    public EventDate {
        if (value == null || precision == null || text == null || span == null || anchor == null || mod == null) {
            throw new IllegalArgumentException("event date fields must not be null");
        }
    }
}
