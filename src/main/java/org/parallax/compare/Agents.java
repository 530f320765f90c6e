package org.parallax.compare;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.model.ActorKind;
import org.parallax.model.ActorMention;
import org.parallax.model.Event;
import org.parallax.model.Folding;
import org.parallax.model.Language;
import org.parallax.model.LanguageFiles;

/**
 * The person a sentence says did what its event tells: the agent of a passive ("signée par le général de
 * Wimpffen", "firmata dal generale Ducrot", "von General X unterzeichnet"), else the person named nearest the
 * event's word in its clause ("Wimpffen put his name to the capitulation", "unterzeichnete General Wimpffen").
 * A sentence that names the emperor, the king and the general who signed says who signed only this way; the
 * words that introduce an agent are data ({@code lang/<code>/agent-words.txt}). Written here because no
 * dependency parser for six languages is available offline on these machines (see DEPENDENCIES.md): the reading
 * is by word order, and a tie leaves the agent unknown.
 */
final class Agents {
    private static final Map<Language, Set<String>> BY = new EnumMap<>(Language.class);
    private static final Pattern WORD = Pattern.compile("[\\p{L}'’-]+|[;:,()]");
    /** How many words (titles, articles, particles) may stand between the agent word and the name. */
    private static final int BETWEEN = 4;
    /** How far from the event's word, in characters, the nearest person may be named to be the one who acted. */
    private static final int NEAR = 90;
    /** ", and", ", und", ", et": a comma and a coordinator start another clause, whose person did something else. */
    private static final Pattern COORDINATED = Pattern.compile(",\\s+(?:" + SequenceMarkers.AND_WORDS + ")\\s");
    /** Two persons whose distances to the event's word differ by less than this are a tie. */
    private static final int TIE = 12;

    static {
        for (Language l : Language.values()) {
            Set<String> words = new HashSet<>();
            LanguageFiles.lines(l, "agent-words.txt").forEach(w -> words.add(Folding.plain(w.strip())));
            BY.put(l, Set.copyOf(words));
        }
    }

    private Agents() {
    }

    /** The one person who did it, when the sentence's word order says so. */
    static Optional<ActorMention> of(Event e) {
        List<ActorMention> persons = e.actors().stream()
                .filter(a -> a.kind() == ActorKind.PERSON && e.sentenceSpan().contains(a.span())).toList();
        if (persons.isEmpty()) {
            return Optional.empty();
        }
        List<ActorMention> passive = persons.stream().filter(a -> introduced(e, a)).toList();
        if (passive.stream().map(ActorMention::actorId).distinct().count() == 1) {
            return Optional.of(passive.get(0));
        }
        if (!passive.isEmpty() || e.triggerSpan().end() <= e.triggerSpan().start()) {
            return Optional.empty();
        }
        ActorMention best = null;
        int bestDistance = Integer.MAX_VALUE;
        int second = Integer.MAX_VALUE;
        for (ActorMention a : persons) {
            int d = distance(e, a);
            if (d < 0) {
                continue;
            }
            if (d < bestDistance) {
                if (best == null || !best.actorId().equals(a.actorId())) {
                    second = bestDistance;
                }
                best = a;
                bestDistance = d;
            } else if (!best.actorId().equals(a.actorId())) {
                second = Math.min(second, d);
            }
        }
        return best != null && bestDistance <= NEAR && second - bestDistance >= TIE ? Optional.of(best) : Optional.empty();
    }

    /**
     * Characters between the person and the event's word, or -1 when a clause mark (";", ":", ", and") or a bracket stands
     * between them: the person of another clause did something else.
     */
    private static int distance(Event e, ActorMention a) {
        return distance(e, a.span(), e.triggerSpan());
    }

    /**
     * Characters between two spans of the event's sentence, or -1 when a clause mark or a bracket stands between
     * them (see {@link #distance(Event, ActorMention)}).
     */
    static int distance(Event e, org.parallax.model.Span one, org.parallax.model.Span other) {
        return between(e, one, other).map(b -> b.isEmpty() ? 0 : b.contains(";") || b.contains(":") || b.contains("(")
                || b.contains(")") || COORDINATED.matcher(b).find() ? -1 : b.length()).orElse(-1);
    }

