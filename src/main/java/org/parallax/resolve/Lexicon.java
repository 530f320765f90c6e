package org.parallax.resolve;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parallax.model.ActorKind;
import org.parallax.model.Language;
import org.parallax.model.LanguageFiles;
import org.parallax.resolve.gazetteer.Gazetteer;

/**
 * The language knowledge the resolve stage reads from {@code /lang/<code>/}: function words, place
 * cues, titles, sides, named groups, number words and formats, units, approximators, range words,
 * demonyms, months, exonyms and given names. All keys are folded (accents and case removed).
 * Exonyms and given names are pooled over all languages, since an Italian text names French generals.
 */
final class Lexicon {
    record Group(String id, ActorKind kind, String side) {
    }

    private static final Map<Language, Lexicon> CACHE = new EnumMap<>(Language.class);
    private static Map<String, String> exonyms;
    private static Set<String> givenNames;
    private static Set<String> sovereignNames;

    final Language language;
    final Set<String> functionWords;
    final Set<String> placeCues;
    final Set<String> particles;
    final Map<String, String> titles;
    final Map<String, String> sides;
    final Map<String, Group> groups;
    final List<String> defectionCues;
    final Map<String, Long> numberWords;
    final Set<Character> groupSeparators = new HashSet<>();
    final char decimalMark;
    final String connector;
    final Map<String, String> units;
    final Set<String> approximators;
    final List<String[]> rangeWords = new ArrayList<>();
    /** Articles that may stand before each number of a range: "tra i 3.000 e i 5.000", "entre los 3.000 y los 5.000". */
    final Set<String> rangeArticles;
    final Map<String, String> demonyms;
    final Set<String> months;
    final Set<String> abbreviations;
    final Set<String> placeWords;
    final Set<String> divisionCues;
    /** Generic feature words that end a name located at the place it starts with ("Mexico City Metropolitan Cathedral"). */
    final Set<String> featureHeads;
    /** Titles of nobility: "the Earl of Salisbury" is a person though Salisbury is a place. */
    final Set<String> peerages;
    /** Words of the names of wars, treaties, alliances and institutions: never part of a person's name. */
    final Set<String> notPersonWords;
    /**
     * The words after which a name is the commander of a body ("under", "al mando de", "sous les ordres de"): the
     * comparison's passive command cues ({@code command-words.txt}), without stems; a lone German word ("unter") is
     * left out, German capitalizing every noun after it.
     */
    final Set<String> commandCues;
    /**
     * Stems of the nouns of a commanded body ("division", "army", "*korps" for an ending), from the "unit" lines of
     * {@code command-words.txt} that name a kind of body, not a nation or a side of the line.
     */
    final Set<String> commandUnits;
    private static final Set<String> SIDE_CONCEPTS = Set.of("LEFT", "RIGHT", "CENTRE");
    /** Capitalized nouns for a settlement that lead the town's name ("die Stadt Harfleur"): German only. */
    final Set<String> settlementWords;
    /** Prepositions that introduce places and people alike ("fedeli a Juárez"). */
    final Set<String> sharedCues;
    /** Phrases that stand for the last town named in the paragraph ("the city", "la ville"). */
    final Set<String> placeAnaphors;
    /** Forts and landforms: in lower case before a name they name another place than the town ("le fort San Javier"). */
    final Set<String> featureWords;
    /** Words that make a name next to them the name of something else ("Monroe Doctrine", "traité de Londres"). */
    final Set<String> nameHeads;
    /** Words that cannot start a name: function words, side words and demonyms ("Republican", "French"). */
    final Set<String> nameStops;
    final int longestPhrase;

