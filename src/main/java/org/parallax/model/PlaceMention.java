package org.parallax.model;

import java.util.List;
import java.util.Optional;

/**
 * A place named in a text: its span and surface form, the place it was resolved to (empty when no
 * gazetteer entry fits well enough — never forced), the confidence of that choice and the other
 * candidates that were considered.
 */
public record PlaceMention(Span span, String text, Optional<Place> place, double confidence, List<Place> alternatives) {
    public PlaceMention {
        if (span == null || text == null || place == null) {
            throw new IllegalArgumentException("place mention fields must not be null");
        }
        alternatives = List.copyOf(alternatives);
    }
}
