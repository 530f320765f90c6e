package org.parallax.resolve;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.parallax.resolve.Words.Word;

/**
 * Reads numbers written as words in the language's number list: separate words ("two thousand",
 * "trois mille", "vingt et un") and the compounds German and Italian write as one word
 * ("zweitausend", "tremila", "duecentocinquanta"), which are split greedily into listed parts.
 */
final class NumberWords {
    /** A number read from words {@code [from, to)}. */
    record Read(int from, int to, long value) {
    }

    private NumberWords() {
    }

    /** The number written by the words starting at {@code at}, if they are number words. */
    static java.util.Optional<Read> read(List<Word> words, int at, Lexicon lex) {
        long total = 0;
        long current = 0;
        int end = at;
        boolean any = false;
        String connector = Lexicon.fold(lex.connector);
        for (int k = at; k < words.size(); k++) {
            Word w = words.get(k);
            if (!w.isWord()) {
                break;
            }
            if (any && (w.folded().equals(connector) || w.text().equals("-"))) {
                if (k + 1 < words.size() && parts(words.get(k + 1).folded(), lex.numberWords).isPresent()) {
                    continue;
                }
                break;
            }
            OptionalLong[] parts = parts(w.folded(), lex.numberWords).orElse(null);
            if (parts == null) {
                break;
            }
            for (OptionalLong p : parts) {
                long v = p.getAsLong();
                if (v == 100) {
                    current = Math.max(current, 1) * 100;
                } else if (v >= 1000) {
                    total += Math.max(current, 1) * v;
                    current = 0;
                } else if (v >= 200 && v % 100 == 0) {
                    current += v; // Spanish and Portuguese hundreds ("doscientos") are words of their own
                } else {
                    current += v;
                }
            }
            any = true;
            end = k + 1;
        }
        if (!any) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Read(at, end, total + current));
    }

    /** Splits a word into listed number words, longest first; empty when it is not a number word. */
    static java.util.Optional<OptionalLong[]> parts(String word, Map<String, Long> numbers) {
        Long whole = numbers.get(word);
        if (whole != null) {
            return java.util.Optional.of(new OptionalLong[] {OptionalLong.of(whole)});
        }
        for (int cut = word.length() - 1; cut >= 2; cut--) {
            Long head = numbers.get(word.substring(0, cut));
            if (head == null) {
                continue;
            }
            String rest = word.substring(cut);
            if (rest.startsWith("und") && rest.length() > 3) {
                rest = rest.substring(3); // German "einundzwanzig": units before tens
            } else if (rest.startsWith("e") && rest.length() > 3 && numbers.containsKey(rest.substring(1))) {
                rest = rest.substring(1);
            }
            var tail = parts(rest, numbers);
            if (tail.isPresent()) {
                OptionalLong[] t = tail.get();
                OptionalLong[] out = new OptionalLong[t.length + 1];
                out[0] = OptionalLong.of(head);
                System.arraycopy(t, 0, out, 1, t.length);
                return java.util.Optional.of(out);
            }
        }
        return java.util.Optional.empty();
    }
}
