package org.parallax.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import org.parallax.resolve.Words.Word;

/**
 * Runs of capitalized words that may be a name ("Benito Juárez", "Ciudad de México", "Napoleon III"):
 * they start at a capitalized word that is not a function word of the language, may hold lowercase
 * particles between capitalized words ("de la", "d'", "of") and regnal numerals after a name, and
 * stop at punctuation and numbers. A gazetteer name is never cut: "the United States" keeps "States"
 * (a word that starts no name on its own) and "Nuevo León" is not split before the given name "León".
 */
final class NameSequences {
    /** Words {@code [from, to)} of a name candidate. */
    record Seq(int from, int to) {
        int length() {
            return to - from;
        }
    }

    /** A regnal number: a Roman numeral up to XXXIX ("Louis XIV", "Jean XXIII") or the French "Ier". */
    private static final java.util.regex.Pattern NUMERAL = java.util.regex.Pattern.compile("(?=.)x{0,3}(ix|iv|v?i{0,3})|ier|1er");

    private NameSequences() {
    }

    static boolean isNumeral(Word w) {
        return w.capitalized() && NUMERAL.matcher(w.folded()).matches();
    }

    /** Runs without gazetteer knowledge (tests, callers that have no gazetteer). */
    static List<Seq> find(List<Word> words, Lexicon lex) {
        return find(words, lex, (from, to) -> false);
    }

    /**
     * Runs of the text; {@code known} tells whether words {@code [from, to)} spell a gazetteer name,
     * so that a known name is kept whole.
     */
    static List<Seq> find(List<Word> words, Lexicon lex, BiPredicate<Integer, Integer> known) {
        return find(words, lex, known, (from, to) -> false);
    }

    /**
     * Runs of the text, as {@link #find(List, Lexicon, BiPredicate)}; {@code articled} tells whether words
     * {@code [from, to)}, opening with an article, spell a gazetteer name the run keeps whole ({@link #articleName}).
     */
    static List<Seq> find(List<Word> words, Lexicon lex, BiPredicate<Integer, Integer> known, BiPredicate<Integer, Integer> articled) {
        List<Seq> out = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            int end = i + 1;
            if (!startsName(words.get(i), lex)) {
                end = articleName(words, i, lex, articled);
                if (end < 0) {
                    i++;
                    continue;
                }
            }
            while (end < words.size()) {
                Word w = words.get(end);
                if (isNumeral(w) || startsName(w, lex) && (!startsPerson(words, end, lex) || known.test(i, end + 1))) {
                    end++;
                    continue;
                }
                int whole = knownThrough(words, i, end, known);
                if (whole > end) {
                    end = whole;
                    continue;
                }
                int particle = particleLength(words, end, lex);
                if (particle > 0 && end + particle < words.size() && startsName(words.get(end + particle), lex)
                        && !placeOfPerson(words, i, end, end + particle, known)) {
                    end += particle + 1;
                    continue;
                }
                break;
            }
            out.add(new Seq(i, end));
            i = end;
        }
        return out;
    }

    /**
     * "la Francia di Luigi XIV", "l'Espagne de Philippe II": a place name, a particle, then a given name is a
     * place and its ruler, two names; "Eugenio di Savoia" (a given name first) stays one.
     */
    private static boolean placeOfPerson(List<Word> words, int from, int end, int next, BiPredicate<Integer, Integer> known) {
        return known.test(from, end) && !Lexicon.givenNames().contains(firstPart(words.get(from).folded()))
                && Lexicon.givenNames().contains(firstPart(words.get(next).folded()));
    }

    /**
     * The end of a gazetteer name that starts in the run and goes on from {@code at} with words ending in a
     * capitalized one ("States", "de Janeiro" after "Rio"), or {@code at}.
     */
    private static int knownThrough(List<Word> words, int from, int at, BiPredicate<Integer, Integer> known) {
        for (int to = Math.min(words.size(), at + 3); to > at; to--) {
            if (allWords(words, at, to) && words.get(to - 1).capitalized() && known.test(from, to)) {
                return to;
            }
        }
        return at;
    }

    private static boolean allWords(List<Word> words, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!words.get(k).isWord()) {
                return false;
            }
        }
        return true;
    }

    /** A given name inside a run starts a new name: "Cuba Francisco Serrano" is a place, then a person. */
    private static boolean startsPerson(List<Word> words, int at, Lexicon lex) {
        Word w = words.get(at);
        Word before = words.get(at - 1);
        return Lexicon.givenNames().contains(firstPart(w.folded())) && before.capitalized()
                && !Lexicon.givenNames().contains(firstPart(before.folded())) && !lex.placeWords.contains(before.folded());
    }

    /** How many words after a capitalized article a gazetteer name may have ("La | Guaira", "Le | Puy-en-Velay"). */
    private static final int ARTICLE_NAME = 3;

    /** The articles a gazetteer name may open with, in the six languages. */
    private static final java.util.Set<String> ARTICLES = java.util.Set.of("la", "le", "les", "las", "los", "el", "il", "lo", "the");

    /**
     * The end of a gazetteer name that opens with a capitalized article ("La Guaira", "La Rochelle", "Le Havre",
     * "Las Palmas"), or -1: the article is a word that starts no name, but this name holds it ({@code articled}
     * says which names may).
     */
    private static int articleName(List<Word> words, int at, Lexicon lex, BiPredicate<Integer, Integer> articled) {
        Word w = words.get(at);
        if (!w.isWord() || !w.capitalized() || !ARTICLES.contains(w.folded()) || at + 1 >= words.size()
                || !startsName(words.get(at + 1), lex)) {
            return -1;
        }
        for (int to = Math.min(words.size(), at + 1 + ARTICLE_NAME); to >= at + 2; to--) {
            if (articled.test(at, to)) {
                return to;
            }
        }
        return -1;
    }

    static String firstPart(String folded) {
        int space = folded.indexOf(' ');
        return space < 0 ? folded : folded.substring(0, space);
    }

    static boolean startsName(Word w, Lexicon lex) {
        return w.isWord() && w.capitalized() && !lex.nameStops.contains(w.folded()) && !isNumeral(w)
                && !w.text().endsWith("'") && !w.text().endsWith("\u2019");
    }

    /** How many lowercase words from {@code at} form a name particle ("de", "de la", "d'"), or 0. */
    static int particleLength(List<Word> words, int at, Lexicon lex) {
        for (int n = 2; n >= 1; n--) {
            if (at + n > words.size()) {
                continue;
            }
            StringBuilder key = new StringBuilder();
            boolean ok = true;
            for (int k = at; k < at + n; k++) {
                Word w = words.get(k);
                if (!w.isWord() || w.capitalized()) {
                    ok = false;
                    break;
                }
                if (key.length() > 0) {
                    key.append(' ');
                }
                key.append(w.folded().replace('\u2019', '\''));
            }
            if (ok && lex.particles.contains(key.toString())) {
                return n;
            }
        }
        return 0;
    }

    /** The folded words {@code [from, to)} joined by spaces, for phrase lists. */
    static String phrase(List<Word> words, int from, int to) {
        StringBuilder key = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (key.length() > 0 && !words.get(k - 1).text().endsWith("'")) {
                key.append(' ');
            }
            key.append(words.get(k).folded());
        }
        return key.toString();
    }
}
