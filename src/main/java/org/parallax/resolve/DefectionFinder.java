package org.parallax.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parallax.model.ActorMention;
import org.parallax.model.Span;
import org.parallax.resolve.Words.Word;

/**
 * Finds stated changes of side: a person, then within a few words a defection cue of the language
 * ("went over to", "passa aux", "lief über"), then a side word or a group with a side.
 */
final class DefectionFinder {
    /** Words between the person and the cue: "Manuel Lozada, at the head of the troops of the district, sided with". */
    private static final int REACH = 14;

    private final Lexicon lex;

    DefectionFinder(Lexicon lex) {
        this.lex = lex;
    }

    List<SideChange> find(String text, List<Word> words, List<ActorMention> people, int[] wordAt) {
        List<SideChange> out = new ArrayList<>();
        for (ActorMention p : people) {
            int after = wordAt[p.span().end() - 1] + 1;
            for (int k = after; k < Math.min(words.size(), after + REACH); k++) {
                if (words.get(k).text().equals(".") || words.get(k).text().equals(";")) {
                    break;
                }
                int cue = cueLength(words, k);
                if (cue == 0) {
                    continue;
                }
                Optional<String> side = sideAfter(words, k + cue);
                if (side.isPresent()) {
                    Span span = new Span(p.span().start(), words.get(Math.min(words.size() - 1, k + cue)).end());
                    out.add(new SideChange(p.actorId(), p.name(), side.get(), span));
                }
                break;
            }
        }
        return out;
    }

    private int cueLength(List<Word> words, int at) {
        for (int n = 4; n >= 1; n--) {
            if (at + n <= words.size() && lex.defectionCues.contains(NameSequences.phrase(words, at, at + n))) {
                return n;
            }
        }
        return 0;
    }

    private Optional<String> sideAfter(List<Word> words, int at) {
        for (int k = at; k < Math.min(words.size(), at + 5); k++) {
            String side = lex.sides.get(words.get(k).folded());
            if (side != null) {
                return Optional.of(side);
            }
            for (int n = 1; n <= 3 && k + n <= words.size(); n++) {
                Lexicon.Group g = lex.groups.get(NameSequences.phrase(words, k, k + n));
                if (g != null && !g.side().isEmpty()) {
                    return Optional.of(g.side());
                }
            }
        }
        return Optional.empty();
    }
}
