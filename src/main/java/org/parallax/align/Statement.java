package org.parallax.align;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.parallax.model.ActorMention;
import org.parallax.model.DateInterval;
import org.parallax.model.Event;
import org.parallax.model.Place;
import org.parallax.model.PlaceMention;

/** One member to align with its anchors computed once: time interval, types, places, actors, figures and words. */
final class Statement {
    final int index;
    final int edition;
    final Alignment.Member member;
    final Optional<DateInterval> interval;
    final Set<String> families;
    final Set<Long> placeIds;
    final Set<Place> places;
    final Set<String> placeNames;
    final Set<String> actorIds;
    final Set<String> personIds;
    final Set<Double> figures;
    final Set<String> words;
    final Set<String> names;
    Map<String, Double> weights = Map.of();
    /** Where the sentence sits in its edition, from 0 (first) to 1 (last), and how many sentences the edition has. */
    double position;
    int editionSentences = 1;

    Statement(int index, int edition, Alignment.Member member, TypeFamilies families, long approxSlackDays) {
        this.index = index;
        this.edition = edition;
        this.member = member;
        Event e = member.event();
        this.interval = e.date().flatMap(d -> DateInterval.parse(d.value())
                .map(i -> d.mod().filter(m -> m.equals("APPROX")).isPresent() ? i.widen(approxSlackDays) : i));
        // A dated fact is an occurrence the events stage could not type: it may tell what an event of any
        // family tells in another edition.
        this.families = member.role() == Alignment.Role.EVENT ? families.of(e.type())
                : member.role() == Alignment.Role.FACT && e.date().isPresent() ? families.withAll(member.role().name())
                : Set.of(member.role().name());
        this.places = e.places().stream().flatMap(p -> p.place().stream()).collect(Collectors.toSet());
        this.placeIds = places.stream().map(Place::geonameId).collect(Collectors.toSet());
        // Every mention's words and resolved name: an edition whose resolver left "Veracruz" unresolved still
        // meets one that resolved it.
        Set<String> names = new java.util.HashSet<>();
        e.places().stream().filter(p -> p.place().map(PairScorer::spot).orElse(true)).forEach(p -> {
            names.add(CognateKeys.fold(p.text()));
            p.place().ifPresent(pl -> names.add(CognateKeys.fold(pl.name())));
        });
        this.placeNames = names;
        this.actorIds = e.actors().stream().map(ActorMention::actorId).collect(Collectors.toSet());
        this.personIds = e.actors().stream().filter(a -> a.kind() == org.parallax.model.ActorKind.PERSON)
                .map(ActorMention::actorId).collect(Collectors.toSet());
        this.figures = e.figures().stream().map(f -> f.value()).collect(Collectors.toSet());
        String text = member.role() == Alignment.Role.EVENT || member.role() == Alignment.Role.FACT ? e.sentence() : e.trigger();
        this.words = CognateKeys.of(text);
        this.names = CognateKeys.names(text);
    }

    Event event() {
        return member.event();
    }

    String docId() {
        return member.docId();
    }

    /** Interval start, or a sentinel that sorts undated statements last. */
    long first() {
        return interval.map(DateInterval::first).orElse(Long.MAX_VALUE);
    }
}
