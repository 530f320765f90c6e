package org.parallax.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.resolve.gazetteer.Gazetteer;

/**
 * The word, number and punctuation tokens of a text with their offsets, folded forms, capitalization
 * and whether they start a sentence. Elisions split after the apostrophe ("d'Asburgo" is "d'" +
 * "Asburgo") so that names keep their own token.
 */
final class Words {
    record Word(int index, int start, int end, String text, String folded, boolean capitalized,
                boolean sentenceStart, boolean isWord, boolean isNumber) {
    }

    private static final Pattern TOKEN = Pattern.compile(
            "\\p{Ll}[\\p{L}\\p{M}]{0,4}['\u2019](?=\\p{L})"
            + "|\\p{L}[\\p{L}\\p{M}]*(?:[-\u2010]\\p{L}[\\p{L}\\p{M}]*)*\\.?(?<=\\p{L}|\\.)"
            + "|\\d+"
            + "|\\S");

    private Words() {
    }

    static List<Word> of(String text, java.util.Set<String> abbreviations) {
        List<Word> out = new ArrayList<>(text.length() / 5);
        Matcher m = TOKEN.matcher(text);
        boolean start = true;
        int lastEnd = 0;
        while (m.find()) {
            int s = m.start();
            int e = m.end();
            String t = m.group();
            for (int i = lastEnd; i < s && !start; i++) {
                start = text.charAt(i) == '\n';
            }
            boolean word = Character.isLetter(t.charAt(0));
            if (word && t.endsWith(".") && t.length() > 1) {
                // A period after a word ends the sentence unless the word is a short abbreviation ("Gen.", "J.").
                String bare = t.substring(0, t.length() - 1);
                boolean abbreviation = bare.length() == 1 || abbreviations.contains(Gazetteer.fold(bare));
                if (!abbreviation) {
                    e--;
                    t = t.substring(0, t.length() - 1);
                    out.add(word(out.size(), s, e, t, start));
                    start = false;
                    out.add(new Word(out.size(), e, e + 1, ".", ".", false, false, false, false));
                    start = true;
                    lastEnd = e + 1;
                    continue;
                }
            }
            out.add(word(out.size(), s, e, t, start));
            start = t.equals(".") || t.equals("!") || t.equals("?");
            lastEnd = e;
        }
        return out;
    }

    private static Word word(int index, int s, int e, String t, boolean start) {
        char c = t.charAt(0);
        boolean isWord = Character.isLetter(c);
        String bare = t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
        return new Word(index, s, e, t, Gazetteer.fold(bare), isWord && Character.isUpperCase(c), start, isWord,
                Character.isDigit(c));
    }
}
