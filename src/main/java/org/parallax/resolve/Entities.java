package org.parallax.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.parallax.model.ActorMention;
import org.parallax.model.Figure;
import org.parallax.model.PlaceMention;
import org.parallax.model.Span;

/**
 * What a document (or a span of it) names: places resolved against the gazetteer, actors clustered so
 * that the same person, army or state has the same id in every edition, and figures with their unit.
 * Each list is in text order.
 */
public record Entities(List<PlaceMention> places, List<ActorMention> actors, List<Figure> figures) {
    public Entities {
        places = List.copyOf(places);
        actors = List.copyOf(actors);
        figures = List.copyOf(figures);
    }

    /**
     * The entities whose span lies inside the given span (a sentence, a paragraph), found by binary search
     * in the text-ordered lists so that asking for every sentence of a document stays linear.
     */
    public Entities within(Span span) {
        return new Entities(slice(places, span, PlaceMention::span), slice(actors, span, ActorMention::span),
                slice(figures, span, Figure::span));
    }

    private static <T> List<T> slice(List<T> items, Span span, Function<T, Span> of) {
        int lo = 0;
        int hi = items.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (of.apply(items.get(mid)).start() < span.start()) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        List<T> out = new ArrayList<>();
        for (int i = lo; i < items.size() && of.apply(items.get(i)).start() < span.end(); i++) {
            if (span.contains(of.apply(items.get(i)))) {
                out.add(items.get(i));
            }
        }
        return out;
    }
}
