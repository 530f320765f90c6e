package org.parallax.model;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The two ways every stage compares words across editions and spellings: plain (case and accents dropped,
 * "Exécuté" meets "execute") and the consonant skeleton of a name ("Júlio" and "Julius" share {@code jl}).
 */
public final class Folding {
    private Folding() {
    }

    /** Lower case without combining marks. Plain ASCII is returned lower-cased without decomposing. */
    public static String plain(CharSequence text) {
        String s = text.toString();
        boolean ascii = true;
        for (int i = 0; i < s.length() && ascii; i++) {
            ascii = s.charAt(i) < 128;
        }
        if (ascii) {
            return s.toLowerCase(Locale.ROOT);
        }
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                b.append(c);
            }
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * The consonants of a word, plain, with the letters that spellings swap across these languages merged
     * (x/s, q/k/c, z/s, w/v, German sch/s), vowels, y and h dropped and doubled letters written once: "Massimiliano"
     * and "Maximilian" both give {@code msmln}, "Menschikow", "Menshikov" and "Menšikov" {@code mnscv}.
     */
    public static String skeleton(String word) {
        String f = plain(word).replace("sch", "s");
        StringBuilder k = new StringBuilder(f.length());
        for (int i = 0; i < f.length(); i++) {
            char c = switch (f.charAt(i)) {
                case 'x', 'z' -> 's';
                case 'q', 'k' -> 'c';
                case 'w' -> 'v';
                default -> f.charAt(i);
            };
            if ("aeiouyh".indexOf(c) < 0 && (k.isEmpty() || k.charAt(k.length() - 1) != c)) {
                k.append(c);
            }
        }
        return k.toString();
    }
}
