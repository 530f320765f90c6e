package org.parallax.align;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.model.Folding;

/**
 * What a span of years belongs to, read from the words before it: its kind ("war", "reign", "congress", from
 * {@code align/period-heads.txt}) and the name written by the head word ("guerre d'Italie", "Italienischer Krieg",
 * "Guerra Colonial", "Kolonialkrieg" give the keys {@code ital} and {@code colo}). Two editions' spans of years
 * meet when they share a kind and, if both name it, the name. Keys are the first four letters of the folded
 * name, which is how "Italia", "Italie" and "Italienischen" meet where consonant skeletons do not.
 */
final class PeriodKinds {
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’-]*");
    /** Words between a head and its name: articles, prepositions, elided forms. */
    private static final Set<String> LINKS = Set.of("de", "d", "of", "the", "del", "della", "dei", "degli", "delle", "di",
            "da", "la", "le", "les", "des", "du", "der", "die", "das", "den", "von", "do", "dos", "el", "los", "l");
    private static final int NAME_SPAN = 2;
    private static final PeriodKinds BUNDLED = load();

    private final Map<String, String> stems;
    /** Stems read in one language only ("war" is the German "was"): stem to language code. */
    private final Map<String, String> only;

    private PeriodKinds(Map<String, String> stems, Map<String, String> only) {
        this.stems = stems;
        this.only = only;
    }

    static PeriodKinds bundled() {
        return BUNDLED;
    }

    /** The kind and the name keys of the words before a span of years. */
    record Holder(Set<String> kinds, Set<String> names) {
    }

    /**
     * The kinds and names of a holder's words in a language. German writes every noun with a capital, so there a
     * name is only the word right before the head ("Spanischen Erbfolgekrieg") or one after a linking word ("Krieg
     * der Liga"), besides a compound's first part.
     */
    Holder of(String text, String language) {
        boolean nouns = language.equals("de");
        List<String> words = new ArrayList<>();
        List<Boolean> capital = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String w = m.group();
            // "d'Italie", "dell'Ordine": the elided article is a word of its own.
            int apostrophe = Math.max(w.indexOf('\''), w.indexOf('’'));
            if (apostrophe > 0 && apostrophe < w.length() - 1) {
                words.add(Folding.plain(w.substring(0, apostrophe)));
                capital.add(false);
                w = w.substring(apostrophe + 1);
            }
            words.add(Folding.plain(w));
            capital.add(Character.isUpperCase(w.charAt(0)) && m.start() > 0);
        }
        Set<String> kinds = new LinkedHashSet<>();
        Set<String> names = new LinkedHashSet<>();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            String kind = kind(w, language);
            if (kind == null) {
                continue;
            }
            kinds.add(kind);
            String stem = stemIn(w);
            // A German compound's first part is its name: "Kolonialkrieg", "Erbfolgekrieg".
            if (stem != null && w.length() >= stem.length() + 4 && w.endsWith(stem)) {
                names.add(key(w.substring(0, w.length() - stem.length())));
            }
            boolean linked = false;
            for (int j = i + 1, seen = 0; j < words.size() && seen < NAME_SPAN; j++) {
                if (LINKS.contains(words.get(j))) {
                    linked = true;
                    continue;
                }
                seen++;
                if (capital.get(j) && kind(words.get(j), language) == null && words.get(j).length() >= 4 && (!nouns || linked)) {
                    names.add(key(words.get(j)));
                }
            }
            for (int j = i - 1, seen = 0; j >= 0 && seen < (nouns ? 1 : NAME_SPAN); j--) {
                if (LINKS.contains(words.get(j))) {
                    if (nouns) {
                        break;
                    }
                    continue;
                }
                seen++;
                if (capital.get(j) && kind(words.get(j), language) == null && words.get(j).length() >= 4) {
                    names.add(key(words.get(j)));
                }
            }
        }
        return new Holder(kinds, names);
    }

    /** Name words of every language that say one thing ("Succession", "Erbfolge"), from {@code align/period-names.txt}. */
    private static final Map<String, String> SAME_NAMES = sameNames();

    private static String key(String word) {
        String f = CognateKeys.fold(word);
        for (var e : SAME_NAMES.entrySet()) {
            if (f.startsWith(e.getKey())) {
                return "=" + e.getValue();
            }
        }
        return f.substring(0, Math.min(4, f.length()));
    }

    private static Map<String, String> sameNames() {
        Map<String, String> out = new LinkedHashMap<>();
        NamedLists.read("/align/period-names.txt").forEach((concept, words) -> words.forEach(w -> out.put(CognateKeys.fold(w), concept)));
        return out;
    }

    private String kind(String word, String language) {
        String stem = stemIn(word);
        return stem == null || !only.getOrDefault(stem, language).equals(language) ? null : stems.get(stem);
    }

    /** The stem a word is of: equal to it, or, for stems of five letters or more, starting or ending with it. */
    private String stemIn(String word) {
        if (stems.containsKey(word)) {
            return word;
        }
        for (String stem : stems.keySet()) {
            if (stem.length() >= 5 && (word.startsWith(stem) || word.endsWith(stem))) {
                return stem;
            }
        }
        return null;
    }

    private static PeriodKinds load() {
        Map<String, String> stems = new LinkedHashMap<>();
        Map<String, String> only = new LinkedHashMap<>();
        NamedLists.read("/align/period-heads.txt").forEach((kind, entries) -> {
            for (String entry : entries) {
                int at = entry.indexOf('@');
                String stem = Folding.plain(at < 0 ? entry : entry.substring(0, at));
                stems.putIfAbsent(stem, kind);
                if (at > 0) {
                    only.put(stem, entry.substring(at + 1));
                }
            }
        });
        return new PeriodKinds(stems, only);
    }
}
