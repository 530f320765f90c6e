package org.parallax.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.parallax.model.Language;

/**
 * Rule-based sentence boundaries for one language: a boundary follows {@code . ! ? …} (and any closing
 * quotes or brackets) when white space and a sentence opener come next, unless the period belongs to an
 * abbreviation from the language's list, an initial ("Ferdinand M. Maximilian"), or — in German — an
 * ordinal number ("5. Mai 1862").
 */
final class SentenceRules {
    private static final String CLOSERS = "\"'”’»)]";
    private static final String OPENERS = "\"'“‘«([¿¡";

    private final Language language;
    private final Set<String> abbreviations;
    private final int longestAbbreviation;

    SentenceRules(Language language) {
        this.language = language;
        this.abbreviations = LanguageData.lines(language, "abbreviations.txt");
        this.longestAbbreviation = abbreviations.stream().mapToInt(String::length).max().orElse(0);
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
            while (end < to && CLOSERS.indexOf(text.charAt(end)) >= 0) {
                end++;
            }
            if (end < to && !Character.isWhitespace(text.charAt(end))) {
                i = end - 1;
                continue;
            }
            int next = end;
            while (next < to && Character.isWhitespace(text.charAt(next))) {
                next++;
            }
            if (next < to && opensSentence(text, next, to) && !(c == '.' && isNonFinalPeriod(text, from, i, next, to))) {
                out.add(end);
            }
            i = end - 1;
        }
        return out;
    }

    /** Whether the period at {@code dot} ends an abbreviation, an initial or an ordinal rather than a sentence. */
    boolean isNonFinalPeriod(String text, int from, int dot, int next, int to) {
        int wordStart = dot;
        while (wordStart > from && !Character.isWhitespace(text.charAt(wordStart - 1))
                && OPENERS.indexOf(text.charAt(wordStart - 1)) < 0) {
            wordStart--;
        }
        String word = text.substring(wordStart, dot);
        if (word.isEmpty()) {
            return false;
        }
        if (abbreviations.contains(word) || endsWithMultiWordAbbreviation(text, from, dot)
                || startsMultiWordAbbreviation(text, wordStart, dot)) {
            return true;
        }
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true;
        }
        if (word.matches("(?:\\p{Lu}\\.)+\\p{Lu}")) {
            return true;
        }
        return language == Language.DE && word.matches("\\d{1,2}") && next < to && Character.isLetter(text.charAt(next));
    }

    private boolean endsWithMultiWordAbbreviation(String text, int from, int dot) {
        int start = Math.max(from, dot - longestAbbreviation);
        for (int s = start; s < dot; s++) {
            if ((s == from || Character.isWhitespace(text.charAt(s - 1))) && abbreviations.contains(text.substring(s, dot))) {
                return true;
            }
        }
        return false;
    }

    /** "z." in "z. B." or "p." in "p. es.": the period is inside a longer abbreviation. */
    private boolean startsMultiWordAbbreviation(String text, int wordStart, int dot) {
        for (String a : abbreviations) {
            if (a.length() > dot - wordStart + 1 && a.indexOf(' ') > 0 && text.startsWith(a, wordStart)) {
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
            while (after < to && (OPENERS.indexOf(text.charAt(after)) >= 0 || text.charAt(after) == ' ')) {
                after++;
            }
            return after < to && (Character.isUpperCase(text.charAt(after)) || Character.isDigit(text.charAt(after)));
        }
        return false;
    }
}
