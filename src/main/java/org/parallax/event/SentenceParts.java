package org.parallax.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parallax.model.EventType;
import org.parallax.model.Span;
import org.parallax.model.Token;

/**
 * One sentence cut into what the framer reasons over: folded words, trigger hits, the dates each token
 * belongs to, and clauses — stretches between commas, semicolons and linking words, each remembering
 * the word that opened it ("and", "but", "which", "after", "before", "while").
 */
final class SentenceParts {
    enum Opening { START, COMMA, AND, BUT, WHICH, WHEN, AFTER, BEFORE, WHILE, STOP }

    /**
     * A trigger: tokens [start, end), the content word's token (for distances), words, type and part of speech
     * (v verb, n noun, l light verb; e, an end word: joined to the event noun after it, "la fin de la guerre", it
     * is a noun; alone, "la fin de l'Empire", it stays e, a noun that a date right before it does not modify: "le 2
     * septembre en fin de matinée" is the time of day).
     */
    record Hit(int start, int end, int at, Span span, String text, EventType type, char pos) {
        boolean verb() {
            return pos == 'v' || pos == 'l';
        }
    }

    /** Tokens [start, end), the word that opened the clause, and whether that word came alone (no comma before it). */
    record Clause(int start, int end, Opening opening, boolean bare) {
        boolean contains(int token) {
            return start <= token && token < end;
        }
    }

    final List<Token> tokens;
    final List<String> words;
    final List<Hit> hits = new ArrayList<>();
    final List<Clause> clauses = new ArrayList<>();
    final List<String> signalAt;
    final int[] dateAt;

    SentenceParts(List<Token> tokens, List<DatedExpression> dates, EventLexicon lexicon) {
        this.tokens = List.copyOf(tokens);
        this.words = tokens.stream().map(t -> stripElision(PhraseTable.fold(t.text()))).toList();
        this.dateAt = new int[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            dateAt[i] = -1;
            for (int d = 0; d < dates.size(); d++) {
                if (dates.get(d).span().overlaps(tokens.get(i).span())) {
                    dateAt[i] = d;
                }
            }
        }
        this.signalAt = signals(lexicon);
        findHits(lexicon);
        cutClauses();
    }

    /** "l'armée" → "armée", "dell'esercito" → "esercito": the article does not change the trigger. */
    static String stripElision(String w) {
        int a = w.indexOf('\'');
        return a > 0 && a <= 4 && a < w.length() - 1 ? w.substring(a + 1) : w;
    }

    private List<String> signals(EventLexicon lexicon) {
        List<String> kinds = new ArrayList<>(java.util.Collections.nCopies(words.size(), ""));
        for (PhraseTable.Match m : lexicon.signals.scan(words)) {
            for (int i = m.start(); i < m.end(); i++) {
                kinds.set(i, m.entry().columns().get(0) + (i == m.start() ? "" : "+"));
            }
        }
        return kinds;
    }

