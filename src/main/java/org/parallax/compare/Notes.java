package org.parallax.compare;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.parallax.model.DateInterval;

/** Notes for people: which edition is more precise when editions agree at different precisions. */
final class Notes {
    private Notes() {
    }

    static String finer(String facet, List<FacetValues.Value> values) {
        if (!facet.equals("date") && !facet.equals("period")) {
            return "the editions agree";
        }
        FacetValues.Value finest = values.stream().min(Comparator.comparingLong(v -> ((DateInterval) v.datum()).days())).orElseThrow();
        FacetValues.Value coarsest = values.stream().max(Comparator.comparingLong(v -> ((DateInterval) v.datum()).days())).orElseThrow();
        DateInterval f = (DateInterval) finest.datum();
        DateInterval c = (DateInterval) coarsest.datum();
        if (f.days() == c.days()) {
            return "the editions agree at the same precision";
        }
        String fineLangs = langsWith(values, f.days());
        String coarseLangs = langsWith(values, c.days());
        return "agree at different precisions: " + fineLangs + " give" + (fineLangs.contains(",") ? "" : "s") + " the "
                + f.precision().code() + " (" + f.value() + "), " + coarseLangs + " the " + c.precision().code() + " (" + c.value() + ")";
    }

    private static String langsWith(List<FacetValues.Value> values, long days) {
        return values.stream().filter(v -> ((DateInterval) v.datum()).days() == days)
                .map(v -> v.member().event().language().code()).distinct().collect(Collectors.joining(", "));
    }
}
