package org.parallax.resolve.gazetteer;

import java.util.List;
import org.parallax.model.Place;

/** An in-memory index of places by name (accent- and case-folded), in every language it knows. */
public final class Gazetteer {
    private Gazetteer() {
    }

    /** The extract bundled with Parallax (GeoNames-derived). */
    public static Gazetteer bundled() {
        return new Gazetteer();
    }

    /** The places a name may denote, most populous first. */
    public List<Place> lookup(String name) {
        return List.of();
    }
}