    /**
     * The words of the event's sentence between two spans of it (empty when they touch or overlap), or nothing when
     * either lies outside the sentence.
     */
    static java.util.Optional<String> between(Event e, org.parallax.model.Span one, org.parallax.model.Span other) {
        int base = e.sentenceSpan().start();
        int from = Math.min(one.end(), other.end()) - base;
        int to = Math.max(one.start(), other.start()) - base;
        if (from < 0 || to > e.sentence().length()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(to <= from ? "" : e.sentence().substring(from, to));
    }

    /** Whether the person is named in the clause of the event's word: no clause mark, bracket or ", and" between. */
    static boolean inClause(Event e, ActorMention a) {
        return e.triggerSpan().end() <= e.triggerSpan().start() || distance(e, a) >= 0 && !describedAfter(e, a);
    }

    /** A relative pronoun right after the event's word: "un proclama che minacciava … Luigi XVI", "the battle in which". */
    private static final Pattern RELATIVE_AFTER = Pattern.compile("^\\s*,?\\s*(?:\\p{Ll}+\\s+)?(?:che|cui|which|who|whom|whose|that|qui|que|dont|lequel|laquelle|welche[rsnm]?|cuyo|cuya|cujo|cuja)(?![\\p{L}])");

    /**
     * Whether the person is named after the event's word in a relative clause that opens right after it: the clause
     * tells what the occurrence was about ("un proclama che minacciava di radere al suolo Parigi se fosse stato torto
     * un capello a Luigi XVI"), not who did it.
     */
    private static boolean describedAfter(Event e, ActorMention a) {
        return a.span().start() > e.triggerSpan().end()
                && between(e, e.triggerSpan(), a.span()).filter(b -> RELATIVE_AFTER.matcher(b).find()).isPresent();
    }

    /** Whether an agent word stands shortly before the mention, with only titles and small words between. */
    private static boolean introduced(Event e, ActorMention a) {
        int start = a.span().start() - e.sentenceSpan().start();
        if (start <= 0 || start > e.sentence().length()) {
            return false;
        }
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(e.sentence().substring(0, start));
        while (m.find()) {
            words.add(m.group());
        }
        Set<String> by = BY.getOrDefault(e.language(), Set.of());
        Set<String> titles = FacetValues.titleWords(e.language());
        for (int i = words.size() - 1, n = 0; i >= 0 && n <= BETWEEN; i--, n++) {
            String w = words.get(i);
            if (!Character.isLetter(w.charAt(0))) {
                return false;
            }
            String lower = w.toLowerCase(Locale.ROOT);
            if (by.contains(Folding.plain(w)) && Character.isLowerCase(w.charAt(0))) {
                // "Wilhelm von Tegetthoff": a particle inside a name is no agent word.
                return i == 0 || !Character.isUpperCase(words.get(i - 1).charAt(0)) || n > 0;
            }
            if (Character.isUpperCase(w.charAt(0)) && !titles.contains(lower)) {
                return false;
            }
        }
        return false;
    }

    /** Whether a sentence names the person: a capitalized word of it shares the consonant skeleton of the surname. */
    static boolean named(String sentence, ActorMention a) {
        String[] parts = a.text().split("[^\\p{L}]+");
        String surname = "";
        for (int i = parts.length - 1; i >= 0 && surname.isEmpty(); i--) {
            if (parts[i].length() >= 3 && Character.isUpperCase(parts[i].charAt(0))) {
                surname = parts[i];
            }
        }
        if (surname.isEmpty()) {
            return false;
        }
        String key = Folding.skeleton(surname);
        // A short surname's skeleton ("Ney": "n") begins too many words: the sentence must write the surname itself.
        if (key.length() < 3) {
            String plain = Folding.plain(surname);
            return java.util.Arrays.stream(sentence.split("[^\\p{L}]+")).anyMatch(w -> Folding.plain(w).equals(plain));
        }
        return FacetValues.nameKeys(sentence).stream().anyMatch(k -> k.length() >= 3 && (k.startsWith(key) || key.startsWith(k)));
    }
}
