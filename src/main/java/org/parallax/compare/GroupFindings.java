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
    private final FacetValues values;
    private final Quotes quotes;

    GroupFindings(FacetValues values, Quotes quotes) {
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
        Map<String, List<FacetValues.Value>> dates = byEdition(group, m -> values.date(m).stream().toList());
        boolean period = dates.values().stream().flatMap(List::stream).anyMatch(FacetValues::isPeriod);
        facet(group, inside, period ? "period" : "date", subject, dates, values::dates, out);
        Map<String, Map<String, List<FacetValues.Value>>> byUnit = new LinkedHashMap<>();
        byEdition(group, values::figures).forEach((doc, vs) -> vs.forEach(v -> byUnit
                .computeIfAbsent(FacetValues.unitClass((org.parallax.model.Figure) v.datum()), k -> new LinkedHashMap<>())
                .computeIfAbsent(doc, k -> new ArrayList<>()).add(v)));
        byUnit.forEach((unit, vs) -> facet(group, inside, "figure", subject + " — " + unit, single(vs), values::figures, out));
        facet(group, inside, "place", subject, single(byEdition(group, values::places)), values::places, out);
        if (!inside) {
            actors(group, subject, out);
            omissions(group, "date", subject, byEdition(group, m -> m.event().date().isPresent()
                    ? List.of(values.date(m).orElse(new FacetValues.Value(m, m.event().date().get().value(),
                            m.event().date().get().text(), 1, null))) : List.of()), out);
            byUnit.forEach((unit, vs) -> omissions(group, "figure", subject + " — " + unit, vs, out));
            omissions(group, "place", subject, byEdition(group, values::places), out);
        }
        return out;
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

    private void facet(Alignment group, boolean inside, String facet, String subject, Map<String, List<FacetValues.Value>> byDoc,
                       BiFunction<FacetValues.Value, FacetValues.Value, FacetValues.Relation> relation,
                       List<FindingsReport.Entry> out) {
        List<FacetValues.Value> all = byDoc.values().stream().flatMap(List::stream).toList();
        if (all.size() < 2) {
            return;
        }
        boolean contradiction = false;
        boolean agreement = false;
        if (inside) {
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
                    FacetValues.Relation r = editions(byDoc.get(docs.get(i)), byDoc.get(docs.get(j)), relation);
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
        if (shared) {
            out.add(quotes.entry(Finding.Kind.AGREEMENT, "actor", subject, Confidence.of(group, 0.8) * 0.9, all,
                    "the editions name the same participant"));
            return;
        }
        boolean oneEach = byDoc.values().stream().allMatch(vs -> vs.size() == 1)
                && all.stream().allMatch(v -> FacetValues.actorKind(v).equals("PERSON"));
        if (oneEach) {
            out.add(quotes.entry(Finding.Kind.CONTRADICTION, "actor", subject, Confidence.of(group, 0.7), all,
                    "each edition names a different participant"));
        }
    }

    /** A fact some members of the group state and an edition's members leave out: the edition tells the episode without it. */
    private void omissions(Alignment group, String facet, String subject, Map<String, List<FacetValues.Value>> byDoc,
                           List<FindingsReport.Entry> out) {
        if (byDoc.isEmpty()) {
            return;
        }
        List<String> missing = group.members().stream().map(Alignment.Member::docId).distinct()
                .filter(d -> !byDoc.containsKey(d)).toList();
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
