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
    /** For a period, the capitalized words (folded) of the words that may say whose it is ({@link #holderText}). */
    final Set<String> holderNames;
    /** For a period statement: what its span of years belongs to (kind and name), from the words before it. */
    final PeriodKinds.Holder holder;
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
        PeriodKinds.Holder h = member.role() == Alignment.Role.PERIOD ? PeriodKinds.bundled().of(holderText(e), e.language().code())
                : new PeriodKinds.Holder(Set.of(), Set.of());
        // "l'intervento di Tessa (1618–1624)": a named period whose name says no kind takes it from the words before.
        this.holder = member.role() == Alignment.Role.PERIOD && !span() && h.kinds().isEmpty()
                ? PeriodKinds.bundled().of(namedLead(e) + " " + e.trigger(), e.language().code()) : h;
        this.holderNames = member.role() == Alignment.Role.PERIOD ? capitalized(holderText(e)) : Set.of();
    }

    /** Whether this is a span of years found in running text, whose holder is read around it (see {@link #holderText}). */
    boolean span() {
        return member.role() == Alignment.Role.PERIOD && member.event().id().startsWith("span-");
    }

    private static final int HOLDER_BEFORE = 12;
    private static final int HOLDER_AFTER = 4;

    /**
     * The words that may say whose a span of years is: for a span found in running text, the twelve words before it
     * in its clause and the four after it up to a punctuation mark ("…, der von 1697 bis 1718 Statthalter der Provinz
     * war"), and the sentence's opening when the span is told in a relative clause further on; for a named period,
     * its name.
     */
    /** The folded words of a text written with a capital, past its first word. */
    private static Set<String> capitalized(String text) {
        Set<String> out = new java.util.HashSet<>();
        String[] w = text.split("[^\\p{L}]+");
        for (int i = 1; i < w.length; i++) {
            if (!w[i].isEmpty() && Character.isUpperCase(w[i].charAt(0))) {
                out.add(org.parallax.model.Folding.plain(w[i]));
            }
        }
        return out;
    }

    private static String holderText(Event e) {
        if (!e.id().startsWith("span-")) {
            return e.trigger();
        }
        int at = e.triggerSpan().start() - e.sentenceSpan().start();
        int end = e.triggerSpan().end() - e.sentenceSpan().start();
        if (at < 0 || end > e.sentence().length()) {
            return e.trigger();
        }
        String before = e.sentence().substring(0, at);
        before = before.substring(Math.max(before.lastIndexOf(';'), before.lastIndexOf(':')) + 1).strip();
        String[] b = before.split("\\s+");
        String after = e.sentence().substring(end).split("[,;:.()\\[\\]]", 2)[0].strip();
        String[] a = after.split("\\s+");
        String near = String.join(" ", java.util.Arrays.copyOfRange(b, Math.max(0, b.length - HOLDER_BEFORE), b.length)) + " "
                + String.join(" ", java.util.Arrays.copyOfRange(a, 0, Math.min(HOLDER_AFTER, a.length)));
        // "A Revolta dos Comuneros … foi uma insurreição das cidades … contra o rei Carlos I que se prolongou de 1520 a
        // 1522": a span told in a relative clause may be the sentence's subject's, named at its opening.
        String clause = before.substring(Math.max(Math.max(before.lastIndexOf(','), before.lastIndexOf(')')), 0));
        boolean relative = java.util.Arrays.stream(clause.split("[^\\p{L}]+")).anyMatch(RELATIVE::contains);
        if (!relative || b.length <= HOLDER_BEFORE) {
            return near;
        }
        String[] opening = e.sentence().split("[,;:(]", 2)[0].strip().split("\\s+");
        return String.join(" ", java.util.Arrays.copyOfRange(opening, 0, Math.min(HOLDER_OPENING, opening.length))) + " " + near;
    }

    private static final int HOLDER_OPENING = 5;
    /** Words before a named period's name that may say its kind ("intervenção de"). */
    private static final int NAMED_LEAD = 3;
    /** Relative pronouns that open a clause telling more of a noun before it, in the six languages. */
    private static final Set<String> RELATIVE = Set.of("which", "who", "que", "qui", "che", "cui", "welche", "welcher",
            "welches", "quale", "cual");

    /** Up to {@link #NAMED_LEAD} words before a named period's name in its clause ("intervenção de"). */
    private static String namedLead(Event e) {
        int name = e.sentence().indexOf(e.trigger());
        String lead = e.sentence().substring(0, Math.max(0, name));
        lead = lead.substring(Math.max(Math.max(lead.lastIndexOf(','), lead.lastIndexOf(';')), lead.lastIndexOf('(')) + 1).strip();
        String[] w = lead.isEmpty() ? new String[0] : lead.split("\\s+");
        return String.join(" ", java.util.Arrays.copyOfRange(w, Math.max(0, w.length - NAMED_LEAD), w.length));
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
