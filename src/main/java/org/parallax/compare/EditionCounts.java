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
 * for ships and guns whether a strength or what befell them), the counts two editions share are set aside; when exactly one
 * count left of one edition and one left of the other are near in size (the larger at most {@link #NEAR_RATIO} times
 * the smaller: a different count is rarely the same thing told wrong), of one side (or say none), and neither edition
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
        List<Map<String, List<FacetValues.Value>>> sumsByKind = new ArrayList<>();
        for (Edition e : editions) {
            Map<String, List<FacetValues.Value>> kinds = new LinkedHashMap<>();
            Map<String, List<FacetValues.Value>> sums = new LinkedHashMap<>();
            List<FacetValues.Value> all = new ArrayList<>();
            read(e, kinds, sums, all);
            byKind.add(kinds);
            sumsByKind.add(sums);
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
                List<FacetValues.Value> mineSums = sumsByKind.get(i).getOrDefault(kind.getKey(), List.of());
                List<FacetValues.Value> otherSums = sumsByKind.get(j).getOrDefault(kind.getKey(), List.of());
                Optional<FacetValues.Value[]> pairApart = onePairApart(left(kind.getValue(), other, otherSums),
                        left(other, kind.getValue(), mineSums));
                if (pairApart.isPresent() && !writes(every.get(i), pairApart.get()[1]) && !writes(every.get(j), pairApart.get()[0])) {
                    List<FacetValues.Value> claims = contradicted.computeIfAbsent(kind.getKey(), k -> new ArrayList<>());
                    claims.add(pairApart.get()[0]);
                    claims.add(pairApart.get()[1]);
                }
            }
        }
        List<FindingsReport.Entry> out = new ArrayList<>();
        contradicted.forEach((kind, claims) -> out.add(quotes.entry(Finding.Kind.CONTRADICTION, "figure",
                "the editions' counts — " + kind, 0.45, claims,
                "each edition gives one count of this kind that the other does not share; the two are near but apart")));
        return out;
    }

    /** The edition's counts by kind (see {@link FigureSense#kind}), and the totals it gives term by term. */
    private void read(Edition e, Map<String, List<FacetValues.Value>> kinds, Map<String, List<FacetValues.Value>> sums,
                      List<FacetValues.Value> all) {
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
            for (FacetValues.Value v : values.sums(m)) {
                if (seen.add("sum " + ((FigureSense.Count) v.datum()).figure().span())) {
                    sums.computeIfAbsent(FigureSense.kind((FigureSense.Count) v.datum()), k -> new ArrayList<>()).add(v);
                }
            }
        }
    }

    /**
     * The counts of {@code mine} that no count of {@code theirs} agrees with, nor a total they give term by term
     * ("over 40,000 men" against "23,000 Swedes and 18,000 Saxons"), one per value.
     */
    private List<FacetValues.Value> left(List<FacetValues.Value> mine, List<FacetValues.Value> theirs,
                                         List<FacetValues.Value> theirSums) {
        List<FacetValues.Value> rest = new ArrayList<>();
        for (FacetValues.Value v : mine) {
            if (theirs.stream().noneMatch(w -> values.figures(v, w) == FacetValues.Relation.AGREE)
                    && theirSums.stream().noneMatch(w -> values.figures(v, w) == FacetValues.Relation.AGREE)
                    && rest.stream().noneMatch(w -> values.figures(v, w) == FacetValues.Relation.AGREE)) {
                rest.add(v);
            }
        }
        return rest;
    }

    /**
     * The one pair of left counts, one of each edition, that are near but apart, when there is exactly one:
     * "154,000 men facing about 136,000 Austrians" and "John's 12,000 men" against "rund 154.000 Mann … etwa
     * 113.000 Mann" leave 136,000 and 113,000 as the only counts that may be one count told differently.
     */
    private Optional<FacetValues.Value[]> onePairApart(List<FacetValues.Value> mine, List<FacetValues.Value> theirs) {
        List<FacetValues.Value[]> candidates = new ArrayList<>();
        for (FacetValues.Value a : mine) {
            for (FacetValues.Value b : theirs) {
                // A count of the other side ("about 230 Ottoman galleys" against "300 galés" of the Christian fleet)
                // is no second candidate for one count.
                if (near(a, b) && !otherSides(a, b)) {
                    candidates.add(new FacetValues.Value[] {a, b});
                }
            }
        }
        // "Wellington, whose army numbered some 80,000 men, … forcing Joseph, with about 57,000 men" against "Os
        // franceses, cerca de 70.000 homens": a pair that both say is one side's is the count, before a pair where
        // one count says no side.
        List<FacetValues.Value[]> sided = candidates.stream().filter(EditionCounts::oneSide).toList();
        List<FacetValues.Value[]> chosen = sided.size() == 1 ? sided : candidates;
        return chosen.size() == 1 && apart(chosen.get(0)[0], chosen.get(0)[1]) ? Optional.of(chosen.get(0)) : Optional.empty();
    }

    /** Whether both counts of a pair say whose they are, and name one side. */
    private static boolean oneSide(FacetValues.Value[] pair) {
        Optional<String> x = ((FigureSense.Count) pair[0].datum()).owner();
        return x.isPresent() && x.equals(((FigureSense.Count) pair[1].datum()).owner());
    }

    /** Whether both counts say whose they are and name different sides. */
    private static boolean otherSides(FacetValues.Value a, FacetValues.Value b) {
        Optional<String> x = ((FigureSense.Count) a.datum()).owner();
        Optional<String> y = ((FigureSense.Count) b.datum()).owner();
        return x.isPresent() && y.isPresent() && !x.equals(y);
    }

    /** Whether two counts are near in size: the larger at most {@link #NEAR_RATIO} times the smaller. */
    private static boolean near(FacetValues.Value a, FacetValues.Value b) {
        double x = ((FigureSense.Count) a.datum()).figure().value();
        double y = ((FigureSense.Count) b.datum()).figure().value();
        double lo = Math.min(x, y);
        return lo > 0 && Math.max(x, y) / lo <= NEAR_RATIO;
    }

    /** Whether two counts already {@link #near} in size are of one side (or say none) and contradict. */
    private boolean apart(FacetValues.Value a, FacetValues.Value b) {
        FigureSense.Count x = (FigureSense.Count) a.datum();
        FigureSense.Count y = (FigureSense.Count) b.datum();
        if (x.owner().isPresent() && y.owner().isPresent() && !x.owner().equals(y.owner()) || FigureSense.underOthers(x, y)) {
            return false;
        }
        return values.figures(a, b) == FacetValues.Relation.CONTRADICT;
    }

    /**
     * Whether an edition writes the number anywhere, as a count of any kind: the number itself, not one near it
     * ("rund 154.000" does not write "about 136,000", though the two approximations overlap).
     */
    private boolean writes(List<FacetValues.Value> edition, FacetValues.Value v) {
        return edition.stream().anyMatch(w -> values.sameNumber(v, w));
    }
}
