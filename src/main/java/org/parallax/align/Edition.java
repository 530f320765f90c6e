package org.parallax.align;

import java.util.List;
import org.parallax.model.Event;
import org.parallax.model.Language;

/**
 * What one edition states, ready to be aligned: its dated events told in running text, its infobox facts
 * (one statement per key: the trigger is the canonical key, the sentence is the infobox line), and its
 * period statements ("Second Empire (1862–1867)": the trigger is the named thing, the date a range), and its
 * undated facts (sentences that tell no dated event but state a figure or name a person).
 */
public record Edition(String docId, Language language, String title, List<Event> events, List<Event> infobox,
                      List<Event> periods, List<Event> facts, List<Event> sentences) {
    public Edition {
        if (docId == null || language == null || title == null) {
            throw new IllegalArgumentException("edition fields must not be null");
        }
        events = List.copyOf(events);
        infobox = List.copyOf(infobox);
        periods = List.copyOf(periods);
        facts = List.copyOf(facts);
        sentences = List.copyOf(sentences);
    }

    /** An edition whose sentences are not read whole (only its events and facts). */
    public Edition(String docId, Language language, String title, List<Event> events, List<Event> infobox,
                   List<Event> periods, List<Event> facts) {
        this(docId, language, title, events, infobox, periods, facts, List.of());
    }

    /** An edition without undated facts. */
    public Edition(String docId, Language language, String title, List<Event> events, List<Event> infobox, List<Event> periods) {
        this(docId, language, title, events, infobox, periods, List.of());
    }

    /** An edition with running-text events only. */
    public Edition(String docId, Language language, List<Event> events) {
        this(docId, language, "", events, List.of(), List.of(), List.of());
    }
}
