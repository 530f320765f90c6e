package org.parallax.model;

/** One key/value line of an article's infobox, with the spans of key and value in the document text. */
public record InfoboxEntry(String key, String value, Span keySpan, Span valueSpan) {
    public InfoboxEntry {
        if (key == null || value == null || keySpan == null || valueSpan == null) {
            throw new IllegalArgumentException("infobox entry fields must not be null");
        }
    }
}
