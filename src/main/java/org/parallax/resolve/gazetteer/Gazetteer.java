package org.parallax.resolve.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.parallax.model.Place;

/**
 * An in-memory index of places by name, in every language it knows: populated places, first-level
 * divisions (feature {@code ADM1}) and countries ({@code PCLI}). Names are matched with accent, case,
 * hyphen and apostrophe folding. Built from the extract bundled with Parallax or from full GeoNames
 * dumps; immutable and safe for use from several threads.
 */
public final class Gazetteer {
    /**
     * One way a name leads to a place: the place, the language the name belongs to ({@code ""} when it
     * is not tied to one) and whether it is the place's main name.
     */
    public record Match(Place place, String language, boolean main) {
        public Match {
            if (place == null || language == null) {
                throw new IllegalArgumentException("match fields must not be null");
            }
        }
    }

    private static final String BUNDLED = "/gazetteer/places.tsv.gz";
    private static volatile Gazetteer bundled;

    private final Map<String, List<Match>> byName;
    private final Map<Long, Place> byId;
    private final Map<String, Place> divisions;
    private final int longestName;

    Gazetteer(Map<String, List<Match>> byName, Map<Long, Place> byId) {
        this.byName = byName;
        this.byId = byId;
        this.divisions = new HashMap<>();
        int longest = 1;
        for (List<Match> matches : byName.values()) {
            matches.sort(Comparator.comparingLong((Match m) -> -m.place().population()));
        }
        for (String key : byName.keySet()) {
            int words = 1;
            for (int i = 0; i < key.length(); i++) {
                words += key.charAt(i) == ' ' ? 1 : 0;
            }
            longest = Math.max(longest, words);
        }
        for (Place p : byId.values()) {
            if (p.featureCode().equals("PCLI")) {
                divisions.put(p.countryCode(), p);
            } else if (p.featureCode().equals("ADM1")) {
                divisions.put(p.countryCode() + "." + p.admin1(), p);
            }
        }
        this.longestName = Math.min(longest, 8);
    }

    /** The extract bundled with Parallax (GeoNames-derived), loaded once. */
    public static Gazetteer bundled() {
        Gazetteer g = bundled;
        if (g == null) {
            synchronized (Gazetteer.class) {
                if (bundled == null) {
                    bundled = readBundled();
                }
                g = bundled;
            }
        }
        return g;
    }

    /** A gazetteer read from Parallax's own format: gzip'd TSV as written by {@code tools/gazetteer}. */
    public static Gazetteer fromExtract(InputStream gzip) throws IOException {
        GazetteerBuilder builder = new GazetteerBuilder();
        BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(gzip, 1 << 16), StandardCharsets.UTF_8), 1 << 16);
        ExtractFormat.read(in, builder);
        return builder.build();
    }

    /**
     * A gazetteer from GeoNames dumps as downloaded from geonames.org: a place file in the standard
     * 19-column format ({@code allCountries.txt}, {@code cities500.txt}, {@code MX.txt}, …) and,
     * optionally, {@code alternateNamesV2.txt} (or its older version) for names by language.
     *
     * @throws GazetteerException naming the file and line of a malformed row
     */
    public static Gazetteer fromGeoNames(Path places, Optional<Path> alternateNames) {
        return GeoNamesDump.load(places, alternateNames);
    }

    private static Gazetteer readBundled() {
        try (InputStream in = Gazetteer.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new GazetteerException("the bundled gazetteer " + BUNDLED + " is missing from the class path");
            }
            return fromExtract(in);
        } catch (IOException e) {
            throw new UncheckedIOException(BUNDLED, e);
        }
    }

    /** The places a name may denote, most populous first; empty when the name is unknown. */
    public List<Match> lookup(CharSequence name) {
        return byName.getOrDefault(NameFolding.fold(name), List.of());
    }

    /** Whether a name (folded) is in the index, without building the match list. */
    public boolean knows(CharSequence name) {
        return byName.containsKey(NameFolding.fold(name));
    }

    /** Whether one of the places a name may denote is a country or a continent ("Francia", "Europe"). */
    public boolean namesState(CharSequence name) {
        return lookup(name).stream().anyMatch(m -> switch (m.place().featureCode()) {
            case "PCLI", "CONT" -> true;
            default -> false;
        });
    }

    public Optional<Place> byId(long geonameId) {
        return Optional.ofNullable(byId.get(geonameId));
    }

    /** The country entry for an ISO-2 code. */
    public Optional<Place> country(String countryCode) {
        return Optional.ofNullable(divisions.get(countryCode));
    }

    /** One-word names of countries, folded, in every language the extract holds, with their ISO-2 codes. */
    private volatile Map<String, String> countryWords;
    /** {@link #countryOfAdjective} by folded word: one scan of the country names per word. */
    private final Map<String, Optional<String>> adjectives = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The country whose name a word is derived from ("paraguaya", "brasileira", "brésilienne", "Brazilian",
     * "brasilianische"), by a shared beginning of six letters or more with a one-word country name of six letters or
     * more; empty when none or several countries share it. Short names (Peru, Cuba) are left out: too many words share
     * their beginning.
     */
    public Optional<String> countryOfAdjective(String word) {
        String w = NameFolding.fold(word);
        if (w.length() < 6 || w.contains(" ")) {
            return Optional.empty();
        }
        return adjectives.computeIfAbsent(w, this::countryOfFolded);
    }

    private Optional<String> countryOfFolded(String w) {
        Map<String, String> names = countryWords;
        if (names == null) {
            Map<String, String> built = new HashMap<>();
            byName.forEach((name, matches) -> {
                if (name.length() >= 6 && !name.contains(" ") && !name.contains("-")) {
                    matches.stream().filter(m -> m.place().featureCode().equals("PCLI")).findFirst()
                            .ifPresent(m -> built.put(name, m.place().countryCode()));
                }
            });
            names = countryWords = Map.copyOf(built);
        }
        java.util.Set<String> codes = new java.util.HashSet<>();
        for (var e : names.entrySet()) {
            String n = e.getKey();
            int common = 0;
            while (common < n.length() && common < w.length() && n.charAt(common) == w.charAt(common)) {
                common++;
            }
            if (common >= 6 && common >= n.length() - 2) {
                codes.add(e.getValue());
            }
        }
        return codes.size() == 1 ? Optional.of(codes.iterator().next()) : Optional.empty();
    }

    /** The first-level division a place lies in, if the gazetteer has it. */
    public Optional<Place> division(Place place) {
        return Optional.ofNullable(divisions.get(place.countryCode() + "." + place.admin1()));
    }

    /** The most words any indexed name has (capped), so callers know how long a candidate may be. */
    public int longestName() {
        return longestName;
    }

    public int size() {
        return byId.size();
    }

    /** The folded form a name is indexed under. */
    public static String fold(CharSequence name) {
        return NameFolding.fold(name);
    }

    static Map<String, List<Match>> emptyIndex() {
        return new HashMap<>(1 << 19);
    }


    static List<Match> newList() {
        return new ArrayList<>(2);
    }
}
