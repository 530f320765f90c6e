package org.parallax.model;

/**
 * A sentence of a document: its index in the document, span and text, and the paragraph it belongs to
 * (an index into {@link Document#paragraphs()}).
 */
public record Sentence(int index, Span span, String text, int paragraph) {
    public Sentence {
        if (span == null || text == null) {
            throw new IllegalArgumentException("sentence fields must not be null");
        }
    }
}
