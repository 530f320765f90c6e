package org.parallax.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.parallax.align.Alignment;
import org.parallax.model.DateInterval;
import org.parallax.model.Finding;

/**
 * The findings of one aligned group, facet by facet: each edition's values are compared with every other
 * edition's; two editions agree on a facet when some pair of their values agrees (an edition telling an
 * episode in several sentences may give several values), and contradict when every pair contradicts. A
 * group inside one edition yields inconsistencies instead of contradictions, and no agreements.
 */
final class GroupFindings {
    /** The least certainty of a date that can contradict another: an inferred year (0.8) still can. */
    static final double FIRM = 0.8;
    private final FacetValues values;
    private final Quotes quotes;

    /** Every statement (events and undated facts) of each edition, to see whether a "silent" edition says it nearby. */
    private final Map<String, List<org.parallax.model.Event>> told;

    /** Every time expression of each document. */
    private final Map<String, List<org.parallax.model.Timex>> dates;

    GroupFindings(FacetValues values, Quotes quotes) {
        this(values, quotes, Map.of(), Map.of());
    }

    GroupFindings(FacetValues values, Quotes quotes, Map<String, List<org.parallax.model.Event>> told,
                  Map<String, List<org.parallax.model.Timex>> dates) {
        this.told = told;
        this.dates = dates;
        this.values = values;
        this.quotes = quotes;
    }

    List<FindingsReport.Entry> of(Alignment group) {
        if (group.members().size() < 2) {
            return List.of();
        }
        boolean inside = !group.crossEdition();
        String subject = Subjects.of(group);
        List<FindingsReport.Entry> out = new ArrayList<>();
        // A period is compared with periods and a dated occurrence with dates: "launched late in 1862" says
        // nothing against "the war, 1861–1867".
        Map<String, List<FacetValues.Value>> periods = byEdition(group, m -> values.date(m).filter(FacetValues::isPeriod).stream().toList());
        Map<String, List<FacetValues.Value>> points = byEdition(group, m -> values.date(m).filter(v -> !FacetValues.isPeriod(v)).stream().toList());
        facet(group, inside, "period", subject, periods, this::firmDates, out);
        facet(group, inside, "date", subject, points, this::firmDates,
                (a, b) -> editions(ofTypesOf(a, b), ofTypesOf(b, a), this::firmDates), out);
        Map<String, Map<String, List<FacetValues.Value>>> byUnit = byUnit(group);
        byUnit.forEach((unit, vs) -> facet(group, inside, "figure", subject + " — " + unit, single(vs), this::firmFigures, out));
        Map<String, List<FacetValues.Value>> places = byEdition(group, values::places);
        facet(group, inside, "place", subject, places, values::places, (a, b) -> placesOf(a, b, places), out);
        if (!inside) {
            actors(group, subject, out);
        }
        // An omitted fact is only told of occurrences: a period or an undated fact has no episode to leave it out
        // of, and an edition telling a capture where another tells a surrender may be telling another episode.
        if (!inside && group.members().stream().allMatch(m -> m.role() == Alignment.Role.EVENT) && sameKind(group)) {
            omissions(group, "date", subject, byEdition(group, m -> m.event().date().isPresent()
                    ? List.of(values.date(m).orElse(new FacetValues.Value(m, m.event().date().get().value(),
                            m.event().date().get().text(), 1, null))) : List.of()), null, out);
            byUnit.forEach((unit, vs) -> omissions(group, "figure", subject + " — " + unit, vs, values::figures, out));
            omissions(group, "place", subject, byEdition(group, values::spots), values::places, out);
        }
        return out;
    }

    /**
     * Dates compared, where a disagreement counts only between dates read firmly: a date reckoned from another
     * ("after two months") or taken from a sentence with several dates may agree but never contradicts.
     */
    private FacetValues.Relation firmDates(FacetValues.Value x, FacetValues.Value y) {
        FacetValues.Relation r = values.dates(x, y);
        if (r != FacetValues.Relation.CONTRADICT) {
            return r;
        }
        return Math.min(x.certainty(), y.certainty()) < FIRM || writes(x, y) || writes(y, x) || tellsElsewhere(x, y)
                || tellsElsewhere(y, x) ? FacetValues.Relation.UNKNOWN : r;
    }

