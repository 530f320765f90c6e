package org.parallax.align;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Language-independent keys for the words of a sentence, so that cognates and names written differently
 * across editions meet: accents dropped, {@code x} read as {@code s} (Mexico / Messico), {@code ph} as
 * {@code f}, {@code y} as {@code i}, then the consonant skeleton with doubled letters collapsed —
 * "Empire", "Impero" and "Imperio" all give {@code mpr}; "mexicain", "messicano" and "mexican" give
 * {@code mscn}. Numbers give {@code #} keys with separators removed ("6,200" and "6.200" give {@code #6200}).
 */
final class CognateKeys {
    private static final Pattern WORD = Pattern.compile("[\\p{L}]{4,}|\\d[\\d.,\\u00a0\\u202f ]*\\d|\\d");

    private CognateKeys() {
    }

    static Set<String> of(String text) {
        Set<String> keys = new LinkedHashSet<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String w = m.group();
            if (Character.isDigit(w.charAt(0))) {
                keys.add("#" + w.replaceAll("[^\\d]", ""));
            } else {
                String s = skeleton(w);
                if (s.length() >= 3) {
                    keys.add(s);
                }
            }
        }
        return keys;
    }

    /** The keys of capitalized words that do not open the text: the names in it. */
    static Set<String> names(String text) {
        Set<String> keys = new LinkedHashSet<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String w = m.group();
            if (m.start() > 0 && Character.isUpperCase(w.charAt(0))) {
                String s = skeleton(w);
                if (s.length() >= 3) {
                    keys.add(s);
                }
            }
        }
        return keys;
    }

    static String fold(String word) {
        String s = org.parallax.model.Folding.plain(word);
        return s.replace("ph", "f").replace('x', 's').replace('y', 'i').replace('k', 'c').replace('q', 'c')
                .replace('z', 's').replace('w', 'v');
    }

    /** The consonant skeleton of {@link #fold}: the name skeleton with "ph"/"f" and "w"/"v" merged too. */
    static String skeleton(String word) {
        return org.parallax.model.Folding.skeleton(fold(word));
    }
}
