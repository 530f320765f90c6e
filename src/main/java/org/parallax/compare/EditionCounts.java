package org.parallax.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parallax.align.Alignment;
import org.parallax.align.Edition;
import org.parallax.model.Finding;

/**
 * Counts compared edition against edition, outside the alignment of sentences. Editions give a side's strength
 * (ships, men, guns) or a toll once, but in sentences that tell different things: "a fleet of 130 ships sent by
 * Philip II" in the lead of one, "la flotta di 151 navi che Filippo II lanciò" in another, "die 89 Schiffe zählende
 * Flotte" against "78 bâtiments de guerre" three paragraphs later. For one kind of count ({@link FigureSense#kind}: the unit, and
 * for ships and guns whether a strength or what befell them), the counts two editions share are set aside; when each edition then
 * has exactly one count left, the two are of one side (or say none), near in size (the larger at most
 * {@link #NEAR_RATIO} times the smaller: a different count is rarely the same thing told wrong), and neither edition
 * writes the other's number anywhere, the two editions give different numbers for one count.
 */
final class EditionCounts {
    /** The largest ratio between two counts that may be one count told differently (12 ironclads / 14; 27,000 men / 35,000). */
    static final double NEAR_RATIO = 1.6;
    private final FacetValues values;
    private final Quotes quotes;

    EditionCounts(FacetValues values, Quotes quotes) {
        this.values = values;
        this.quotes = quotes;
    }

    List<FindingsReport.Entry> of(List<Edition> editions) {
        List<Map<String, List<FacetValues.Value>>> byKind = new ArrayList<>();
        List<List<FacetValues.Value>> every = new ArrayList<>();
        for (Edition e : editions) {
            Map<String, List<FacetValues.Value>> kinds = new LinkedHashMap<>();
            List<FacetValues.Value> all = new ArrayList<>();
            read(e, kinds, all);
            byKind.add(kinds);
            every.add(all);
        }
        Map<String, List<FacetValues.Value>> contradicted = new LinkedHashMap<>();
        for (int[] pair : EditionPairs.of(editions)) {
            int i = pair[0];
            int j = pair[1];
            for (var kind : byKind.get(i).entrySet()) {
                List<FacetValues.Value> other = byKind.get(j).get(kind.getKey());
                if (other == null) {
                    continue;
                }
                Optional<FacetValues.Value> a = left(kind.getValue(), other);
                Optional<FacetValues.Value> b = left(other, kind.getValue());
                if (a.isPresent() && b.isPresent() && apart(a.get(), b.get()) && !writes(every.get(i), b.get())
                        && !writes(every.get(j), a.get())) {
                    List<FacetValues.Value> claims = contradicted.computeIfAbsent(kind.getKey(), k -> new ArrayList<>());
                    claims.add(a.get());
                    claims.add(b.get());
                }
            }
        }
        List<FindingsReport.Entry> out = new ArrayList<>();
        contradicted.forEach((kind, claims) -> out.add(quotes.entry(Finding.Kind.CONTRADICTION, "figure",
                "the editions' counts — " + kind, 0.45, claims,
                "each edition gives one count of this kind that the other does not share; the two are near but apart")));
        return out;
    }

    /** The edition's counts by kind (see {@link FigureSense#kind}). */
    private void read(Edition e, Map<String, List<FacetValues.Value>> kinds, List<FacetValues.Value> all) {
        List<Alignment.Member> members = new ArrayList<>();
        e.events().forEach(ev -> members.add(new Alignment.Member(e.docId(), ev, Alignment.Role.EVENT)));
        e.facts().forEach(ev -> members.add(new Alignment.Member(e.docId(), ev, Alignment.Role.FACT)));
        e.infobox().forEach(ev -> members.add(new Alignment.Member(e.docId(), ev, Alignment.Role.INFOBOX)));
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Alignment.Member m : members) {
            for (FacetValues.Value v : values.figures(m)) {
                FigureSense.Count c = (FigureSense.Count) v.datum();
                // One figure is read once, whichever statements of its sentence carry it.
                if (!seen.add(c.figure().span().toString())) {
                    continue;
                }
                all.add(v);
                if (!c.unit().equals("other") && m.role() != Alignment.Role.INFOBOX) {
                    kinds.computeIfAbsent(FigureSense.kind(c), k -> new ArrayList<>()).add(v);
                }
            }
        }
    }

    /** The one count of {@code mine} that no count of {@code theirs} agrees with, if exactly one (by value) is left. */
    private Optional<FacetValues.Value> left(List<FacetValues.Value> mine, List<FacetValues.Value> theirs) {
        List<FacetValues.Value> rest = mine.stream().filter(v -> theirs.stream()
                .noneMatch(w -> values.figures(v, w) == FacetValues.Relation.AGREE)).toList();
        boolean one = !rest.isEmpty() && rest.stream().allMatch(v -> values.figures(v, rest.get(0)) == FacetValues.Relation.AGREE);
        return one ? Optional.of(rest.get(0)) : Optional.empty();
    }

    private boolean apart(FacetValues.Value a, FacetValues.Value b) {
        FigureSense.Count x = (FigureSense.Count) a.datum();
        FigureSense.Count y = (FigureSense.Count) b.datum();
        if (x.owner().isPresent() && y.owner().isPresent() && !x.owner().equals(y.owner())) {
            return false;
        }
        double lo = Math.min(x.figure().value(), y.figure().value());
        double hi = Math.max(x.figure().value(), y.figure().value());
        return lo > 0 && hi / lo <= NEAR_RATIO && values.figures(a, b) == FacetValues.Relation.CONTRADICT;
    }

    /** Whether an edition writes the number anywhere, as a count of any kind. */
    private boolean writes(List<FacetValues.Value> edition, FacetValues.Value v) {
        return edition.stream().anyMatch(w -> values.figures(v, w) == FacetValues.Relation.AGREE);
    }
}