    private Lexicon(Language language) {
        this.language = language;
        functionWords = words(language, "function-words.txt");
        placeCues = keys(language, "place-cues.txt");
        particles = keys(language, "name-particles.txt");
        titles = pairs(language, "titles.txt");
        sides = pairs(language, "sides.txt");
        defectionCues = List.copyOf(keys(language, "defection-cues.txt"));
        units = pairs(language, "units.txt");
        approximators = keys(language, "approximators.txt");
        demonyms = pairs(language, "demonyms.txt");
        months = keys(language, "months.txt");
        abbreviations = keys(language, "abbreviations.txt");
        placeWords = words(language, "place-words.txt");
        divisionCues = keys(language, "division-cues.txt");
        featureHeads = words(language, "feature-heads.txt");
        nameHeads = words(language, "name-heads.txt");
        featureWords = words(language, "feature-words.txt");
        placeAnaphors = keys(language, "place-anaphors.txt");
        sharedCues = words(language, "shared-cues.txt");
        peerages = words(language, "peerages.txt");
        notPersonWords = words(language, "not-person-words.txt");
        settlementWords = words(language, "settlement-words.txt");
        Set<String> cues = new HashSet<>();
        Set<String> units = new HashSet<>();
        for (String line : lines(language, "command-words.txt")) {
            String[] row = line.split("\t");
            if (row.length == 3 && row[0].equals("cue") && row[1].equals("passive") && !row[2].contains("*") && !row[2].contains("|")
                    && (language != Language.DE || row[2].strip().contains(" "))) {
                cues.add(fold(row[2].strip()));
            }
            // A nation's concept is two or three capitals ("GB", "ESP"); a kind of body is a word ("ARMY", "CORPS").
            if (row.length == 3 && row[0].equals("unit") && row[2].strip().length() > 3 && !SIDE_CONCEPTS.contains(row[2].strip())) {
                units.add(fold(row[1].strip()));
            }
        }
        commandCues = Set.copyOf(cues);
        commandUnits = Set.copyOf(units);
        nameStops = new HashSet<>(functionWords);
        nameStops.addAll(sides.keySet());
        nameStops.addAll(demonyms.keySet());
        groups = new HashMap<>();
        for (String[] row : rows(language, "groups.txt")) {
            groups.put(fold(row[0]), new Group(row[1], ActorKind.valueOf(row[2]), row.length > 3 ? row[3] : ""));
        }
        numberWords = new HashMap<>();
        for (String[] row : rows(language, "numbers.txt")) {
            numberWords.put(fold(row[0]), Long.parseLong(row[1]));
        }
        char decimal = '.';
        String conn = "and";
        for (String[] row : rows(language, "number-format.txt")) {
            switch (row[0]) {
                case "group" -> groupSeparators.add(row[1].charAt(0));
                case "decimal" -> decimal = row[1].charAt(0);
                case "connector" -> conn = row[1];
                default -> throw new ResolveException("lang/" + language.code() + "/number-format.txt: unknown key " + row[0]);
            }
        }
        decimalMark = decimal;
        connector = conn;
        int longest = 1;
        for (String s : concat(placeCues, approximators, groups.keySet(), titles.keySet(), defectionCues)) {
            longest = Math.max(longest, s.split(" ").length);
        }
        longestPhrase = longest;
        rangeArticles = words(language, "range-articles.txt");
        for (String[] r : rows(language, "range-words.txt")) {
            rangeWords.add(new String[] {fold(r[0]), fold(r.length > 1 ? r[1] : "")});
        }
    }

    static synchronized Lexicon of(Language language) {
        return CACHE.computeIfAbsent(language, Lexicon::new);
    }

    /** Local forms of names that change across languages, mapped to one canonical (folded) form. */
    static synchronized Map<String, String> exonyms() {
        if (exonyms == null) {
            Map<String, String> all = new HashMap<>();
            Set<String> sovereigns = new HashSet<>();
            for (Language l : Language.values()) {
                for (String[] row : rows(l, "exonyms.txt")) {
                    all.put(fold(row[0]), fold(row[1]));
                    sovereigns.add(fold(row[1]));
                }
            }
            exonyms = Map.copyOf(all);
            sovereignNames = Set.copyOf(sovereigns);
        }
        return exonyms;
    }

