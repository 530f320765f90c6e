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

    /** The folded words the text writes in lower case somewhere: common nouns rather than names. */
    static Set<String> lowercase(List<Word> words) {
        Set<String> lowercase = new HashSet<>();
        for (Word w : words) {
            if (w.isWord() && !w.capitalized()) {
                lowercase.add(w.folded());
            }
        }
        return lowercase;
    }

    List<Candidate> find(String text, List<Word> words, List<Seq> seqs, Set<Integer> personWords, Set<String> lowercase) {
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
        if (headBefore(words, s.from()) || infoboxKey(text, words, s)) {
            return; // "la doctrine Monroe", "il trattato di ..." name a doctrine or a treaty; "Date:" is a field
        }
        if (s.length() > 1 && lex.settlementWords.contains(words.get(s.from()).folded())) {
            // "die Hafenstadt Harfleur": the noun says what the named place is; the name is the rest of the run.
            scan(text, words, new Seq(s.from() + 1, s.to()), lowercase, out);
            return;
        }
        if (featureBefore(words, s.from()) && !namesFeature(text, words, s)) {
            // "le fort San Javier", "il colle di San Gregorio": the fort or the hill, not the town so named.
            out.add(new Candidate(s.from(), s.to(), text.substring(words.get(s.from()).start(), words.get(s.to() - 1).end()), true, false));
            return;
        }
        if (lex.placeWords.contains(words.get(s.from()).folded()) && s.length() > 1
                && knownEnd(text, words, s.from(), s.to()) < 0) {
            // "Sierra Hermosa", "Fort San Javier": a generic word leads the name of another place than the town after it.
            out.add(new Candidate(s.from(), s.to(), text.substring(words.get(s.from()).start(), words.get(s.to() - 1).end()),
                    cued(words, s.from()), false));
            return;
        }
        int i = s.from();
        int start = s.from();
        boolean any = false;
        while (i < s.to()) {
            int best = knownEnd(text, words, i, s.to());
            // A run may open with a capitalized article only where a gazetteer name holds it ("La Guaira").
            if (best < 0 || !NameSequences.startsName(words.get(i), lex) && !(i == s.from() && best >= i + 2)) {
                i++;
                continue;
            }
            if (i == s.from() && words.get(i).sentenceStart() && best < s.to() && knownEnd(text, words, best, s.to()) > 0) {
                i = best; // "Solo Guatemala reconoció …": a capitalized first word of the sentence before a known name
                start = best;
                continue;
            }
            boolean cued = cued(words, i);
            boolean common = best - i == 1 && (lowercase.contains(words.get(i).folded()) || lex.months.contains(words.get(i).folded()));
            // "Carlos Salazar", "Régiment de Marche": a place name after unplaced capitalized words of the
            // same run is part of another name (a surname, a unit), unless a generic place word leads it.
            boolean inName = i > start && !any && !lex.placeWords.contains(words.get(s.from()).folded());
            if (i == start && (best < s.to() && !connectorAt(words, best) || headAfter(words, s.to()))) {
                compound(text, words, new Seq(start, s.to()), best, cued, out);
                return;
            }
            if ((!common || cued) && !inName) {
                out.add(new Candidate(i, best, text.substring(words.get(i).start(), words.get(best - 1).end()), cued, true));
                any = true;
            }
            i = best;
        }
        if (!any && cued(words, s.from()) && !Lexicon.givenNames().contains(NameSequences.firstPart(words.get(s.from()).folded()))
                && !(s.length() == 1 && lowercase.contains(words.get(s.from()).folded()))) {
            out.add(new Candidate(s.from(), s.to(), text.substring(words.get(s.from()).start(), words.get(s.to() - 1).end()), true, false));
        }
    }

    /**
     * A known name that starts a longer run (an enumeration would have commas): "Mexico City Metropolitan
     * Cathedral" ends in a feature word and is located at the known place; "Cerro de Guadalupe",
     * "Barranca Seca", "Isla del Carmen" are other places that stay unresolved when a cue or a generic
     * place word says they are places; "Monroe Doctrine", "Godfrey Weitzel" are not places.
     */
    private void compound(String text, List<Word> words, Seq s, int knownEnd, boolean cued, List<Candidate> out) {
        String whole = text.substring(words.get(s.from()).start(), words.get(s.to() - 1).end());
        if (headAfter(words, s.to())) {
            return;
        }
        boolean honorific = NameSequences.particleLength(words, knownEnd, lex) > 0 && !lex.placeWords.contains(words.get(s.from()).folded());
        if (lex.featureHeads.contains(words.get(s.to() - 1).folded()) || honorific) {
            // "Chalco de Díaz Covarrubias" is Chalco with the name of a hero added; the cathedral is in the city.
            out.add(new Candidate(s.from(), s.to(), text.substring(words.get(s.from()).start(), words.get(knownEnd - 1).end()), cued, true));
        } else if (cued || lex.placeWords.contains(words.get(s.from()).folded())) {
            out.add(new Candidate(s.from(), s.to(), whole, cued, false));
        }
    }

    /** The end of the longest gazetteer name starting at word {@code i} inside the run, or -1. */
    private int knownEnd(String text, List<Word> words, int i, int runEnd) {
        for (int j = Math.min(runEnd, i + gazetteer.longestName()); j > i; j--) {
            if (words.get(j - 1).capitalized() && gazetteer.knows(text.substring(words.get(i).start(), words.get(j - 1).end()))) {
                return j;
            }
        }
        return -1;
    }

    /** "Nuevo León y Coahuila": the language's "and" joins two names in one run; it makes no compound. */
    private boolean connectorAt(List<Word> words, int at) {
        return words.get(at).folded().equals(Lexicon.fold(lex.connector));
    }

    /** A lowercase generic feature word right before the run, maybe through a particle: "fort", "colle di". */
    private boolean featureBefore(List<Word> words, int at) {
        int k = at - 1;
        if (k > 0 && NameSequences.particleLength(words, k, lex) == 1) {
            k--;
        }
        return k >= 0 && words.get(k).isWord() && !words.get(k).capitalized() && lex.featureWords.contains(words.get(k).folded());
    }

    /** Whether the run's name is known as a river, a sea or another feature that is not a settlement. */
    private boolean namesFeature(String text, List<Word> words, Seq s) {
        return gazetteer.lookup(text.substring(words.get(s.from()).start(), words.get(s.to() - 1).end())).stream()
                .anyMatch(m -> !m.place().featureCode().startsWith("PPL") && !m.place().featureCode().equals("ADM1")
                        && !m.place().featureCode().equals("PCLI"));
    }

    /** A field name of an infobox line: "- Date: 8 December 1861". */
    private static boolean infoboxKey(String text, List<Word> words, Seq s) {
        int end = words.get(s.to() - 1).end();
        if (end >= text.length() || text.charAt(end) != ':') {
            return false;
        }
        int lineStart = text.lastIndexOf('\n', words.get(s.from()).start() - 1) + 1;
        return text.substring(lineStart, words.get(s.from()).start()).replace("-", "").replace("*", "").isBlank();
    }

    /** A capitalized head right after the run: "Monroe Doctrine", "Ocampo Treaty". */
    private boolean headAfter(List<Word> words, int at) {
        return at < words.size() && words.get(at).capitalized() && lex.nameHeads.contains(words.get(at).folded());
    }

    /** A lowercase head right before the run: "doctrine Monroe", "traité de Londres". */
    private boolean headBefore(List<Word> words, int at) {
        for (int k = at - 1; k >= Math.max(0, at - 3); k--) {
            Word w = words.get(k);
            if (!w.isWord() || w.capitalized()) {
                return false;
            }
            if (lex.nameHeads.contains(w.folded())) {
                return true;
            }
            if (NameSequences.particleLength(words, k, lex) == 0) {
                return false;
            }
        }
        return false;
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
