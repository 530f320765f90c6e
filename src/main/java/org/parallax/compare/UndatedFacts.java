package org.parallax.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.parallax.model.ActorKind;
import org.parallax.model.DateInterval;
import org.parallax.model.Document;
import org.parallax.model.EventDate;
import org.parallax.model.Precision;
import org.parallax.model.Timex;
import org.parallax.model.TimexType;
import org.parallax.model.Event;
import org.parallax.model.EventType;
import org.parallax.model.Figure;
import org.parallax.model.InfoboxEntry;
import org.parallax.model.Modality;
import org.parallax.model.Sentence;
import org.parallax.model.Span;
import org.parallax.resolve.Entities;

/**
 * The facts an edition states outside dated events: a sentence with no time expression is no event for the
 * events stage, yet "The garrison numbered 15,000 men" or "the attack was led by Ney" is what editions most
 * often disagree on. Every sentence that holds no event and states a figure, names a person, names a spot
 * (a town, a fort) or gives a date the events stage hung no occurrence on becomes a statement with the
 * sentence's places, actors, figures and first date.
 */
final class UndatedFacts {
    private static final SequenceMarkers ORDER = SequenceMarkers.bundled();
    /**
     * A fact's date must be written out with a number ("15 septembre 1494", "il 16 settembre"): a date reckoned
     * from words ("après deux mois") needs the events stage's reading of what it counts from.
     */
    private static final java.util.regex.Pattern WRITTEN = java.util.regex.Pattern.compile("\\d");

    private UndatedFacts() {
    }

    static List<Event> find(Document doc, List<Sentence> sentences, List<Event> events, Entities entities, List<Timex> timexes) {
        Set<Integer> told = events.stream().map(Event::sentenceIndex).collect(Collectors.toSet());
        List<Event> out = new ArrayList<>();
        for (Sentence s : sentences) {
            if (inInfobox(doc, s.span())) {
                continue;
            }
            if (told.contains(s.index())) {
                otherDates(doc, s, events, entities, timexes, out);
                continue;
            }
            Entities here = entities.within(s.span());
            // A figure belongs to the sentence its number ends in: the recognizer's span may start with the
            // previous sentence's full stop (". About 1,000,000 civilians").
            List<Figure> figures = entities.figures().stream().filter(f -> f.span().end() > s.span().start()
                    && f.span().end() <= s.span().end() && f.span().start() < s.span().end()).toList();
            boolean person = here.actors().stream().anyMatch(a -> a.kind() == ActorKind.PERSON);
            boolean spot = here.places().stream().anyMatch(p -> p.place().filter(FacetValues::locating).isPresent());
            Optional<EventDate> date = date(s, timexes);
            // A sentence that orders two actions ("first Portugal, then Castile") is a fact to compare too.
            boolean ordered = ORDER.afterAt(doc.language(), s.text()).isPresent();
            if (figures.isEmpty() && !person && !spot && date.isEmpty() && !ordered) {
                continue;
            }
            out.add(statement(doc, s, "fact-" + out.size(), s.span().start(), date, here, figures));
        }
        return out;
    }

    /**
     * Every sentence of the running text, as a statement with all the places, actors and
     * figures of the sentence: what edition-wide readers ({@link Commands}) read, whatever events the sentence holds.
     */
    static List<Event> sentences(Document doc, List<Sentence> sentences, Entities entities) {
        List<Event> out = new ArrayList<>();
        for (Sentence s : sentences) {
            Entities here = entities.within(s.span());
            if (inInfobox(doc, s.span())) {
                continue;
            }
            out.add(statement(doc, s, "sentence-" + out.size(), s.span().start(), Optional.empty(), here, List.of()));
        }
        return out;
    }

