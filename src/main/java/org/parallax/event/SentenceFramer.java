package org.parallax.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parallax.event.SentenceParts.Clause;
import org.parallax.event.SentenceParts.Hit;
import org.parallax.event.SentenceParts.Opening;
import org.parallax.model.EventDate.Anchor;
import org.parallax.model.Modality;

/**
 * Turns one sentence into dated event frames, following the annotation rules: each time expression
 * dates the predicate it modifies (direct); a predicate coordinated with a dated one and without a date
 * of its own shares it ("arrived on 16 March and began the siege"); a predicate tied to a dated one by
 * "after", "before", "following", "prior to" or "while" is dated relative to it; a relative clause adds
 * an event only when it tells a different kind of occurrence ("a battle in which a general was
 * executed"). Predicates with no date are not reported.
 */
final class SentenceFramer {
    /** A dated predicate: the hit, its date and anchor, the episode it belongs to and its clause. */
    record Frame(Hit hit, DatedExpression date, Anchor anchor, Optional<String> mod, int group, int clause,
                 Modality modality, boolean negated) {
    }

    private final SentenceParts parts;
    private final List<DatedExpression> dates;
    private final Map<Hit, Frame> frames = new HashMap<>();
    private int groups;

    SentenceFramer(SentenceParts parts, List<DatedExpression> dates) {
        this.parts = parts;
        this.dates = dates;
    }

    List<Frame> frames() {
        for (int d = 0; d < dates.size(); d++) {
            Hit h = direct(d);
            if (h != null) {
                h = document(h);
                Frame f = add(h, dates.get(d), dates.get(d).relative() ? Anchor.RELATIVE : Anchor.DIRECT,
                        dates.get(d).mod(), groups++);
                shareForward(f);
                shareBackward(f);
                relativeClauses(f);
            }
        }
        List<Frame> dated = new ArrayList<>(frames.values());
        dated.sort(Comparator.comparingInt(f -> f.hit().at()));
        for (Frame f : dated) {
            temporalRelations(f);
        }
        List<Frame> out = new ArrayList<>(frames.values());
        out.sort(Comparator.comparingInt(f -> f.hit().at()));
        return out;
    }

    // --- direct: the predicate the time expression modifies ---

