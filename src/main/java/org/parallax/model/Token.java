package org.parallax.model;

/** A word or punctuation token with its span in the document text. */
public record Token(Span span, String text) {
    public Token {
        if (span == null || text == null) {
            throw new IllegalArgumentException("token fields must not be null");
        }
    }
}