    /** Canonical names of people known by a given name alone (monarchs): "maximilian", "napoleon". */
    static Set<String> sovereignNames() {
        exonyms();
        return sovereignNames;
    }

    static synchronized Set<String> givenNames() {
        if (givenNames == null) {
            Set<String> all = new HashSet<>();
            for (Language l : Language.values()) {
                all.addAll(words(l, "given-names.txt"));
            }
            givenNames = Set.copyOf(all);
        }
        return givenNames;
    }

    /** Endings of German abstract nouns, with or without the plural "-en": no name ends like them. */
    private static final List<String> ABSTRACT_NOUN_ENDINGS = List.of("keit", "heit", "ung", "schaft", "tum", "nis");

    /**
     * Whether a folded word names a war, treaty, alliance or institution ("peace", "alleanza"); in German also such a
     * word with its case ending ("Krieges"), a compound ending in one of five letters or more ("Erbfolgekrieges") and an
     * abstract noun ("Unabhängigkeit", "Belagerung").
     */
    boolean notPersonWord(String folded) {
        if (notPersonWords.contains(folded)) {
            return true;
        }
        if (language != Language.DE) {
            return false;
        }
        for (String suffix : ABSTRACT_NOUN_ENDINGS) {
            if (folded.length() > suffix.length() + 2 && (folded.endsWith(suffix) || folded.endsWith(suffix + "en"))) {
                return true;
            }
        }
        for (String end : List.of("", "e", "s", "es", "en", "n")) {
            if (folded.endsWith(end)) {
                String stem = folded.substring(0, folded.length() - end.length());
                if (notPersonWords.contains(stem)) {
                    return true;
                }
                for (String w : notPersonWords) {
                    if (w.length() >= 5 && stem.length() > w.length() && stem.endsWith(w)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    static String fold(String s) {
        return Gazetteer.fold(s);
    }

    @SafeVarargs
    private static List<String> concat(java.util.Collection<String>... parts) {
        List<String> out = new ArrayList<>();
        for (var p : parts) {
            out.addAll(p);
        }
        return out;
    }

    /** Whitespace-separated words, folded. */
    private static Set<String> words(Language l, String file) {
        Set<String> out = new HashSet<>();
        for (String w : org.parallax.model.LanguageFiles.words(l, file)) {
            out.add(fold(w));
        }
        return out;
    }

    /** One phrase per line, folded. */
    private static Set<String> keys(Language l, String file) {
        Set<String> out = new HashSet<>();
        for (String line : lines(l, file)) {
            out.add(fold(line.strip()));
        }
        return out;
    }

    private static Map<String, String> pairs(Language l, String file) {
        Map<String, String> out = new HashMap<>();
        for (String[] row : rows(l, file)) {
            out.put(fold(row[0]), row[1].strip());
        }
        return out;
    }

    /** Tab-separated rows; values are kept as written (a space can be a thousands separator). */
    private static List<String[]> rows(Language l, String file) {
        List<String[]> out = new ArrayList<>();
        for (String line : lines(l, file)) {
            String[] row = line.split("\t", -1);
            if (row.length < 2) {
                throw new ResolveException("lang/" + l.code() + "/" + file + ": expected tab-separated fields in \"" + line + "\"");
            }
            out.add(row);
        }
        return out;
    }

    private static List<String> lines(Language l, String file) {
        return LanguageFiles.lines(l, file).stream().map(line -> line.replace("\r", "")).toList();
    }

    /** Whether a folded word is the noun of a commanded body ({@link #commandUnits}). */
    boolean commandUnit(String folded) {
        for (String u : commandUnits) {
            if (u.startsWith("*") ? folded.endsWith(u.substring(1)) : folded.startsWith(u)) {
                return true;
            }
        }
        return false;
    }
}
