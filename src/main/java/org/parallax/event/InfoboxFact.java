package org.parallax.event;

import java.util.List;
import java.util.Optional;
import org.parallax.model.Span;

/**
 * One infobox entry read as a claim of its edition: what it is about, the side it belongs to (1 or 2 as
 * numbered in the infobox, 0 for none), the key and raw value with its span in the document, the
 * value's items (commanders, casualty counts), its date span as TIMEX3 values, and its numbers.
 */
public record InfoboxFact(Kind kind, int side, String key, String value, Span span, List<String> items,
                          Optional<String> from, Optional<String> to, List<Double> numbers) {
    /** What an infobox entry states. */
    public enum Kind { DATE, PLACE, RESULT, COMBATANTS, COMMANDERS, STRENGTH, CASUALTIES, OTHER }

    public InfoboxFact {
        if (kind == null || key == null || value == null || span == null || from == null || to == null) {
            throw new IllegalArgumentException("infobox fact fields must not be null");
        }
        items = List.copyOf(items);
        numbers = List.copyOf(numbers);
    }
}
