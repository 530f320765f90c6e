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
        shortForms();
        return new Gazetteer(byName, byId);
    }

    /**
     * Towns whose official name adds an honour or a river to the name everyone uses: "Heroica Zitácuaro",
     * "Papantla de Olarte", "Tacámbaro de Codallos", "Krems an der Donau". The short form is indexed (as a name of no main
     * standing) only when no place already has it, so "Victoria de Durango" does not take "Victoria"; when two
     * towns share a short form, the more populous one takes it.
     */
    /** What joins a town's short name to its honour or its river: Spanish "de", German "an der", French "-sur-". */
    private static final List<String> JOINTS = List.of(" de ", " an der ", " am ", " im ", " ob der ", "-sur-", "-en-", " sul ");

    private void shortForms() {
        Map<String, Place> shortForms = new HashMap<>();
        for (Place p : byId.values()) {
            if (!p.featureCode().startsWith("PPL")) {
                continue;
            }
            String name = p.name();
            String shortForm = null;
            if (NameFolding.fold(name).startsWith("heroica ") && name.indexOf(' ', 8) < 0) {
                shortForm = name.substring(8);
            } else {
                for (String joint : JOINTS) { // "Tacámbaro de Codallos", "Krems an der Donau", "Châlons-en-Champagne"
                    int at = name.indexOf(joint);
                    if (at > 3 && name.substring(0, at).indexOf(' ') < 0) {
                        shortForm = name.substring(0, at);
                        break;
                    }
                }
            }
            if (shortForm == null || byName.containsKey(NameFolding.fold(shortForm))) {
                continue;
            }
            shortForms.merge(NameFolding.fold(shortForm), p, (a, b) -> a.population() >= b.population() ? a : b);
        }
        for (Map.Entry<String, Place> e : shortForms.entrySet()) {
            byName.computeIfAbsent(e.getKey(), k -> Gazetteer.newList()).add(new Gazetteer.Match(e.getValue(), "", false));
        }
    }
}
