package org.parallax.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parallax.align.Alignment;
import org.parallax.align.Edition;
import org.parallax.align.EditionAligner;
import org.parallax.model.Document;
import org.parallax.model.Finding;

/**
 * Compares language editions of one article: aligns what they state and reports, for each aligned fact,
 * where the editions agree (noting the finer precision), contradict each other (by facet: date, period,
 * figure, place, actor, sequence), leave something out (an episode they do not cover, or a fact of an
 * episode they tell), and where one edition disagrees with itself (its infobox against its text, two
 * sentences against each other). Each finding quotes every edition's sentence and has a confidence;
 * findings are ordered by importance: contradictions and inconsistencies first, then omitted facts,
 * agreements, and last the episodes an edition does not cover.
 */
public final class EditionComparator {
    private final Tolerances tolerances;
    private final EditionAligner aligner;
    private final SequenceMarkers markers = SequenceMarkers.bundled();

    public EditionComparator() {
        this(Tolerances.DEFAULTS, new EditionAligner());
    }

    public EditionComparator(Tolerances tolerances, EditionAligner aligner) {
        this.tolerances = tolerances;
        this.aligner = aligner;
    }

    /** Reads each document's events, infobox and periods, then compares them. */
    public FindingsReport compare(List<Document> documents) {
        EditionReader reader = new EditionReader();
        Map<String, List<org.parallax.model.Timex>> dates = new HashMap<>();
        org.parallax.extract.time.TimeTagger tagger = new org.parallax.extract.time.TimeTagger();
        documents.forEach(d -> dates.put(d.id(), tagger.timexes(d)));
        return compareEditions(documents.stream().map(d -> reader.read(d, dates.get(d.id()))).toList(), dates);
    }

    public FindingsReport compareEditions(List<Edition> editions) {
        return compareEditions(editions, Map.of());
    }

    /** With the time expressions of each document, so that a sentence that also writes the other edition's date does not contradict it. */
    FindingsReport compareEditions(List<Edition> editions, Map<String, List<org.parallax.model.Timex>> dates) {
        List<Alignment> groups = aligner.align(editions);
        Map<String, Integer> order = new HashMap<>();
        for (int i = 0; i < editions.size(); i++) {
            order.putIfAbsent(editions.get(i).docId(), i);
        }
        Quotes quotes = new Quotes(order);
        Map<String, List<org.parallax.model.Event>> told = new HashMap<>();
        for (Edition e : editions) {
            List<org.parallax.model.Event> all = new ArrayList<>(e.events());
            all.addAll(e.facts());
            told.merge(e.docId(), all, (x, y) -> {
                List<org.parallax.model.Event> l = new ArrayList<>(x);
                l.addAll(y);
                return l;
            });
        }
        FacetValues values = new FacetValues(tolerances, FacetValues.personWords(told.values().stream().flatMap(List::stream).toList()));
        GroupFindings facets = new GroupFindings(values, quotes, told, dates);
        List<FindingsReport.Entry> entries = new ArrayList<>();
        groups.forEach(g -> entries.addAll(facets.of(g)));
        entries.addAll(new SequenceCheck(markers, quotes).of(groups, editions.stream().map(Edition::docId).toList()));
        entries.addAll(new ClauseOrder(markers, quotes).of(editions));
        entries.addAll(new WordOrder(markers, quotes).of(editions));
        entries.addAll(new EditionCounts(values, quotes).of(editions));
        entries.addAll(new Commands(quotes).of(editions));
        entries.addAll(new PlaceRoles(quotes, aligner.settings().placeDistanceKm()).of(editions));
        entries.addAll(new Coverage(quotes, aligner.settings().nearWindowDays()).of(groups, editions));
        List<FindingsReport.Entry> kept = new ArrayList<>(distinct(entries.stream()
                .filter(e -> e.finding().confidence() >= tolerances.minConfidence()).toList()));
        kept.sort(Comparator.comparingDouble((FindingsReport.Entry e) -> -importance(e.finding()))
                .thenComparing(e -> e.finding().facet()).thenComparing(e -> e.finding().subject()));
        return new FindingsReport(editions.stream()
                .map(e -> new FindingsReport.EditionRef(e.docId(), e.language().code())).toList(), kept);
    }

    /**
     * One finding per fact: two groups drawn from one sentence ("arrived on 16 March and began the siege") give
     * the same finding twice; a finding whose quoted claims are all quoted by a stronger one of the same kind and
     * facet is dropped.
     */
    static List<FindingsReport.Entry> distinct(List<FindingsReport.Entry> entries) {
        List<FindingsReport.Entry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparingDouble((FindingsReport.Entry e) -> -e.finding().claims().size())
                .thenComparingDouble(e -> -e.finding().confidence()));
        List<FindingsReport.Entry> out = new ArrayList<>();
        for (FindingsReport.Entry e : sorted) {
            java.util.Set<String> mine = claimKeys(e.finding());
            boolean covered = out.stream().anyMatch(o -> o.finding().kind() == e.finding().kind()
                    && o.finding().facet().equals(e.finding().facet()) && claimKeys(o.finding()).containsAll(mine));
            if (!covered) {
                out.add(e);
            }
        }
        return out;
    }

    private static java.util.Set<String> claimKeys(Finding f) {
        java.util.Set<String> keys = new java.util.HashSet<>();
        // An order is told by its sentences: the order of two sentences found by their dates and by their words
        // ("first (1650-08-23)", "Orvillers, then Sainte Mauve") is one finding.
        boolean bySentence = f.facet().equals("sequence");
        f.claims().forEach(c -> keys.add(c.docId() + "|" + c.span() + (bySentence ? "" : "|" + c.value())));
        return keys;
    }

    /** Kind first, then confidence, then how many editions the finding involves. */
    static double importance(Finding f) {
        double kind = switch (f.kind()) {
            case CONTRADICTION -> 4;
            case INCONSISTENCY -> 3;
            case OMISSION -> f.facet().equals("episode") || f.facet().equals("event") ? 0 : 2;
            case AGREEMENT -> 1;
        };
        long editions = f.claims().stream().map(c -> c.docId()).distinct().count();
        return kind + f.confidence() * 0.9 + Math.min(editions, 6) * 0.01;
    }
}
