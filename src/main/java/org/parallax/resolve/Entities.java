package org.parallax.resolve;

import java.util.List;
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

    /** The entities whose span lies inside the given span (a sentence, a paragraph). */
    public Entities within(Span span) {
        return new Entities(
                places.stream().filter(p -> span.contains(p.span())).toList(),
                actors.stream().filter(a -> span.contains(a.span())).toList(),
                figures.stream().filter(f -> span.contains(f.span())).toList());
    }
}
