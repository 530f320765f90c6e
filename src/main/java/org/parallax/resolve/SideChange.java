package org.parallax.resolve;

import org.parallax.model.Span;

/**
 * A change of side the text states ("Vidaurri went over to the Imperialists"): the actor's cluster id
 * and name, the side joined, and the span of the sentence part that says so (the date, when the text
 * gives one, is read from that span by the temporal stage).
 */
public record SideChange(String actorId, String name, String side, Span span) {
    public SideChange {
        if (actorId == null || name == null || side == null || span == null) {
            throw new IllegalArgumentException("side change fields must not be null");
        }
    }
}
