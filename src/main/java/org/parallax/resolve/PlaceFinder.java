package org.parallax.resolve;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.parallax.resolve.NameSequences.Seq;
import org.parallax.resolve.Words.Word;
import org.parallax.resolve.gazetteer.Gazetteer;

/**
 * Finds the place names of a text: the longest gazetteer names inside capitalized runs that are not
 * people, and unknown names introduced by a place cue ("at Potrerillos"), which stay unresolved. A
 * lone word that the text also writes in lower case ("Church", "Congress") is a common noun, not a
 * place, unless a cue introduces it. A surname in an enumeration of places ("Puebla, Hidalgo and
 * Tlaxcala") is a place.
 */
final class PlaceFinder {
    /** A place name on words {@code [from, to)}; {@code cued} when a place cue precedes it. */
    record Candidate(int from, int to, String name, boolean cued, boolean known) {
    }

    private final Lexicon lex;
    private final Gazetteer gazetteer;

    PlaceFinder(Lexicon lex, Gazetteer gazetteer) {
        this.lex = lex;
        this.gazetteer = gazetteer;
    }

    List<Candidate> find(String text, List<Word> words, List<Seq> seqs, Set<Integer> personWords) {
        Set<String> lowercase = new HashSet<>();
        for (Word w : words) {
            if (w.isWord() && !w.capitalized()) {
                lowercase.add(w.folded());
            }
        }
        List<Candidate> out = new ArrayList<>();
        for (Seq s : seqs) {
            if (personWords.contains(s.from())) {
                continue;
            }
            scan(text, words, s, lowercase, out);
        }
        return out;
    }

    /** Whether a person's run reads as a place in an enumeration of places around it. */
    boolean inPlaceList(List<Word> words, Seq s, List<Candidate> places) {
        for (Candidate c : places) {
            if (c.known() && (joins(words, c.to(), s.from()) || joins(words, s.to(), c.from()))) {
                return true;
            }
        }
        return false;
    }

    private boolean joins(List<Word> words, int from, int to) {
        if (to - from != 1) {
            return false;
        }
        String between = words.get(from).folded();
        return between.equals(",") || between.equals(Lexicon.fold(lex.connector));
    }

    private void scan(String text, List<Word> words, Seq s, Set<String> lowercase, List<Candidate> out) {
        int i = s.from();
        boolean any = false;
        while (i < s.to()) {
            int best = -1;
            for (int j = Math.min(s.to(), i + gazetteer.longestName()); j > i; j--) {
                if (NameSequences.startsName(words.get(j - 1), lex) && gazetteer.knows(text.substring(words.get(i).start(), words.get(j - 1).end()))) {
                    best = j;
                    break;
                }
            }
            if (best < 0 || !NameSequences.startsName(words.get(i), lex)) {
                i++;
                continue;
            }
            boolean cued = cued(words, i);
            boolean common = best - i == 1 && lowercase.contains(words.get(i).folded());
            // "Carlos Salazar": a place name right after an unplaced capitalized word is a surname.
            boolean afterName = i > s.from() && words.get(i - 1).capitalized() && !any;
            if ((!common || cued) && !afterName) {
                out.add(new Candidate(i, best, text.substring(words.get(i).start(), words.get(best - 1).end()), cued, true));
                any = true;
            }
            i = best;
        }
        if (!any && cued(words, s.from()) && !Lexicon.givenNames().contains(NameSequences.firstPart(words.get(s.from()).folded()))) {
            out.add(new Candidate(s.from(), s.to(), text.substring(words.get(s.from()).start(), words.get(s.to() - 1).end()), true, false));
        }
    }

    /** Whether a place cue ("in", "à", "bei", "près de") ends right before word {@code at}. */
    boolean cued(List<Word> words, int at) {
        for (int n = 1; n <= 2 && at - n >= 0; n++) {
            if (lex.placeCues.contains(NameSequences.phrase(words, at - n, at))) {
                return true;
            }
        }
        return false;
    }
}
