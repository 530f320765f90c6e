package org.parallax.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.parallax.model.Language;

/**
 * Rule-based sentence boundaries for one language, driven by the language's data files: a boundary
 * follows {@code . ! ? …} (and any closing quotes or brackets) when white space and a sentence opener
 * come next, unless the period belongs to an abbreviation, an initial ("Ferdinand M. Maximilian") or,
 * where the language writes ordinals with a dot, an ordinal number ("5. Mai 1862").
 *
 * <p>Abbreviations come in two kinds. Those in {@code abbreviations.txt} ("Gen.", "z. B.", "p.") stand
 * before what they qualify and never end a sentence. Those in {@code final-abbreviations.txt} ("U.S.",
 * "etc.", month names), initials and acronyms can end one; like Punkt's orthographic heuristic, they do
 * when the next word is one that is capitalised only at a sentence start ({@code sentence-starters.txt}:
 * articles, pronouns, prepositions, conjunctions).
 */
final class SentenceRules {
    private static final String CLOSERS = "\"'”’»)]";
    private static final String OPENERS = "\"'“‘«([¿¡";
    /** Short entries are matched only as written: "No." (number) must not swallow "no." (the word). */
    private static final int MIN_CASE_FOLDED = 3;
    private static final Pattern INITIAL_OR_ACRONYM = Pattern.compile("\\p{Lu}|(?:\\p{L}\\.)+\\p{L}");
    private static final Pattern ORDINAL = Pattern.compile("\\d{1,2}");
    /** A ruler's number as written after the name: I to XXXIX ("Napoléon III", "Pius IX"). */
    private static final Pattern ROMAN = Pattern.compile("X{0,3}(?:IX|IV|V?I{0,3})");

    private final Set<String> abbreviations;
    private final Set<String> finalAbbreviations;
    private final Set<String> starters;
    private final boolean ordinalDot;
    private final Set<String> numeralWords;
    private final Set<String> numeralContinuations;
    private final int longestAbbreviation;

    SentenceRules(Language language) {
        this.abbreviations = LanguageData.lines(language, "abbreviations.txt");
        this.finalAbbreviations = LanguageData.lines(language, "final-abbreviations.txt");
        this.starters = LanguageData.lines(language, "sentence-starters.txt");
        this.ordinalDot = LanguageData.flag(language, "segmentation.properties", "ordinal.dot");
        this.numeralWords = LanguageData.words(language, "segmentation.properties", "numeral.words");
        this.numeralContinuations = LanguageData.words(language, "segmentation.properties", "numeral.continuations");
        this.longestAbbreviation = Math.max(longest(abbreviations), longest(finalAbbreviations));
    }

