package org.parallax.resolve.gazetteer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parallax.model.Place;

/** Collects places and their names, then freezes them into a {@link Gazetteer}. */
final class GazetteerBuilder {
    private final Map<String, List<Gazetteer.Match>> byName = Gazetteer.emptyIndex();
    private final Map<Long, Place> byId = new HashMap<>(1 << 18);

    void add(Place place) {
        byId.put(place.geonameId(), place);
        name(place, place.name(), "", true);
    }

    Place place(long id) {
        return byId.get(id);
    }

    /** Adds a name of a place; the same folded name is kept once per place (the first language wins). */
    void name(Place place, String name, String language, boolean main) {
        String key = NameFolding.fold(name);
        if (key.isEmpty()) {
            return;
        }
        List<Gazetteer.Match> matches = byName.computeIfAbsent(key, k -> Gazetteer.newList());
        for (int i = 0; i < matches.size(); i++) {
            Gazetteer.Match m = matches.get(i);
            if (m.place() == place) {
                if (m.language().isEmpty() && !language.isEmpty()) {
                    // the main name is also the name in one language: English "Mexico" is not French
                    matches.set(i, new Gazetteer.Match(place, language, m.main()));
                }
                return;
            }
        }
        matches.add(new Gazetteer.Match(place, language, main));
    }

    Gazetteer build() {
        return new Gazetteer(byName, byId);
    }
}