    private void findHits(EventLexicon lexicon) {
        List<Hit> raw = new ArrayList<>();
        for (PhraseTable.Match m : lexicon.triggers.scan(words)) {
            if (dateAt[m.start()] >= 0 || !Character.isLetter(tokens.get(m.start()).text().charAt(0))) {
                continue;
            }
            List<String> c = m.entry().columns();
            EventType type = EventType.valueOf(c.get(0).toUpperCase(Locale.ROOT));
            char pos = c.size() > 1 && !c.get(1).isEmpty() ? c.get(1).charAt(0) : 'v';
            Span span = new Span(tokens.get(m.start()).span().start(), tokens.get(m.end() - 1).span().end());
            raw.add(new Hit(m.start(), m.end(), m.start(), span, String.join(" ", tokens.subList(m.start(), m.end())
                    .stream().map(Token::text).toList()), type, pos));
        }
        for (int i = 0; i < raw.size(); i++) {
            Hit h = raw.get(i);
            Hit next = i + 1 < raw.size() ? raw.get(i + 1) : null;
            // A light verb takes the type and word of the event noun or verb right after it:
            // "issued a manifesto", "won a battle", "began the siege", "held a referendum".
            boolean joined = next != null && next.start() - h.end() <= 3 && !punctuationBetween(h.end(), next.start());
            Hit before = hits.isEmpty() ? null : hits.get(hits.size() - 1);
            if (h.pos() == 'l' && joined) {
                hits.add(new Hit(h.start(), next.end(), next.at(), next.span(), next.text(), next.type(), 'v'));
                i++;
            } else if (h.pos() == 'l' && before != null && (before.pos() == 'n' || before.pos() == 'e') && h.start() - before.end() <= 3
                    && !punctuationBetween(before.end(), h.start())) {
                // "the siege of Linares began", "les négociations ont commencé": with no event after it, the
                // light verb tells that the event noun before it happened.
                hits.set(hits.size() - 1, new Hit(before.start(), h.end(), before.at(), before.span(), before.text(),
                        before.type(), 'v'));
            } else if (h.pos() == 'e' && joined && next.pos() == 'n') {
                // "la fin de la guerre", "the end of the war": the end of an event is an occurrence of its
                // own, told by the whole phrase; alone ("la fin de l'Empire") it stays an end word (see Hit).
                Span span = new Span(h.span().start(), next.span().end());
                hits.add(new Hit(h.start(), next.end(), h.at(), span, String.join(" ", tokens.subList(h.start(), next.end())
                        .stream().map(Token::text).toList()), EventType.OTHER, 'n'));
                i++;
            } else {
                hits.add(h);
            }
        }
    }

    private boolean punctuationBetween(int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isLetterOrDigit(tokens.get(i).text().charAt(0))) {
                return true;
            }
        }
        return false;
    }

    private void cutClauses() {
        int start = 0;
        Opening opening = Opening.START;
        boolean bare = true;
        int i = 0;
        while (i < tokens.size()) {
            Opening b = boundary(i);
            if (b == null) {
                i++;
                continue;
            }
            if (i > start) {
                clauses.add(new Clause(start, i, opening, bare));
                opening = b;
                bare = true;
            } else if (b != Opening.COMMA) {
                // A run of boundaries (", and", ", which", ", after") opens with its most telling word.
                opening = b;
                bare = false;
            } else {
                bare = false;
            }
            i = skipSignal(i);
            start = i;
        }
        if (start < tokens.size()) {
            clauses.add(new Clause(start, tokens.size(), opening, bare));
        }
    }

    private int skipSignal(int i) {
        int j = i + 1;
        while (j < tokens.size() && signalAt.get(j).endsWith("+")) {
            j++;
        }
        return j;
    }

    private Opening boundary(int i) {
        if (dateAt[i] >= 0) {
            return null;
        }
        String t = tokens.get(i).text();
        switch (t) {
            case ",", "(", ")", ":", "–", "—" -> {
                return Opening.COMMA;
            }
            case ";" -> {
                return Opening.STOP;
            }
            default -> {
            }
        }
        return switch (signalAt.get(i)) {
            case "and" -> Opening.AND;
            case "but" -> Opening.BUT;
            case "which" -> Opening.WHICH;
            case "when" -> Opening.WHEN;
            case "after" -> Opening.AFTER;
            case "before" -> Opening.BEFORE;
            case "while" -> Opening.WHILE;
            default -> null;
        };
    }

    int clauseOf(int token) {
        for (int c = 0; c < clauses.size(); c++) {
            if (clauses.get(c).contains(token)) {
                return c;
            }
        }
        return clauses.size() - 1;
    }

    /** The clause of a character offset, or -1 when it lies outside the sentence's tokens. */
    int clauseAtOffset(int offset) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).span().end() > offset) {
                return clauseOf(i);
            }
        }
        return clauses.isEmpty() ? -1 : clauses.size() - 1;
    }

    boolean hasSignalBefore(int token, String kind, int window, int clauseStart) {
        for (int i = Math.max(clauseStart, token - window); i < token; i++) {
            if (signalAt.get(i).startsWith(kind)) {
                return true;
            }
        }
        return false;
    }
}