    private Hit direct(int d) {
        int first = firstToken(d);
        int last = lastToken(d);
        if (first < 0) {
            return null;
        }
        // "the 1866 decision": a date used as a modifier of the event noun that follows it ("after seven
        // months of siege" counts from another date and modifies nothing).
        for (Hit h : parts.hits) {
            if (!dates.get(d).relative() && h.start() > last && h.start() - last <= 2 && h.pos() == 'n' && free(h)) {
                return h;
            }
        }
        int c = parts.clauseOf(first);
        // "in July 1861, when Juárez placed a moratorium": the when-clause tells what happened then.
        // "…, cuando el coronel Brinck, al frente de 3.500 hombres, fue vencido": the when-clause goes on past an
        // apposition set off by commas, and through "and", until a clause with its own date or another opening.
        if (c + 1 < parts.clauses.size() && parts.clauses.get(c + 1).opening() == Opening.WHEN && !hasDate(c + 1)) {
            for (int k = c + 1; k < parts.clauses.size(); k++) {
                Opening o = parts.clauses.get(k).opening();
                if (k > c + 1 && (hasDate(k) || o != Opening.COMMA && o != Opening.AND)) {
                    break;
                }
                Hit h = firstIn(k, parts.clauses.get(k).start());
                if (h != null) {
                    return h;
                }
            }
        }
        Hit before = nearestBefore(c, first);
        if (before != null) {
            return before;
        }
        // "the Second Franco-Mexican War (1861–1867)", "la guerre franco-mexicaine, 1861–1867": a date set
        // off by a bracket or comma dates the event noun right before it.
        boolean setOff = first > 0 && (parts.tokens.get(first - 1).text().equals("(") || parts.tokens.get(first - 1).text().equals(","));
        if (setOff) {
            for (Hit h : parts.hits) {
                if (h.end() <= first - 1 && first - 1 - h.end() <= 2 && free(h)) {
                    return h;
                }
            }
        }
        // "The second battle, on 19 February 1649, ended in defeat": a date set off by commas right after an event
        // noun that ends the clause before it is that noun's.
        Clause clause = parts.clauses.get(c);
        if (clause.opening() == Opening.COMMA && first - clause.start() <= 1 && last == clause.end() - 1 && c > 0
                && c + 1 < parts.clauses.size() && parts.clauses.get(c + 1).opening() == Opening.COMMA) {
            Clause prior = parts.clauses.get(c - 1);
            for (Hit h : parts.hits) {
                if (h.pos() == 'n' && parts.clauseOf(h.at()) == c - 1 && h.end() >= prior.end() && free(h)) {
                    return h;
                }
            }
        }
        Hit after = firstIn(c, last + 1);
        // "Après sept mois de siège, les rebelles capitulent": the noun after a span of time is what lasted.
        if (after != null && !(dates.get(d).relative() && !after.verb())) {
            return after;
        }
        // "La bataille de Nördlingen, qui se déroula les 5 et 6 septembre 1634, opposa …", "La primera batalla de
        // Nördlingen, librada el 6 de septiembre de 1634, fue …": a clause set off right after an event noun and its
        // name, with no event word of its own, tells when that noun's occurrence was.
        Hit named = namedNounBefore(c, first);
        if (named != null) {
            return named;
        }
        // A bracketed date after a name ("Benito Juárez (1858–1872)") is a life or term, not an event's date.
        boolean bracketed = first > 0 && parts.tokens.get(first - 1).text().equals("(");
        // "… exécutera l'empereur, le 19 juin 1867, et rétablit …": a date set off by commas right after a
        // predicate is that predicate's, not a heading for what follows.
        boolean parenthetical = clause.opening() == Opening.COMMA && first == clause.start() && last == clause.end() - 1
                && c > 0 && lastVerbIn(c - 1) != null;
        boolean leading = first - clause.start() <= 2 && !bracketed && !parenthetical;
        // "On 10 January, Prim issued …": a date standing alone at the head looks ahead.
        for (int k = c + 1; leading && k < parts.clauses.size(); k++) {
            if (parts.clauses.get(k).opening() == Opening.STOP || hasDate(k)) {
                break;
            }
            // "The next day, Almonte, who had been minister of a government defeated in the war, issued a
            // manifesto": a relative clause describes someone; the main clause tells what happened then.
            boolean relativeClause = parts.clauses.get(k).opening() == Opening.WHICH && k + 1 < parts.clauses.size()
                    && (parts.clauses.get(k + 1).opening() == Opening.COMMA || parts.clauses.get(k + 1).opening() == Opening.WHICH);
            Hit h = relativeClause ? null : firstIn(k, parts.clauses.get(k).start());
            if (h != null) {
                return h;
            }
        }
        // "captured Aguascalientes and Zacatecas by 7 February": the predicate sits in an earlier clause.
        // A bracketed date looks no further than the clause it closes ("established the Empire (1864–1867)").
        // "…, ended very differently: after Lannes took charge on 26 January, …": a date in a clause of "after" or
        // "before" is the time of that clause's action, which comes before or after the predicates around it.
        Opening own = clause.opening();
        for (int k = c - 1; k >= (bracketed ? c - 1 : 0) && k >= 0 && own != Opening.AFTER && own != Opening.BEFORE; k--) {
            if (parts.clauses.get(k + 1).opening() == Opening.STOP || hasDate(k)) {
                break;
            }
            // "Horn and Bernhard, who had marched to relieve the town, threw their infantry at the hill on the
            // morning of 6 September": a relative clause closed before the date's clause tells of someone, not then.
            boolean closedRelative = parts.clauses.get(k).opening() == Opening.WHICH && parts.clauses.get(k + 1).opening() == Opening.COMMA
                    && commaAt(parts.clauses.get(k + 1).start());
            Hit h = closedRelative ? null : lastVerbIn(k);
            if (h != null) {
                return h;
            }
        }
        return null;
    }

    /** How many words may stand before the sentence's subject noun ("La primera | batalla"). */
    private static final int SUBJECT_AT = 3;