    /** Candidate boundaries (offsets just after the sentence-final punctuation and closers) in {@code text[from, to)}. */
    List<Integer> boundaries(String text, int from, int to) {
        List<Integer> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != '.' && c != '!' && c != '?' && c != '…') {
                continue;
            }
            int end = i + 1;
            while (end < to && (text.charAt(end) == '.' || text.charAt(end) == '!' || text.charAt(end) == '?')) {
                end++;
            }
            end = afterClosers(text, end, to);
            if (end < to && !Character.isWhitespace(text.charAt(end))) {
                i = end - 1;
                continue;
            }
            int next = skipSpace(text, end, to);
            if (next < to && opensSentence(text, next, to)
                    && !(c == '.' && (isNonFinalPeriod(text, from, i, to) || numeralFollows(text, from, i, to)))) {
                out.add(end);
            }
            i = end - 1;
        }
        return out;
    }

    /**
     * The offset after the closing quotes and brackets that follow sentence-final punctuation at {@code end};
     * French typography puts a space before a closing guillemet ("Vive l'Empereur ! »").
     */
    static int afterClosers(String text, int end, int to) {
        while (true) {
            if (end < to && CLOSERS.indexOf(text.charAt(end)) >= 0) {
                end++;
                continue;
            }
            int spaced = end;
            while (spaced < to && isInlineSpace(text.charAt(spaced))) {
                spaced++;
            }
            if (spaced > end && spaced < to && text.charAt(spaced) == '»') {
                end = spaced + 1;
                continue;
            }
            return end;
        }
    }

    /** Whether the period at {@code dot} ends an abbreviation, an initial or an ordinal rather than a sentence. */
    boolean isNonFinalPeriod(String text, int from, int dot, int to) {
        int wordStart = dot;
        while (wordStart > from && !Character.isWhitespace(text.charAt(wordStart - 1))
                && OPENERS.indexOf(text.charAt(wordStart - 1)) < 0) {
            wordStart--;
        }
        String word = text.substring(wordStart, dot);
        if (word.isEmpty()) {
            return false;
        }
        if (listed(abbreviations, word) || endsWithMultiWord(abbreviations, text, from, dot)
                || startsMultiWord(abbreviations, text, wordStart, dot)
                || startsMultiWord(finalAbbreviations, text, wordStart, dot)) {
            return true;
        }
        int next = skipSpace(text, dot + 1, to);
        if (listed(finalAbbreviations, word) || endsWithMultiWord(finalAbbreviations, text, from, dot)
                || INITIAL_OR_ACRONYM.matcher(word).matches()) {
            return !startsSentenceWord(text, next, to);
        }
        if (ordinalDot && isNumeral(word) && afterName(text, from, wordStart)) {
            // German writes a ruler's number as an ordinal ("Napoleon III. zog", "Wilhelm I. König von
            // Preußen"): like a final abbreviation, the dot ends the sentence only before a sentence opener.
            return !startsSentenceWord(text, next, to);
        }
        return ordinalDot && ORDINAL.matcher(word).matches() && next < to && Character.isLetter(text.charAt(next));
    }

    /**
     * Whether the period at {@code dot} stands between a name and its ruler's number, a stray stop the
     * sentence runs on after ("l'empereur Maximilien. I avec ses généraux"): a numeral that goes on with a
     * comma, a bracket or a lower-case word does not open a sentence. A numeral that is also a word of the
     * language (Italian article "I", English pronoun "I") counts only before a word listed as following
     * a ruler's number ("I del Messico", "I of Mexico").
     */
    boolean numeralFollows(String text, int from, int dot, int to) {
        int wordStart = dot;
        while (wordStart > from && Character.isLetter(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        if (!afterWordIsName(text, wordStart, dot)) {
            return false;
        }
        int start = skipSpace(text, dot + 1, to);
        int end = start;
        while (end < to && Character.isLetter(text.charAt(end))) {
            end++;
        }
        String numeral = text.substring(start, end);
        if (!isNumeral(numeral)) {
            return false;
        }
        int next = end;
        while (next < to && isInlineSpace(text.charAt(next))) {
            next++;
        }
        if (next >= to) {
            return false;
        }
        char c = text.charAt(next);
        boolean word = numeralWords.contains(numeral);
        if (c == ',' || c == ';' || c == ')') {
            return !word;
        }
        int wordEnd = next;
        while (wordEnd < to && Character.isLetter(text.charAt(wordEnd))) {
            wordEnd++;
        }
        String after = text.substring(next, wordEnd);
        if (after.isEmpty() || !Character.isLowerCase(after.charAt(0))) {
            return false;
        }
        return !word || numeralContinuations.contains(after);
    }

    private static boolean isNumeral(String word) {
        return !word.isEmpty() && word.length() <= 6 && ROMAN.matcher(word).matches();
    }

    /** Whether the word before {@code wordStart} (across spaces) is a name, so that {@code word} may be its number. */
    private boolean afterName(String text, int from, int wordStart) {
        int end = wordStart;
        while (end > from && isInlineSpace(text.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > from && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return end < wordStart && afterWordIsName(text, start, end);
    }

    /** A capitalised word written in mixed case that is not one capitalised only at a sentence start. */
    private boolean afterWordIsName(String text, int start, int end) {
        if (end - start < 2 || !Character.isUpperCase(text.charAt(start))) {
            return false;
        }
        String w = text.substring(start, end);
        return !w.equals(w.toUpperCase(Locale.ROOT)) && !starters.contains(w);
    }

    /** Whether the word at {@code next} is one that is capitalised only when it opens a sentence. */
    private boolean startsSentenceWord(String text, int next, int to) {
        int end = next;
        while (end < to && Character.isLetter(text.charAt(end))) {
            end++;
        }
        if (end == next) {
            return false;
        }
        if (end < to && (text.charAt(end) == '\'' || text.charAt(end) == '’')) {
            return starters.contains(text.substring(next, end) + "'");
        }
        // "A. B. Smith": a letter followed by a period is another initial, not a sentence opener.
        return !(end < to && text.charAt(end) == '.') && starters.contains(text.substring(next, end));
    }

    private static boolean listed(Set<String> list, String word) {
        if (list.contains(word)) {
            return true;
        }
        if (word.length() < MIN_CASE_FOLDED) {
            return false;
        }
        // Titles are written both ways ("Gen." and "gen.", "Col." and "col."): fold the first letter only.
        String first = word.substring(0, 1);
        String flipped = (first.equals(first.toUpperCase(Locale.ROOT)) ? first.toLowerCase(Locale.ROOT)
                : first.toUpperCase(Locale.ROOT)) + word.substring(1);
        return list.contains(flipped);
    }

    private boolean endsWithMultiWord(Set<String> list, String text, int from, int dot) {
        int start = Math.max(from, dot - longestAbbreviation);
        for (int s = start; s < dot; s++) {
            if ((s == from || Character.isWhitespace(text.charAt(s - 1))) && list.contains(text.substring(s, dot))) {
                return true;
            }
        }
        return false;
    }

    /** "z." in "z. B." or "p." in "p. es.": the period is inside a longer abbreviation. */
    private static boolean startsMultiWord(Set<String> list, String text, int wordStart, int dot) {
        for (String a : list) {
            if (a.length() > dot - wordStart + 1 && text.startsWith(a, wordStart) && a.indexOf(' ') > 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean opensSentence(String text, int next, int to) {
        char c = text.charAt(next);
        if (Character.isUpperCase(c) || Character.isDigit(c)) {
            return true;
        }
        if (OPENERS.indexOf(c) >= 0) {
            int after = next + 1;
            while (after < to && (OPENERS.indexOf(text.charAt(after)) >= 0 || isInlineSpace(text.charAt(after)))) {
                after++;
            }
            return after < to && (Character.isUpperCase(text.charAt(after)) || Character.isDigit(text.charAt(after)));
        }
        return false;
    }

    private static int skipSpace(String text, int i, int to) {
        while (i < to && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isInlineSpace(char c) {
        return c == ' ' || c == '\u00a0' || c == '\u202f' || c == '\u2009';
    }

    private static int longest(Set<String> list) {
        return list.stream().mapToInt(String::length).max().orElse(0);
    }
}
