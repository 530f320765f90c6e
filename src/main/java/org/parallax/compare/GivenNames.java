package org.parallax.compare;

import java.util.HashMap;
import java.util.Map;
import org.parallax.model.Folding;
import org.parallax.model.LanguageFiles;

/**
 * One given name as each language writes it ("Ludwig II" / "Louis II" / "Luis II"): the spellings share no
 * consonant skeleton, so name keys alone call them two persons. The variants are data, one name to a line of
 * {@code /lang/given-name-variants.txt}; a word that is none of them is its own key.
 */
final class GivenNames {
    private static final Map<String, String> KEYS = load();

    private GivenNames() {
    }

    /** The name's first spelling in the variants file when the word is a known given name, else the word itself. */
    static String key(String word) {
        return KEYS.getOrDefault(Folding.plain(word), word);
    }

    /** Whether a name has a word that is a known given name in some language ("Pierre le Grand"). */
    static boolean known(String name) {
        for (String w : name.split("[^\\p{L}]+")) {
            if (!w.isEmpty() && KEYS.containsKey(Folding.plain(w))) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, String> load() {
        Map<String, String> out = new HashMap<>();
        for (String line : LanguageFiles.lines("/lang/given-name-variants.txt")) {
            String[] names = line.strip().split("\\s+");
            for (String n : names) {
                out.putIfAbsent(Folding.plain(n), names[0]);
            }
        }
        return Map.copyOf(out);
    }
}
