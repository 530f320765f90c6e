package org.parallax.compare;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.parallax.model.Language;
import org.parallax.model.LanguageFiles;

/** The words that order events ("then", "successivamente") or put them together ("at the same time"), per language, from {@code lang/<code>/sequence-markers.txt}. */
final class SequenceMarkers {
    private final Map<Language, Pattern> after = new EnumMap<>(Language.class);
    private final Map<Language, Pattern> same = new EnumMap<>(Language.class);
    private final Map<Language, Pattern> ahead = new EnumMap<>(Language.class);
    private final Map<Language, Pattern> behind = new EnumMap<>(Language.class);
    /** The words for "and" of the six languages, as alternatives of a pattern. */
    static final String AND_WORDS = "and|et|e|ed|y|und";
    /**
     * The end of a clause shortly before a marker: a comma, a semicolon, a colon or a word for "and", then at most
     * three words ("and then", "et puis", "and only then", "und erst einige Tage danach"), and an elided "qu'" ("et
     * Blücher ne se rendit qu'ensuite").
     */
    private static final Pattern CLAUSE_END = Pattern.compile("(?:[,;:]|(?<![\\p{L}])(?:" + AND_WORDS + "))(?:\\s+\\p{L}+){0,3}(?:\\s+\\p{L}+['’])?\\s*$",
            Pattern.CASE_INSENSITIVE);
    /** "by then", "until then", "dès lors", "da allora", "desde entonces", "bis dahin": a time already reached, no next step. */
    private static final Pattern BY_THEN = Pattern.compile("(?<![\\p{L}])(?:by|until|till|since|from|dès|depuis|da|fino|hasta|desde|bis|seit|até)\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A word for "and" shortly before a marker, after a clause it closes: "chegou a Maipú e, logo depois do abraço". */
    private static final Pattern COORDINATED = Pattern.compile("\\S\\s*,?\\s+(?:" + AND_WORDS + ")\\s*,?(?:\\s+\\p{L}+){0,2}\\s*$",
            Pattern.CASE_INSENSITIVE);
    /** How many words may come before the word that puts a whole sentence after the one before it. */
    private static final int OPENING_WORDS = 3;
    private static final Pattern IDIOM = Pattern.compile("\\s+(another|the other|all|tutto|todo|tout)(?![\\p{L}])", Pattern.CASE_INSENSITIVE);

    /**
     * One sentence cut into what it tells first and what it tells after, and the marker's place in the sentence.
     * {@code first} and {@code then} are texts of the sentence (the first may be cut out of its middle).
     */
    record Clauses(String first, String then, int markerStart, int markerEnd) {
    }

    static SequenceMarkers bundled() {
        SequenceMarkers m = new SequenceMarkers();
        for (Language l : Language.values()) {
            Map<String, List<String>> lines = read(l);
            m.after.put(l, pattern(lines.getOrDefault("after", List.of())));
            m.same.put(l, pattern(lines.getOrDefault("same", List.of())));
            List<String> forward = new ArrayList<>(lines.getOrDefault("after", List.of()));
            forward.addAll(lines.getOrDefault("ahead", List.of()));
            m.ahead.put(l, pattern(forward));
            m.behind.put(l, pattern(lines.getOrDefault("behind", List.of())));
        }
        return m;
    }

    boolean after(Language l, String text) {
        return after.get(l).matcher(text).find();
    }

    /** Where the first word that puts what follows later starts and ends in the text, or empty. */
    java.util.Optional<int[]> afterAt(Language l, String text) {
        java.util.regex.Matcher m = after.get(l).matcher(text);
        return m.find() ? java.util.Optional.of(new int[] {m.start(), m.end()}) : java.util.Optional.empty();
    }

    /**
     * The order one sentence tells in words. After "then", "before", "avant de", what follows the marker came later;
     * after "after", "après", "nachdem", the clause the marker opens (up to the next comma) came first and the rest
     * of the sentence later ("After taking Baza, the army marched on Málaga").
     */
    java.util.Optional<Clauses> clauses(Language l, String text) {
        java.util.regex.Matcher m = ahead.get(l).matcher(text);
        while (m.find()) {
            // "The vanguard then laboured forward": a "then" inside the sentence's only clause follows the sentence
            // before, not a first clause of its own; "took Baza, then Málaga" and "and then" open a second clause.
            String before = text.substring(0, m.start());
            // "poco después del fallido asalto": "después" that opens "después de" is "after" the words it opens.
            if (aside(before) || behind.get(l).matcher(text).region(m.start(), text.length()).lookingAt()) {
                continue;
            }
            boolean then = after.get(l).matcher(text).region(m.start(), m.end()).lookingAt();
            boolean anaphoric = then && (!CLAUSE_END.matcher(before).find() || BY_THEN.matcher(before).find());
            // "Pocos días antes de la batalla, la escuadrilla … había destruido": a "before" that opens the sentence
            // (after a few words of time at most) tells, up to the comma, what came later, and the rest came first.
            int comma = text.indexOf(',', m.end());
            if (!then && comma > 0 && opening(before)) {
                return java.util.Optional.of(new Clauses(before + " " + text.substring(comma + 1), text.substring(m.end(), comma),
                        m.start(), m.end()));
            }
            if (!anaphoric) {
                return java.util.Optional.of(new Clauses(before, text.substring(m.end()), m.start(), m.end()));
            }
        }
        m = behind.get(l).matcher(text);
        while (m.find()) {
            // "d'après" is "according to"; "one after another", "after all" order nothing.
            // "qu'après" is "only after" and orders.
            boolean elided = m.start() > 1 && (text.charAt(m.start() - 1) == '\'' || text.charAt(m.start() - 1) == '\u2019')
                    && Character.toLowerCase(text.charAt(m.start() - 2)) == 'd';
            if (elided || aside(text.substring(0, m.start())) || IDIOM.matcher(text.substring(m.end())).lookingAt()) {
                continue;
            }
            int comma = text.indexOf(',', m.end());
            int end = comma < 0 ? text.length() : comma;
            // "O'Higgins chegou a Maipú ainda na manhã e, logo depois do abraço com San Martín, as tropas avançaram":
            // a clause closed before the marker was told first too, not after.
            String before = text.substring(0, m.start());
            if (comma > 0 && COORDINATED.matcher(before).find()) {
                return java.util.Optional.of(new Clauses(before + " " + text.substring(m.end(), end), text.substring(end), m.start(), m.end()));
            }
            return java.util.Optional.of(new Clauses(text.substring(m.end(), end), before + " " + text.substring(end),
                    m.start(), m.end()));
        }
        return java.util.Optional.empty();
    }

    /**
     * Whether the sentence tells what it tells after what the sentence before it told: it holds a word that puts
     * what follows later among its first words, in its only clause ("Erst danach stieß Laudon zu ihm", "The
     * vanguard then laboured forward"), not one that names a time already reached ("by then"). Further on, such a
     * word belongs to a clause inside the sentence ("che Cellini si vantò poi di aver sparato").
     */
    boolean follows(Language l, String text) {
        java.util.regex.Matcher m = after.get(l).matcher(text);
        while (m.find()) {
            String before = text.substring(0, m.start());
            if (opening(before) && !BY_THEN.matcher(before).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a marker stands inside brackets the words before it opened: an aside, which gives a name, a reckoning
     * or a source ("(nach dem julianischen Kalender am 26. August)"), orders nothing of the sentence's actions.
     */
    private static boolean aside(String before) {
        return before.chars().filter(c -> c == '(').count() > before.chars().filter(c -> c == ')').count();
    }

    /** Whether the words before a marker are a sentence's opening: a few words at most, with no clause end among them. */
    private static boolean opening(String before) {
        return before.strip().split("\\s+").length <= OPENING_WORDS && !CLAUSE_END.matcher(before).find();
    }

    boolean same(Language l, String text) {
        return same.get(l).matcher(text).find();
    }

    private static Pattern pattern(List<String> phrases) {
        if (phrases.isEmpty()) {
            return Pattern.compile("(?!)");
        }
        List<String> quoted = phrases.stream().map(p -> Pattern.quote(p).replace(" ", "\\E\\s+\\Q")).toList();
        return Pattern.compile("(?<![\\p{L}-])(?:" + String.join("|", quoted) + ")(?![\\p{L}-])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static Map<String, List<String>> read(Language l) {
        Map<String, List<String>> out = new java.util.HashMap<>();
        for (String line : LanguageFiles.lines(l, "sequence-markers.txt")) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            List<String> phrases = new ArrayList<>();
            for (String p : line.substring(colon + 1).split("\\|")) {
                if (!p.isBlank()) {
                    phrases.add(p.strip().toLowerCase(Locale.ROOT));
                }
            }
            out.put(line.substring(0, colon).strip(), phrases);
        }
        return out;
    }
}