    /**
     * The sentence's subject, when it is an event noun that alone, or with its name, makes up the sentence's opening
     * clause ("La bataille de Nördlingen", "The second siege"), and clause {@code c}, the next one, is a relative or a
     * comma clause that holds no event word and whose words lead up to the date ("qui se déroula", "librada").
     */
    private Hit namedNounBefore(int c, int first) {
        Clause clause = parts.clauses.get(c);
        if (c != 1 || clause.opening() != Opening.WHICH && clause.opening() != Opening.COMMA || firstHitIn(c) != null
                || first == 0 || !Character.isLetter(parts.tokens.get(first - 1).text().charAt(0))) {
            return null;
        }
        Clause opening = parts.clauses.get(0);
        for (Hit h : parts.hits) {
            if (h.pos() == 'n' && parts.clauseOf(h.at()) == 0 && h.start() - opening.start() <= SUBJECT_AT && free(h)) {
                return nameOnly(h.end(), opening.end()) ? h : null;
            }
        }
        return null;
    }

    /** Whether tokens [from, to) are nothing, or a name: a particle and capitalized words ("de Nördlingen", "of Leipzig", "d'Ortigal"). */
    private boolean nameOnly(int from, int to) {
        for (int k = from; k < to; k++) {
            String w = parts.tokens.get(k).text();
            boolean particle = k == from && (w.length() <= 5 && Character.isLowerCase(w.charAt(0)) || w.matches("[dl]['’]\\p{Lu}.*"));
            if (!particle && !Character.isUpperCase(w.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** Whether a comma stands at the token or right before it: where a clause set off by a comma opens. */
    private boolean commaAt(int token) {
        return token < parts.tokens.size() && parts.tokens.get(token).text().equals(",")
                || token > 0 && parts.tokens.get(token - 1).text().equals(",");
    }

    /** Indefinite and definite articles that make the word after them a noun. */
    private static final java.util.Set<String> ARTICLES = java.util.Set.of("a", "an", "the", "un", "une", "una", "uno", "le", "la",
            "il", "lo", "el", "o", "uma", "ein", "eine", "das", "die", "der");

    /** How many tokens may stand between a verb of signing and the document it signs ("firmato a Coblenza, il 28 luglio 1792, un proclama"). */
    private static final int SIGNED_WITHIN = 10;

    /**
     * The document a verb of signing signs, when it is a proclamation or a decree ("Il duca aveva firmato a Coblenza,
     * il 28 luglio 1792, un proclama che minacciava Parigi"): what was signed is what happened, not a treaty.
     */
    private Hit document(Hit signing) {
        if (!signing.verb() || signing.type() != org.parallax.model.EventType.TREATY) {
            return signing;
        }
        for (Hit h : parts.hits) {
            // A noun, or a form read as a verb that an article makes a noun ("un proclama").
            boolean noun = !h.verb() || h.start() > 0 && ARTICLES.contains(parts.tokens.get(h.start() - 1).text());
            if (h.start() >= signing.end() && h.start() - signing.end() <= SIGNED_WITHIN && noun && free(h)
                    && (h.type() == org.parallax.model.EventType.PROCLAMATION || h.type() == org.parallax.model.EventType.DECREE)
                    && parts.clauses.stream().noneMatch(c -> c.opening() == Opening.STOP && c.start() > signing.end() && c.start() <= h.start())) {
                return h;
            }
        }
        return signing;
    }

    private Hit nearestBefore(int c, int token) {
        Hit verb = null;
        Hit any = null;
        for (Hit h : parts.hits) {
            if (parts.clauseOf(h.at()) == c && h.at() < token && free(h)) {
                any = h;
                if (h.verb()) {
                    verb = h;
                }
            }
        }
        return verb != null ? verb : any;
    }

    private Hit firstIn(int c, int fromToken) {
        Hit any = null;
        for (Hit h : parts.hits) {
            if (parts.clauseOf(h.at()) == c && h.at() >= fromToken && free(h)) {
                if (h.verb()) {
                    return h;
                }
                any = any == null ? h : any;
            }
        }
        return any;
    }

    private Hit lastVerbIn(int c) {
        Hit found = null;
        for (Hit h : parts.hits) {
            if (parts.clauseOf(h.at()) == c && h.verb() && free(h)) {
                found = h;
            }
        }
        return found;
    }

    private Hit firstHitIn(int c) {
        for (Hit h : parts.hits) {
            if (parts.clauseOf(h.at()) == c) {
                return h;
            }
        }
        return null;
    }

    // --- shared: coordinated predicates of one episode ---

    private void shareForward(Frame f) {
        int c = Math.max(f.clause(), dateClause(f));
        while (c + 1 < parts.clauses.size() && !hasDate(c + 1)
                && (parts.clauses.get(c + 1).opening() == Opening.AND || withParticiple(c + 1))) {
            c++;
            Hit h = firstHitIn(c);
            if (h == null) {
                continue;
            }
            if (!free(h)) {
                return;
            }
            // "and then marched", "und zog dann": the later predicate does not share the date, it comes after it.
            boolean later = parts.hasSignalBefore(h.start(), "later", 3, parts.clauses.get(c).start())
                    || h.end() < parts.tokens.size() && parts.signalAt.get(h.end()).startsWith("later");
            add(h, f.date(), later ? Anchor.RELATIVE : Anchor.SHARED, later ? Optional.of("AFTER") : Optional.empty(), f.group());
        }
    }

    /** "captured Monterrey on 15 August, with Juárez barely escaping": an absolute clause of the same episode. */
    private boolean withParticiple(int c) {
        Clause clause = parts.clauses.get(c);
        if (clause.opening() != Opening.COMMA || !parts.signalAt.get(clause.start()).equals("with")) {
            return false;
        }
        Hit h = firstHitIn(c);
        return h != null && participle(h);
    }

    private boolean participle(Hit h) {
        String w = parts.words.get(h.start());
        return w.endsWith("ing") || w.endsWith("ant") || w.endsWith("ando") || w.endsWith("endo");
    }

    private int dateClause(Frame f) {
        for (int i = 0; i < parts.tokens.size(); i++) {
            if (parts.dateAt[i] >= 0 && f.date().span().overlaps(parts.tokens.get(i).span())) {
                return parts.clauseOf(i);
            }
        }
        return f.clause();
    }

    private void shareBackward(Frame f) {
        if (f.date().relative()) {
            return; // "fled … and died a year later": the later date is not the earlier predicate's
        }
        Hit h = f.hit();
        int c = f.clause();
        while (h != null && h.verb() && c > 0 && firstHitIn(c) == h && linksBack(c, h)) {
            c--;
            if (hasDate(c)) {
                return;
            }
            Hit prev = lastVerbIn(c);
            if (prev == null) {
                return;
            }
            add(prev, f.date(), Anchor.SHARED, Optional.empty(), f.group());
            h = prev;
        }
    }

    /** "pursued them and Guanajuato was taken on 9 December"; "headed north, capturing … by 7 February". */
    private boolean linksBack(int c, Hit h) {
        Opening o = parts.clauses.get(c).opening();
        return o == Opening.AND || o == Opening.COMMA && participle(h) && h.start() == parts.clauses.get(c).start();
    }

    /** A relative clause adds the occurrences of another kind it tells; the same kind is the same event. */
    private void relativeClauses(Frame f) {
        int c = f.clause() + 1;
        if (c >= parts.clauses.size() || parts.clauses.get(c).opening() != Opening.WHICH) {
            return;
        }
        for (; c < parts.clauses.size(); c++) {
            Opening o = parts.clauses.get(c).opening();
            if (hasDate(c) || o != Opening.WHICH && o != Opening.AND) {
                return;
            }
            for (Hit h : parts.hits) {
                if (parts.clauseOf(h.at()) == c && free(h) && h.type() != f.hit().type()
                        && h.type() != org.parallax.model.EventType.OTHER) {
                    add(h, f.date(), Anchor.SHARED, Optional.empty(), f.group());
                }
            }
        }
    }

    // --- relative: explicit temporal relations between predicates ---

    private void temporalRelations(Frame f) {
        if (f.anchor() == Anchor.RELATIVE && !f.date().relative()) {
            return;
        }
        int c = Math.max(f.clause(), dateClause(f));
        // "X on 31 May, after granting …" / "…, while Republican forces retreated"
        if (c + 1 < parts.clauses.size() && !hasDate(c + 1)) {
            Opening o = parts.clauses.get(c + 1).opening();
            String mod = o == Opening.AFTER ? "BEFORE" : o == Opening.BEFORE ? "AFTER" : o == Opening.WHILE ? "" : null;
            Hit h = firstHitIn(c + 1);
            if (mod != null && h != null && free(h)) {
                add(h, f.date(), Anchor.RELATIVE, mod.isEmpty() ? Optional.empty() : Optional.of(mod), f.group());
            }
        }
        c = f.clause();
        Opening own = parts.clauses.get(c).opening();
        // "the defense had passed on to González Ortega after Zaragoza died on 8 September"
        if ((own == Opening.AFTER || own == Opening.BEFORE) && parts.clauses.get(c).bare() && c > 0 && !hasDate(c - 1)
                && parts.clauses.get(c - 1).opening() != Opening.STOP && prefixStart(c) > 0) {
            Hit h = lastVerbIn(c - 1);
            if (h != null) {
                add(h, f.date(), Anchor.RELATIVE, Optional.of(own == Opening.AFTER ? "AFTER" : "BEFORE"), f.group());
                return;
            }
        }
        // "Following the occupation of Mexico City on 10 June 1863, the elites were forced to align …"
        Opening head = parts.clauses.get(prefixStart(c)).opening();
        if (head == Opening.AFTER || head == Opening.BEFORE) {
            Hit main = firstVerbAfter(f.hit().at(), c);
            if (main != null) {
                add(main, f.date(), Anchor.RELATIVE, Optional.of(head == Opening.AFTER ? "AFTER" : "BEFORE"), f.group());
            }
        }
    }

    /** The first clause of the chain of "and"-joined clauses that ends at clause c. */
    private int prefixStart(int c) {
        int k = c;
        while (k > 0 && parts.clauses.get(k).opening() == Opening.AND) {
            k--;
        }
        return k;
    }

    private Hit firstVerbAfter(int token, int c) {
        int lastDateToken = -1;
        for (int i = 0; i < parts.tokens.size(); i++) {
            if (parts.dateAt[i] >= 0 && parts.clauseOf(i) == c) {
                lastDateToken = i;
            }
        }
        boolean verbSeen = false;
        for (Hit h : parts.hits) {
            int hc = parts.clauseOf(h.at());
            boolean sameClauseAfterDate = hc == c && h.at() > lastDateToken;
            // "…, la France, le Royaume-Uni et l'Espagne ont accepté": an "and" before any verb joins subjects.
            boolean mainClause = hc > c && (parts.clauses.get(hc).opening() != Opening.AND || !verbSeen) && !hasDate(hc);
            if (h.at() > token && h.verb() && free(h) && (sameClauseAfterDate || mainClause)) {
                return h;
            }
            verbSeen |= hc > c && h.verb();
        }
        return null;
    }

    // --- bookkeeping ---

    private Frame add(Hit h, DatedExpression date, Anchor anchor, Optional<String> mod, int group) {
        int c = parts.clauseOf(h.at());
        int clauseStart = parts.clauses.get(c).start();
        Modality modality = parts.hasSignalBefore(h.start(), "attempted", 3, clauseStart) ? Modality.ATTEMPTED
                : parts.hasSignalBefore(h.start(), "planned", 3, clauseStart) ? Modality.PLANNED : Modality.ASSERTED;
        boolean negated = parts.hasSignalBefore(h.start(), "negation", 3, clauseStart);
        Frame f = new Frame(h, date, anchor, mod, group, c, modality, negated);
        frames.put(h, f);
        return f;
    }

    private boolean free(Hit h) {
        return !frames.containsKey(h);
    }

    private boolean hasDate(int c) {
        Clause clause = parts.clauses.get(c);
        for (int i = clause.start(); i < clause.end(); i++) {
            if (parts.dateAt[i] >= 0) {
                return true;
            }
        }
        return false;
    }

    private int firstToken(int d) {
        for (int i = 0; i < parts.tokens.size(); i++) {
            if (parts.dateAt[i] == d) {
                return i;
            }
        }
        return -1;
    }

    private int lastToken(int d) {
        int last = -1;
        for (int i = 0; i < parts.tokens.size(); i++) {
            if (parts.dateAt[i] == d) {
                last = i;
            }
        }
        return last;
    }
}
