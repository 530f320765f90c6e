package org.parallax.model;

/** What one edition says about a fact: the value it gives, the sentence that says it, and the sentence's span. */
public record Claim(String docId, Language language, String value, String text, Span span) {
    public Claim {
        if (docId == null || language == null || value == null || text == null || span == null) {
            throw new IllegalArgumentException("claim fields must not be null");
        }
    }
}
