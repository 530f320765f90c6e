package org.parallax.model;

import java.util.List;
import java.util.Optional;

/**
 * One dated (or undated) occurrence told by one sentence of one edition: where it is stated (document,
 * language, section, sentence and its span), its trigger word and type, when, where, who and how many,
 * its modality and negation, and the id of an earlier event it repeats (lead vs. body).
 */
public record Event(String id, String docId, Language language, String section, int sentenceIndex,
                    Span sentenceSpan, String sentence, Span triggerSpan, String trigger, EventType type,
                    Optional<EventDate> date, List<PlaceMention> places, List<ActorMention> actors,
                    List<Figure> figures, Modality modality, boolean negated, Optional<String> sameAs) {
    public Event {
        if (id == null || docId == null || language == null || section == null || sentenceSpan == null
                || sentence == null || triggerSpan == null || trigger == null || type == null || date == null
                || modality == null || sameAs == null) {
            throw new IllegalArgumentException("event fields must not be null");
        }
        places = List.copyOf(places);
        actors = List.copyOf(actors);
        figures = List.copyOf(figures);
    }
}
