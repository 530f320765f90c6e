package org.parallax.model;

/**
 * A section of a document: its heading text, nesting level (1 for the title, 2 for {@code ==H==}) and
 * the span from the heading to the start of the next heading of any level.
 */
public record Section(String heading, int level, Span headingSpan, Span span) {
    public Section {
        if (heading == null || headingSpan == null || span == null) {
            throw new IllegalArgumentException("section fields must not be null");
        }
    }
}
