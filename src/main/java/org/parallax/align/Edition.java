package org.parallax.align;

import java.util.List;
import org.parallax.model.Event;
import org.parallax.model.Language;

/**
 * What one edition states, ready to be aligned: its dated events told in running text, its infobox facts
 * (one statement per key: the trigger is the canonical key, the sentence is the infobox line), and its
 * period statements ("Second Empire (1862–1867)": the trigger is the named thing, the date a range).
 */
public record Edition(String docId, Language language, String title, List<Event> events, List<Event> infobox,
                      List<Event> periods) {
    public Edition {
        if (docId == null || language == null || title == null) {
            throw new IllegalArgumentException("edition fields must not be null");
        }
        events = List.copyOf(events);
        infobox = List.copyOf(infobox);
        periods = List.copyOf(periods);
    }

    /** An edition with running-text events only. */
    public Edition(String docId, Language language, List<Event> events) {
        this(docId, language, "", events, List.of(), List.of());
    }
}
