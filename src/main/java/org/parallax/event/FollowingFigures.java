package org.parallax.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parallax.model.Document;
import org.parallax.model.Event;
import org.parallax.model.EventType;
import org.parallax.model.Figure;
import org.parallax.model.Modality;
import org.parallax.model.Sentence;
import org.parallax.model.Span;
import org.parallax.resolve.Entities;

/**
 * Gives a fighting event the losses (killed, wounded, casualties, prisoners) that the next few sentences state without a date
 * of their own: "… won a major victory at the Battle of Puebla on 5 May. […] The French suffered 476
 * casualties against 227 Mexican losses." The figures belong to the battle told just before, in the
 * same paragraph, until another dated event is told; strengths, money and other quantities are left where they are.
 */
final class FollowingFigures {
    private static final Set<EventType> FIGHTS = Set.of(EventType.BATTLE, EventType.SIEGE, EventType.CAPTURE,
            EventType.SURRENDER, EventType.LANDING, EventType.RETREAT, EventType.EVACUATION);
    /** Losses; a strength told later ("2,000 men") more often belongs to the next move than to the fight. */
    private static final Set<String> LOSSES = Set.of("killed", "wounded", "casualties", "prisoners");

    /** How many undated sentences after the fight may still give its figures. */
    private static final int FOLLOWING = 3;

    private FollowingFigures() {
    }

    /** The events with the figures of undated follow-up sentences added to the fight each follows. */
    static List<Event> attach(Document doc, List<Sentence> sentences, List<Event> events, Entities entities) {
        List<Event> out = new ArrayList<>(events);
        // The events of each sentence, found once: the pass stays linear in the document.
        Map<Span, List<Integer>> bySentence = new HashMap<>();
        for (int i = 0; i < out.size(); i++) {
            bySentence.computeIfAbsent(out.get(i).sentenceSpan(), k -> new ArrayList<>()).add(i);
        }
        for (int k = 0; k + 1 < sentences.size(); k++) {
            Sentence told = sentences.get(k);
            int last = lastFightIn(out, bySentence.getOrDefault(told.span(), List.of()));
            if (last < 0) {
                continue;
            }
            List<Figure> more = new ArrayList<>();
            for (int j = k + 1; j < Math.min(sentences.size(), k + 1 + FOLLOWING); j++) {
                Sentence next = sentences.get(j);
                if (doc.paragraphAt(told.span().start()) != doc.paragraphAt(next.span().start()) || bySentence.containsKey(next.span())) {
                    break;
                }
                entities.within(next.span()).figures().stream().filter(f -> LOSSES.contains(f.unit())).forEach(more::add);
            }
            if (!more.isEmpty()) {
                Event e = out.get(last);
                List<Figure> figures = new ArrayList<>(e.figures());
                figures.addAll(more);
                out.set(last, new Event(e.id(), e.docId(), e.language(), e.section(), e.sentenceIndex(), e.sentenceSpan(),
                        e.sentence(), e.triggerSpan(), e.trigger(), e.type(), e.date(), e.places(), e.actors(), figures,
                        e.modality(), e.negated(), e.sameAs()));
            }
        }
        return out;
    }

    private static int lastFightIn(List<Event> events, List<Integer> inSentence) {
        int last = -1;
        for (int i : inSentence) {
            Event e = events.get(i);
            if (FIGHTS.contains(e.type()) && e.modality() == Modality.ASSERTED && !e.negated()) {
                last = i;
            }
        }
        return last;
    }
}