    /**
     * The dates of an event's sentence that no event of it took ("ratified by Castile in July 1494, then by
     * Portugal on 15 September 1494" gives one event): each becomes a fact of its own, with the places and actors
     * of its stretch of the sentence (from the previous date to the next).
     */
    private static void otherDates(Document doc, Sentence s, List<Event> events, Entities entities, List<Timex> timexes,
                                   List<Event> out) {
        List<Timex> here = timexes.stream().filter(t -> s.span().contains(t.span()) && onDay(t)
                && t.mod().isEmpty() && WRITTEN.matcher(t.text()).find() && DateInterval.parse(t.value()).filter(i -> i.precision() != Precision.RANGE).isPresent()).toList();
        List<Span> used = events.stream().filter(e -> e.sentenceIndex() == s.index()).flatMap(e -> e.date().stream())
                .map(EventDate::span).toList();
        for (int k = 0; k < here.size(); k++) {
            Timex t = here.get(k);
            if (used.stream().anyMatch(u -> u.overlaps(t.span()))) {
                continue;
            }
            int from = k == 0 ? s.span().start() : here.get(k - 1).span().end();
            int to = k + 1 < here.size() ? here.get(k + 1).span().start() : s.span().end();
            Entities stretch = entities.within(new Span(from, to));
            DateInterval i = DateInterval.parse(t.value()).get();
            boolean inferred = !t.text().matches(".*\\d{3,4}.*");
            EventDate date = new EventDate(t.value(), i.precision(), t.text(), t.span(), EventDate.Anchor.DIRECT, inferred, Optional.empty());
            out.add(statement(doc, s, "fact-" + out.size(), t.span().start(), Optional.of(date), stretch, List.of()));
        }
    }

    /** A date, or a part of a day that names its day ("am Vormittag des 19. Oktober", "la nuit du 4 juillet"). */
    private static boolean onDay(Timex t) {
        return t.type() == TimexType.DATE || t.type() == TimexType.TIME && DAY_TIME.matcher(t.value()).matches();
    }

    private static final java.util.regex.Pattern DAY_TIME = java.util.regex.Pattern.compile("-?\\d{4}-\\d{2}-\\d{2}T.*");

    /** A statement of the sentence with no event word (an empty trigger at {@code at}), of no type, asserted. */
    private static Event statement(Document doc, Sentence s, String id, int at, Optional<EventDate> date, Entities here,
                                   List<Figure> figures) {
        String section = doc.sectionAt(s.span().start()).map(sec -> sec.heading()).orElse("");
        return new Event(id, doc.id(), doc.language(), section, s.index(), s.span(), s.text(), new Span(at, at), "",
                EventType.OTHER, date, here.places(), here.actors(), figures, Modality.ASSERTED, false, Optional.empty());
    }

    /**
     * The date a fact's sentence gives, its first calendar date (the events stage found no
     * occurrence to hang it on, but "gathered at Messina in August 1571" still says when). A year written
     * nowhere in the words was inferred from the narrative.
     */
    private static Optional<EventDate> date(Sentence s, List<Timex> timexes) {
        List<Timex> here = timexes.stream().filter(t -> s.span().contains(t.span()) && onDay(t)
                && t.mod().isEmpty() && WRITTEN.matcher(t.text()).find() && DateInterval.parse(t.value()).isPresent()).toList();
        if (here.isEmpty()) {
            return Optional.empty();
        }
        Timex t = here.get(0);
        DateInterval i = DateInterval.parse(t.value()).get();
        if (i.precision() == Precision.RANGE) {
            return Optional.empty();
        }
        boolean inferred = !t.text().matches(".*\\d{3,4}.*");
        // With several dates the first, usually the main clause's, is taken, and held less sure.
        EventDate.Anchor anchor = here.size() == 1 ? EventDate.Anchor.DIRECT : EventDate.Anchor.SHARED;
        return Optional.of(new EventDate(t.value(), i.precision(), t.text(), t.span(), anchor, inferred, Optional.empty()));
    }

    private static boolean inInfobox(Document doc, Span span) {
        for (InfoboxEntry e : doc.infobox()) {
            if (span.overlaps(e.keySpan()) || span.overlaps(e.valueSpan())) {
                return true;
            }
        }
        return false;
    }
}
