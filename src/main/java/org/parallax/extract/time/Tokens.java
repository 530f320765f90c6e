package org.parallax.extract.time;

import java.util.ArrayList;
import java.util.List;

/** Splits text into {@link Tok}s in one pass; the lexicon and the grammar both see text through it. */
final class Tokens {
    private Tokens() {
    }

    static List<Tok> of(String text) {
        List<Tok> out = new ArrayList<>(text.length() / 4 + 1);
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                int j = i + 1;
                while (j < n && (Character.isLetter(text.charAt(j)) || Character.getType(text.charAt(j)) == Character.NON_SPACING_MARK)) {
                    j++;
                }
                out.add(word(text, i, j, Tok.Kind.WORD));
                i = j;
            } else if (c >= '0' && c <= '9') {
                int j = i + 1;
                while (j < n && text.charAt(j) >= '0' && text.charAt(j) <= '9') {
                    j++;
                }
                String raw = text.substring(i, j);
                out.add(new Tok(i, j, raw, raw, Tok.Kind.NUMBER));
                i = j;
            } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                i++;
            } else {
                int j = Character.isHighSurrogate(c) && i + 1 < n ? i + 2 : i + 1;
                String raw = text.substring(i, j);
                // Typographic apostrophes are spelled as the ASCII one in the language data.
                String key = raw.equals("’") || raw.equals("ʼ") || raw.equals("`") || raw.equals("´") ? "'" : raw;
                out.add(new Tok(i, j, raw, key, Tok.Kind.MARK));
                i = j;
            }
        }
        return out;
    }

    private static Tok word(String text, int start, int end, Tok.Kind kind) {
        String raw = text.substring(start, end);
        return new Tok(start, end, raw, key(raw), kind);
    }

    /** Lower case without diacritics: "Été" and "ete" look up the same entry. */
    static String key(String word) {
        return org.parallax.model.Folding.plain(word).replace("ß", "ss");
    }
}
