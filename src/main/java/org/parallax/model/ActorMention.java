package org.parallax.model;

import java.util.Optional;

/**
 * A mention of a participant: span and surface form, the id of the actor cluster it belongs to (the same
 * id across mentions and across editions for the same person, army or state), the cluster's canonical
 * name, its kind, and the side the text puts it on here, if any.
 */
public record ActorMention(Span span, String text, String actorId, String name, ActorKind kind, Optional<String> side) {
    public ActorMention {
        if (span == null || text == null || actorId == null || name == null || kind == null || side == null) {
            throw new IllegalArgumentException("actor mention fields must not be null");
        }
    }
}