    /**
     * Figures compared, where a disagreement does not count when either sentence also writes the other's number
     * for the same kind of thing: "sailed with some 12,000 men … and marched on with barely 9,000" tells both the
     * force that sailed and what was left of it, whichever clause the events stage aligned.
     */
    private FacetValues.Relation firmFigures(FacetValues.Value x, FacetValues.Value y) {
        FacetValues.Relation r = values.figures(x, y);
        if (r != FacetValues.Relation.CONTRADICT) {
            return r;
        }
        boolean others = FigureSense.underOthers((FigureSense.Count) x.datum(), (FigureSense.Count) y.datum());
        return others || sentenceWrites(x, y) || sentenceWrites(y, x) ? FacetValues.Relation.UNKNOWN : r;
    }

    /** Whether the sentence of {@code x} writes a count of {@code y}'s kind that agrees with {@code y}. */
    private boolean sentenceWrites(FacetValues.Value x, FacetValues.Value y) {
        for (org.parallax.model.Event e : told.getOrDefault(x.member().docId(), List.of())) {
            if (e.sentenceIndex() != x.member().event().sentenceIndex()) {
                continue;
            }
            for (FacetValues.Value v : values.figures(new Alignment.Member(x.member().docId(), e, Alignment.Role.EVENT))) {
                if (v != x && unit(v).equals(unit(y)) && values.figures(v, y) == FacetValues.Relation.AGREE) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether {@code x}'s edition tells, in another sentence, an occurrence on {@code y}'s day at {@code y}'s town:
     * an edition that gives the battle at Azincourt on 25 October in its lead and the scouts' sighting on the 24th
     * later does not put the battle on the 24th; the other edition's battle is its lead's, not its sighting.
     */
    private boolean tellsElsewhere(FacetValues.Value x, FacetValues.Value y) {
        if (!(y.datum() instanceof org.parallax.model.DateInterval day) || day.days() != 1
                || x.member().docId().equals(y.member().docId())) {
            return false;
        }
        java.util.Set<String> towns = new java.util.HashSet<>();
        y.member().event().places().forEach(p -> town(p).ifPresent(towns::add));
        if (towns.isEmpty()) {
            return false;
        }
        for (org.parallax.model.Event e : told.getOrDefault(x.member().docId(), List.of())) {
            if (e.sentenceIndex() == x.member().event().sentenceIndex() || e.date().isEmpty()
                    || !e.date().get().value().equals(day.value())) {
                continue;
            }
            if (e.places().stream().anyMatch(p -> town(p).filter(towns::contains).isPresent())) {
                return true;
            }
        }
        return false;
    }

    /** A town's key: its gazetteer entry, or for a place the gazetteer does not hold (a village), its written name. */
    private static Optional<String> town(org.parallax.model.PlaceMention p) {
        if (p.place().isEmpty()) {
            return Optional.of("name:" + org.parallax.model.Folding.plain(p.text()));
        }
        return p.place().filter(pl -> pl.featureCode().startsWith("PPL")).map(pl -> "id:" + pl.geonameId());
    }

    /**
     * Whether the sentence of {@code x} also writes a date that agrees with {@code y}'s: "assembled at Messina in
     * August and sailed on 16 September" does not contradict "assembled in August", whichever date the events
     * stage hung on the sentence.
     */
    private boolean writes(FacetValues.Value x, FacetValues.Value y) {
        org.parallax.model.Span sentence = x.member().event().sentenceSpan();
        for (org.parallax.model.Timex t : dates.getOrDefault(x.member().docId(), List.of())) {
            if (sentence.contains(t.span())) {
                var other = org.parallax.model.DateInterval.parse(t.value());
                // A period written beside the date ("the war of 1521 to 1526") contains any day of it: only a
                // date of the same kind as y's (a point for a point, a period for a period) can be y's.
                if (other.isPresent() && (other.get().precision() == org.parallax.model.Precision.RANGE) == FacetValues.isPeriod(y)
                        && values.dates(new FacetValues.Value(x.member(), t.value(), t.text(), 1, other.get()), y)
                        == FacetValues.Relation.AGREE) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The group's figures by what they count and whose they are ("vessels (gb)"). A figure whose counted thing
     * the recognizer did not know ("12,000 galley slaves") counts the same as the other editions' figure when each
     * edition gives one figure only: it joins their unit when they agree on one, else a unit of its own ("count");
     * among several figures it is left out. A figure whose side its sentence does not say joins the side of the
     * others when they all name one, its sentence names no other and no edition gives a count of that side beside a
     * count without one; otherwise it is compared with no side's.
     */
    private Map<String, Map<String, List<FacetValues.Value>>> byUnit(Alignment group) {
        Map<String, List<FacetValues.Value>> figures = byEdition(group, values::figures);
        List<String> known = figures.values().stream().filter(vs -> vs.size() == 1).map(vs -> unit(vs.get(0)))
                .filter(u -> !u.equals("other")).distinct().toList();
        String target = known.size() == 1 ? known.get(0) : "count";
        Map<String, java.util.Set<String>> owners = new LinkedHashMap<>();
        Map<String, List<FacetValues.Value>> kept = new LinkedHashMap<>();
        figures.forEach((doc, vs) -> vs.forEach(v -> {
            if (!unit(v).equals("other") || vs.size() == 1) {
                kept.computeIfAbsent(doc, k -> new ArrayList<>()).add(v);
                owner(v).ifPresent(o -> owners.computeIfAbsent(kind(v, target), k -> new java.util.TreeSet<>()).add(o));
            }
        }));
        // An edition that gives one side's count and a count without a side tells two sides: its count without a
        // side is the other side's, so no count without a side joins a side's.
        java.util.Set<String> mixed = new java.util.HashSet<>();
        kept.forEach((doc, vs) -> vs.stream().collect(java.util.stream.Collectors.groupingBy(v -> kind(v, target)))
                .forEach((kind, ks) -> {
                    if (ks.stream().anyMatch(v -> owner(v).isPresent()) && ks.stream().anyMatch(v -> owner(v).isEmpty())) {
                        mixed.add(kind);
                    }
                }));
        Map<String, Map<String, List<FacetValues.Value>>> out = new LinkedHashMap<>();
        kept.forEach((doc, vs) -> vs.forEach(v -> {
            String kind = kind(v, target);
            java.util.Set<String> sides = owners.getOrDefault(kind, java.util.Set.of());
            // A sentence that names another side ("the allies lost 15,000 men … and 12,000 prisoners") may count for it.
            boolean lone = sides.size() == 1 && !mixed.contains(kind)
                    && sides.containsAll(((FigureSense.Count) v.datum()).sentenceSides());
            String side = owner(v).orElse(lone ? sides.iterator().next() : "");
            String key = side.isEmpty() ? kind : kind + " (" + side + ")";
            out.computeIfAbsent(key, k -> new LinkedHashMap<>()).computeIfAbsent(doc, k -> new ArrayList<>()).add(v);
        }));
        return out;
    }

    private static String kind(FacetValues.Value v, String target) {
        String u = unit(v);
        return u.equals("other") ? target : FigureSense.kind((FigureSense.Count) v.datum());
    }

    private static String unit(FacetValues.Value v) {
        return ((FigureSense.Count) v.datum()).unit();
    }

    private static java.util.Optional<String> owner(FacetValues.Value v) {
        return ((FigureSense.Count) v.datum()).owner();
    }

    /** Keeps, per edition, the values only when they are unambiguous (one distinct value), so that a list of figures is not read as a disagreement. */
    private static Map<String, List<FacetValues.Value>> single(Map<String, List<FacetValues.Value>> byDoc) {
        Map<String, List<FacetValues.Value>> out = new LinkedHashMap<>();
        byDoc.forEach((doc, vs) -> {
            if (vs.stream().map(FacetValues.Value::value).distinct().count() == 1) {
                out.put(doc, vs.subList(0, 1));
            }
        });
        return out;
    }

    /**
     * The one spot an edition's statements name, or nothing when they name none or several, or when only some of
     * its mentions tell it as where someone set out from. A place of departure ("had sailed from Humaitá") is
     * compared only with another edition's place of departure: it is not where the occurrence took place.
     */
    private static Optional<Spot> oneSpot(List<FacetValues.Value> vs) {
        List<FacetValues.Value> spots = vs.stream().filter(FacetValues::isSpot).toList();
        // A place the gazetteer does not hold ("um Probstheida und Schönefeld") may be the spot as well as the one it holds.
        boolean unknown = vs.stream().anyMatch(FacetValues::unknownPlace);
        if (unknown || spots.stream().map(FacetValues.Value::value).distinct().count() != 1) {
            return Optional.empty();
        }
        java.util.Set<Boolean> origins = spots.stream()
                .map(v -> PlaceRoles.origin(v.member().event(), (org.parallax.model.PlaceMention) v.datum())).collect(java.util.stream.Collectors.toSet());
        return origins.size() == 1 ? Optional.of(new Spot(spots.get(0), origins.iterator().next())) : Optional.empty();
    }

    /** An edition's one spot, and whether it is told as a place of departure. */
    private record Spot(FacetValues.Value value, boolean origin) {
    }

    private void facet(Alignment group, boolean inside, String facet, String subject, Map<String, List<FacetValues.Value>> byDoc,
                       BiFunction<FacetValues.Value, FacetValues.Value, FacetValues.Relation> relation,
                       List<FindingsReport.Entry> out) {
        facet(group, inside, facet, subject, byDoc, relation, (a, b) -> editions(a, b, relation), out);
    }

    /**
     * Two editions' places: they agree when some place of one agrees with some place of the other; they
     * contradict only when each names exactly one spot (see {@link FacetValues#locating}) and the two are
     * apart, and no third edition of {@code byDoc} tells the two spots together (see {@link #toldTogether}). A
     * sentence also names countries, rivers and the places of other clauses: those never contradict.
     */
    private FacetValues.Relation placesOf(List<FacetValues.Value> a, List<FacetValues.Value> b,
                                          Map<String, List<FacetValues.Value>> byDoc) {
        for (FacetValues.Value x : a) {
            for (FacetValues.Value y : b) {
                if (values.placesAgree(x, y)) {
                    return FacetValues.Relation.AGREE;
                }
            }
        }
        Optional<Spot> sa = oneSpot(a);
        Optional<Spot> sb = oneSpot(b);
        if (sa.isPresent() && sb.isPresent() && sa.get().origin() == sb.get().origin() && values.placesApart(sa.get().value(), sb.get().value())
                && (a == b || !toldTogether(byDoc, a, b, sa.get().value(), sb.get().value()))) {
            return FacetValues.Relation.CONTRADICT;
        }
        return FacetValues.Relation.UNKNOWN;
    }

    private void facet(Alignment group, boolean inside, String facet, String subject, Map<String, List<FacetValues.Value>> byDoc,
                       BiFunction<FacetValues.Value, FacetValues.Value, FacetValues.Relation> relation,
                       BiFunction<List<FacetValues.Value>, List<FacetValues.Value>, FacetValues.Relation> editionRelation,
                       List<FindingsReport.Entry> out) {
        List<FacetValues.Value> all = byDoc.values().stream().flatMap(List::stream).toList();
        if (all.size() < 2) {
            return;
        }
        boolean contradiction = false;
        boolean agreement = false;
        if (inside && facet.equals("place")) {
            contradiction = editionRelation.apply(all, all) == FacetValues.Relation.CONTRADICT;
        } else if (inside) {
            for (int i = 0; i < all.size(); i++) {
                for (int j = i + 1; j < all.size(); j++) {
                    FacetValues.Relation r = relation.apply(all.get(i), all.get(j));
                    contradiction |= r == FacetValues.Relation.CONTRADICT;
                }
            }
        } else {
            List<String> docs = List.copyOf(byDoc.keySet());
            if (docs.size() < 2) {
                return;
            }
            for (int i = 0; i < docs.size(); i++) {
                for (int j = i + 1; j < docs.size(); j++) {
                    FacetValues.Relation r = editionRelation.apply(byDoc.get(docs.get(i)), byDoc.get(docs.get(j)));
                    contradiction |= r == FacetValues.Relation.CONTRADICT;
                    agreement |= r == FacetValues.Relation.AGREE;
                }
            }
        }
        double certainty = all.stream().mapToDouble(FacetValues.Value::certainty).min().orElse(1);
        double confidence = Confidence.of(group, certainty);
        if (contradiction) {
            Finding.Kind kind = inside ? Finding.Kind.INCONSISTENCY : Finding.Kind.CONTRADICTION;
            out.add(quotes.entry(kind, facet, subject, confidence, all, inside
                    ? "the same edition gives different values" : "the editions give values that do not agree under the tolerances"));
        } else if (agreement && !inside) {
            out.add(quotes.entry(Finding.Kind.AGREEMENT, facet, subject, confidence * 0.9, all, Notes.finer(facet, all)));
        }
    }

    /**
     * Whether a third edition names both editions' spots in its statements ("besieging Villena when he learned that
     * Berwick lay at Almansa"): then the two spots are two places of the story, not two answers to one question.
     * A third edition that tells them as two occurrences, or in two clauses ("warf Murat … bei Schleiz zurück, und
     * tags darauf fiel Prinz Louis Ferdinand … bei Saalfeld"), says which is the event's.
     */
    private boolean toldTogether(Map<String, List<FacetValues.Value>> byDoc, List<FacetValues.Value> a, List<FacetValues.Value> b,
                                 FacetValues.Value spotA, FacetValues.Value spotB) {
        for (List<FacetValues.Value> third : byDoc.values()) {
            if (third == a || third == b) {
                continue;
            }
            for (FacetValues.Value x : third) {
                for (FacetValues.Value y : third) {
                    if (values.placesAgree(x, spotA) && values.placesAgree(y, spotB) && !values.placesAgree(x, y)
                            && FacetValues.isSpot(x) && FacetValues.isSpot(y) && x.member() == y.member() && oneClause(x, y)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Whether two places of one statement stand in one clause, with no clause mark between them and its event's word. */
    private static boolean oneClause(FacetValues.Value x, FacetValues.Value y) {
        org.parallax.model.Event e = x.member().event();
        org.parallax.model.Span a = ((org.parallax.model.PlaceMention) x.datum()).span();
        org.parallax.model.Span b = ((org.parallax.model.PlaceMention) y.datum()).span();
        if (Agents.distance(e, a, b) < 0) {
            return false;
        }
        boolean word = e.triggerSpan().end() > e.triggerSpan().start();
        return !word || (Agents.distance(e, a, e.triggerSpan()) >= 0) == (Agents.distance(e, b, e.triggerSpan()) >= 0);
    }

    /**
     * An edition's dates of the occurrences of the kinds the other edition tells, when it tells some: "salió de
     * Toledo el 20 de junio y, cuatro días más tarde, tomó Malagón" holds a departure and a capture, and only the
     * departure's date answers "partito da Toledo il 22 giugno".
     */
    private static List<FacetValues.Value> ofTypesOf(List<FacetValues.Value> a, List<FacetValues.Value> b) {
        java.util.Set<org.parallax.model.EventType> types = b.stream().filter(v -> v.member().role() == Alignment.Role.EVENT)
                .map(v -> v.member().event().type()).collect(java.util.stream.Collectors.toSet());
        List<FacetValues.Value> same = a.stream().filter(v -> v.member().role() == Alignment.Role.EVENT
                && types.contains(v.member().event().type())).toList();
        return same.isEmpty() ? a : same;
    }

    private static FacetValues.Relation editions(List<FacetValues.Value> a, List<FacetValues.Value> b,
                                                 BiFunction<FacetValues.Value, FacetValues.Value, FacetValues.Relation> relation) {
        boolean allContradict = true;
        for (FacetValues.Value x : a) {
            for (FacetValues.Value y : b) {
                FacetValues.Relation r = relation.apply(x, y);
                if (r == FacetValues.Relation.AGREE) {
                    return FacetValues.Relation.AGREE;
                }
                allContradict &= r == FacetValues.Relation.CONTRADICT;
            }
        }
        return allContradict ? FacetValues.Relation.CONTRADICT : FacetValues.Relation.UNKNOWN;
    }

    /**
     * Actors contradict only when each edition names exactly one person for the occurrence and they differ
     * (one general against another; states and armies are too often named loosely); naming more or fewer actors is not a disagreement.
     */
    private void actors(Alignment group, String subject, List<FindingsReport.Entry> out) {
        Map<String, List<FacetValues.Value>> byDoc = byEdition(group, values::actors);
        if (byDoc.size() < 2) {
            return;
        }
        List<FacetValues.Value> all = byDoc.values().stream().flatMap(List::stream).toList();
        boolean shared = false;
        List<String> docs = List.copyOf(byDoc.keySet());
        for (int i = 0; i < docs.size() && !shared; i++) {
            for (int j = i + 1; j < docs.size() && !shared; j++) {
                for (FacetValues.Value x : byDoc.get(docs.get(i))) {
                    shared |= byDoc.get(docs.get(j)).stream().anyMatch(y -> FacetValues.sameActor(x, y));
                }
            }
        }
        Map<String, List<FacetValues.Value>> persons = new LinkedHashMap<>();
        // A person named in another clause ("Crispi resigned, and in the peace of Addis Ababa Italy recognized …") did something else.
        byDoc.forEach((doc, vs) -> persons.put(doc, vs.stream().filter(FacetValues::namedPerson)
                .filter(v -> v.member().role() != Alignment.Role.EVENT
                        || Agents.inClause(v.member().event(), (org.parallax.model.ActorMention) v.datum())).toList()));
        boolean oneEach = persons.values().stream().allMatch(vs -> vs.size() == 1) && byDoc.values().stream().allMatch(vs -> vs.size() == 1);
        List<FacetValues.Value> named = persons.values().stream().flatMap(List::stream).toList();
        // Three editions naming Ney do not outvote the fourth naming Soult: one pair apart is a contradiction.
        // An edition whose own sentence names the other's person too ("Berwick reçoit … le titre de duc de Liria")
        // tells the same people, whichever of them it is read as naming.
        boolean apart = oneEach && named.stream().anyMatch(x -> named.stream().anyMatch(y -> x != y && !FacetValues.cognateNames(x, y)
                && !Agents.named(x.member().event().sentence(), (org.parallax.model.ActorMention) y.datum())
                && !Agents.named(y.member().event().sentence(), (org.parallax.model.ActorMention) x.datum())));
        if (!apart && agents(group, subject, out)) {
            return;
        }
        if (shared && !apart && group.members().stream().allMatch(m -> m.role() == Alignment.Role.EVENT)) {
            out.add(quotes.entry(Finding.Kind.AGREEMENT, "actor", subject, Confidence.of(group, 0.8) * 0.9, all,
                    "the editions name the same participant"));
            return;
        }
        // Statements matched by their words that each name a commander of a body ("the right wing under Las Heras",
        // "los restos, encabezados por Ordóñez") tell of bodies: Commands compares those when the bodies are one.
        if (apart && sameKind(group) && !commanders(group, named)) {
            out.add(quotes.entry(Finding.Kind.CONTRADICTION, "actor", subject, Confidence.of(group, 0.7), named,
                    "each edition names a different participant"));
        }
    }

    /**
     * Whether the statements tell a battle and one of them names several persons: a battle has a commander on each
     * side ("between the French armies of Dumouriez and Kellermann and a Prussian force under Brunswick"), and the
     * one person another edition's clause names may be the other side's.
     */
    private static boolean twoSided(Alignment group) {
        return group.members().stream().allMatch(m -> m.role() == Alignment.Role.EVENT && m.event().type() == org.parallax.model.EventType.BATTLE)
                && group.members().stream().anyMatch(m -> m.event().actors().stream()
                        .filter(a -> a.kind() == org.parallax.model.ActorKind.PERSON).map(a -> a.actorId()).distinct().count() >= 2);
    }

    /** Whether the statements are facts that each name their person right after a command's cue. */
    private static boolean commanders(Alignment group, List<FacetValues.Value> named) {
        return group.members().stream().allMatch(m -> m.role() == Alignment.Role.FACT)
                && named.stream().allMatch(v -> Commands.commanderNamed(v.member().event(), (org.parallax.model.ActorMention) v.datum()));
    }

    /**
     * Editions that name several persons for one occurrence ("the emperor met the king, and General Wimpffen
     * signed") contradict when the word order says who did it (see {@link Agents}) and one edition's doer is
     * another's: each names its own and neither names the other's anywhere in its sentences. The occurrences must
     * be told as events of related types (a signing and a capitulation).
     */
    private boolean agents(Alignment group, String subject, List<FindingsReport.Entry> out) {
        if (group.members().stream().anyMatch(m -> m.role() != Alignment.Role.EVENT || m.event().type() == org.parallax.model.EventType.OTHER)
                || group.members().stream().anyMatch(m -> group.members().stream()
                        .anyMatch(n -> !org.parallax.align.TypeFamilies.related(m.event().type(), n.event().type())))) {
            return false;
        }
        // Statements whose days differ, firmly read or not, may tell different occurrences ("within a week Wellesley
        // was retreating" and "Le 28 juillet, … Joseph ordonna une attaque"): who did each says nothing of who did the other.
        List<FacetValues.Value> days = group.members().stream().flatMap(m -> values.date(m).stream()).toList();
        if (twoSided(group) || days.stream().anyMatch(x -> days.stream().anyMatch(y -> values.dates(x, y) == FacetValues.Relation.CONTRADICT))) {
            return false;
        }
        Map<String, String> sentences = new LinkedHashMap<>();
        for (Alignment.Member m : group.members()) {
            sentences.merge(m.docId(), m.event().sentence(), (a, b) -> a + " " + b);
        }
        Map<String, List<FacetValues.Value>> found = byEdition(group, m -> Agents.of(m.event())
                .map(a -> new FacetValues.Value(m, a.name(), a.text(), 0.7, a)).filter(FacetValues::namedPerson).stream().toList());
        // An edition whose statements name one doer only; one whose statements name two says nothing of who did it.
        Map<String, FacetValues.Value> doers = new LinkedHashMap<>();
        found.forEach((doc, vs) -> {
            if (vs.stream().allMatch(v -> FacetValues.sameActor(v, vs.get(0)))) {
                doers.put(doc, vs.get(0));
            }
        });
        List<String> docs = List.copyOf(doers.keySet());
        boolean apart = false;
        for (int i = 0; i < docs.size() && !apart; i++) {
            for (int j = i + 1; j < docs.size() && !apart; j++) {
                FacetValues.Value x = doers.get(docs.get(i));
                FacetValues.Value y = doers.get(docs.get(j));
                apart = !FacetValues.cognateNames(x, y)
                        && !Agents.named(sentences.get(docs.get(j)), (org.parallax.model.ActorMention) x.datum())
                        && !Agents.named(sentences.get(docs.get(i)), (org.parallax.model.ActorMention) y.datum());
            }
        }
        if (apart) {
            out.add(quotes.entry(Finding.Kind.CONTRADICTION, "actor", subject, Confidence.of(group, 0.6),
                    List.copyOf(doers.values()), "the editions say a different person did it"));
        }
        return apart;
    }

    /**
     * Whether the members tell the same kind of thing: one event type, or facts only. A period or an infobox
     * line has no participant of its own: the persons its sentence names are not "who did it".
     */
    private static boolean sameKind(Alignment group) {
        if (group.members().stream().anyMatch(m -> m.role() == Alignment.Role.PERIOD || m.role() == Alignment.Role.INFOBOX)) {
            return false;
        }
        return group.members().stream().map(m -> m.role() == Alignment.Role.EVENT ? m.event().type().code() : m.role().name())
                .distinct().count() == 1;
    }

    /**
     * A fact some members of the group state and an edition's members leave out: the edition tells the episode
     * without it. The fact must be one fact: the editions that state it agree on it (each value agrees with every
     * other), and a fact stated by one edition only needs a firmly aligned group. A sentence that lists four
     * towns or three figures does not say which of them the silent edition left out.
     */
    private void omissions(Alignment group, String facet, String subject, Map<String, List<FacetValues.Value>> byDoc,
                           BiFunction<FacetValues.Value, FacetValues.Value, FacetValues.Relation> relation,
                           List<FindingsReport.Entry> out) {
        if (byDoc.isEmpty()) {
            return;
        }
        if (relation != null) {
            List<FacetValues.Value> stated = byDoc.values().stream().flatMap(List::stream).toList();
            for (int i = 0; i < stated.size(); i++) {
                for (int j = i + 1; j < stated.size(); j++) {
                    if (relation.apply(stated.get(i), stated.get(j)) != FacetValues.Relation.AGREE) {
                        return;
                    }
                }
            }
            if (byDoc.size() < 2 && group.confidence() < 0.7) {
                return;
            }
        }
        // Silent means saying nothing of the kind: an edition that names a place the resolver left unresolved,
        // or gives a figure of another unit, is not silent.
        List<String> missing = group.members().stream().filter(m -> !byDoc.containsKey(m.docId()) && !mentions(m, facet))
                .map(Alignment.Member::docId).distinct()
                .filter(d -> group.members().stream().filter(m -> m.docId().equals(d)).noneMatch(m -> mentions(m, facet)))
                .filter(d -> relation == null || !saysNearby(group, d, facet, byDoc, relation)).toList();
        if (missing.isEmpty()) {
            return;
        }
        List<FacetValues.Value> all = byDoc.values().stream().flatMap(List::stream).toList();
        List<FacetValues.Value> silent = group.members().stream().filter(m -> missing.contains(m.docId()))
                .map(m -> new FacetValues.Value(m, "", "", 1.0, null)).toList();
        List<FacetValues.Value> claims = new ArrayList<>(all);
        claims.addAll(silent);
        out.add(quotes.entry(Finding.Kind.OMISSION, facet, subject + " — not given by " + Quotes.langs(silent), Confidence.of(group, 0.8) * 0.8,
                claims, "the edition tells the episode but leaves out this fact"));
    }

    /**
     * Whether the edition states the fact in a sentence next to its member (two sentences either way): "The
     * French took 12,000 prisoners" right after the surrender does not leave the prisoners out (nor does "they
     * took 11,000", which disagrees).
     */
    private boolean saysNearby(Alignment group, String doc, String facet, Map<String, List<FacetValues.Value>> byDoc,
                               BiFunction<FacetValues.Value, FacetValues.Value, FacetValues.Relation> relation) {
        List<FacetValues.Value> stated = byDoc.values().stream().flatMap(List::stream).toList();
        for (Alignment.Member m : group.members()) {
            if (!m.docId().equals(doc)) {
                continue;
            }
            for (org.parallax.model.Event e : told.getOrDefault(doc, List.of())) {
                if (Math.abs(e.sentenceIndex() - m.event().sentenceIndex()) > 2) {
                    continue;
                }
                Alignment.Member near = new Alignment.Member(doc, e, Alignment.Role.EVENT);
                List<FacetValues.Value> vs = facet.equals("figure") ? values.figures(near) : values.places(near);
                // A nearby value that disagrees is a contradiction, reported as such, not an omission.
                if (vs.stream().anyMatch(v -> stated.stream().anyMatch(x -> relation.apply(v, x) != FacetValues.Relation.UNKNOWN
                        && (!facet.equals("figure") || unit(v).equals(unit(x)))))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean mentions(Alignment.Member m, String facet) {
        return switch (facet) {
            case "place" -> !m.event().places().isEmpty();
            case "figure" -> !m.event().figures().isEmpty();
            default -> false;
        };
    }

    private static Map<String, List<FacetValues.Value>> byEdition(Alignment group,
                                                                  Function<Alignment.Member, List<FacetValues.Value>> read) {
        Map<String, List<FacetValues.Value>> out = new LinkedHashMap<>();
        for (Alignment.Member m : group.members()) {
            List<FacetValues.Value> vs = read.apply(m);
            if (!vs.isEmpty()) {
                out.computeIfAbsent(m.docId(), k -> new ArrayList<>()).addAll(vs);
            }
        }
        return out;
    }

    static Optional<DateInterval> interval(Alignment.Member m) {
        return m.event().date().flatMap(d -> DateInterval.parse(d.value()));
    }

    static Comparator<FacetValues.Value> byPrecision() {
        return Comparator.comparingLong(v -> ((DateInterval) v.datum()).days());
    }
}
