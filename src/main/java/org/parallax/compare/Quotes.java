package org.parallax.compare;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.parallax.model.Claim;
import org.parallax.model.Event;
import org.parallax.model.Finding;

/** Turns compared values into claims that quote each edition's sentence with its span, in the order of the editions. */
final class Quotes {
    private final Map<String, Integer> editionOrder;

    Quotes(Map<String, Integer> editionOrder) {
        this.editionOrder = editionOrder;
    }

    FindingsReport.Entry entry(Finding.Kind kind, String facet, String subject, double confidence,
                               List<FacetValues.Value> values, String note) {
        List<FacetValues.Value> sorted = new ArrayList<>(values);
        sorted.sort(java.util.Comparator.comparingInt((FacetValues.Value v) -> editionOrder.getOrDefault(v.member().docId(), 0))
                .thenComparingInt(v -> v.member().event().sentenceSpan().start()));
        List<Claim> claims = new ArrayList<>();
        List<String> marks = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (FacetValues.Value v : sorted) {
            Event e = v.member().event();
            if (seen.add(v.member().docId() + "|" + e.sentenceSpan() + "|" + v.value())) {
                claims.add(new Claim(v.member().docId(), e.language(), v.value(), e.sentence(), e.sentenceSpan()));
                marks.add(v.mark());
            }
        }
        double c = Math.round(Math.max(0, Math.min(1, confidence)) * 100) / 100.0;
        return new FindingsReport.Entry(new Finding(kind, facet, subject, c, claims, note), marks);
    }

    static String langs(List<FacetValues.Value> values) {
        return values.stream().map(v -> v.member().event().language().code()).distinct().collect(Collectors.joining(", "));
    }
}
