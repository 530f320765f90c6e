package org.parallax.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parallax.model.Event;
import org.parallax.model.EventType;

/**
 * Links a later mention of an event to its first mention (the lead tells the battle, the body tells it
 * again): same type, dates that contain one another ("June 1867" and "19 June 1867"), and a shared
 * place or actor. Generic "other" events are never linked: their type says too little.
 */
final class SameEvents {
    private SameEvents() {
    }

    static List<Event> link(List<Event> events) {
        List<Event> out = new ArrayList<>(events.size());
        for (Event e : events) {
            Optional<String> first = events.stream()
                    .filter(x -> x != e && x.sentenceIndex() < e.sentenceIndex() && same(x, e))
                    .map(Event::id).findFirst();
            out.add(first.isEmpty() ? e : new Event(e.id(), e.docId(), e.language(), e.section(), e.sentenceIndex(),
                    e.sentenceSpan(), e.sentence(), e.triggerSpan(), e.trigger(), e.type(), e.date(), e.places(),
                    e.actors(), e.figures(), e.modality(), e.negated(), first));
        }
        return out;
    }

    private static boolean same(Event a, Event b) {
        if (a.type() != b.type() || a.type() == EventType.OTHER || a.date().isEmpty() || b.date().isEmpty()) {
            return false;
        }
        String va = a.date().get().value();
        String vb = b.date().get().value();
        if (!(va.startsWith(vb) || vb.startsWith(va))) {
            return false;
        }
        boolean place = a.places().stream().anyMatch(p -> b.places().stream()
                .anyMatch(q -> p.place().isPresent() ? p.place().equals(q.place()) : p.text().equalsIgnoreCase(q.text())));
        boolean actor = a.actors().stream().anyMatch(p -> b.actors().stream().anyMatch(q -> p.actorId().equals(q.actorId())));
        return place || actor;
    }
}
