package org.parallax.compare;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.align.Alignment;
import org.parallax.align.Edition;
import org.parallax.model.DateInterval;
import org.parallax.model.Event;
import org.parallax.model.Finding;

/**
 * Order told inside one sentence against order told by dates: "Portugal ratified it first and then Castile"
 * against "Castile ratified on 2 July; Portugal on 5 September". A sentence with a word that puts what follows
 * later ("then", "depois", "después") is cut there; each part is matched, on the cognate keys of its words
 * (names weigh double), with the dated statements of another edition that best share them (two different
 * sentences); when those give the two parts the opposite order by disjoint dates, the editions contradict on
 * the sequence.
 */
final class ClauseOrder {
    private static final Pattern WORD = Pattern.compile("\\p{L}{4,}");
    private static final long MAX_GAP_DAYS = 366;
    /** One sentence that dates actions in turn tells one campaign: its dates may be years apart ("Málaga em 1487 e Baza em 1489"). */
    private static final long MAX_GAP_DAYS_ONE_SENTENCE = 5 * 366;
    private static final int MIN_EACH = 1;
    private static final int MIN_ALL = 4;
    private static final int MAX_SPREAD = 2;
    private static final int MAX_APART = 3;
    private final SequenceMarkers markers;
    private final Quotes quotes;

    ClauseOrder(SequenceMarkers markers, Quotes quotes) {
        this.markers = markers;
        this.quotes = quotes;
    }

    List<FindingsReport.Entry> of(List<Edition> editions) {
        List<FindingsReport.Entry> out = new ArrayList<>();
        java.util.Map<Edition, Set<String>> rare = new java.util.IdentityHashMap<>();
        java.util.Map<Edition, List<List<Part>>> parts = new java.util.IdentityHashMap<>();
        editions.forEach(e -> {
            rare.put(e, rare(e));
            parts.put(e, parts(e));
        });
        for (Edition a : editions) {
            // Only an undated sentence tells order by its words alone; a dated one is compared by its dates.
            // A date counted from the sentence's own first action ("erst einige Tage danach") is the order told in words.
            Set<Integer> read = new HashSet<>();
            told(a).stream().filter(e -> e.date().filter(d -> d.anchor() != org.parallax.model.EventDate.Anchor.RELATIVE).isPresent())
                    .forEach(e -> read.add(e.sentenceIndex()));
            for (Event s : told(a)) {
                if (!read.add(s.sentenceIndex())) {
                    continue;
                }
                Optional<SequenceMarkers.Clauses> at = markers.clauses(s.language(), s.sentence());
                if (at.isEmpty() || markers.same(s.language(), s.sentence())) {
                    continue;
                }
                Set<String> first = keys(at.get().first());
                Set<String> then = keys(at.get().then());
                if (first.isEmpty() || then.isEmpty()) {
                    continue;
                }
                for (Edition b : editions) {
                    if (b != a) {
                        against(a, s, at.get(), first, then, b, rare.get(b), parts.get(b)).ifPresent(out::add);
                    }
                }
            }
        }
        return out;
    }

    /**
     * The keys found in at most {@link #MAX_SPREAD} of an edition's sentences. The article's own topic ("Caetano",
     * "Portugal", "Estado Novo") is in many of its sentences and says nothing about which statement a clause tells.
     */
    private static Set<String> rare(Edition b) {
        return rare(told(b).stream().collect(java.util.stream.Collectors.toMap(Event::sentenceIndex, Event::sentence, (x, y) -> x))
                .values(), MAX_SPREAD);
    }

    /** The keys ({@link #keys}) found in at most {@code maxSpread} of the sentences. */
    static Set<String> rare(java.util.Collection<String> sentences, int maxSpread) {
        java.util.Map<String, Integer> spread = new java.util.HashMap<>();
        sentences.forEach(sentence -> keys(sentence).forEach(k -> spread.merge(k, 1, Integer::sum)));
        Set<String> rare = new HashSet<>();
        spread.forEach((k, n) -> {
            if (n <= maxSpread) {
                rare.add(k);
            }
        });
        return rare;
    }

    private Optional<FindingsReport.Entry> against(Edition a, Event s, SequenceMarkers.Clauses clauses, Set<String> first,
                                                   Set<String> then, Edition b, Set<String> rare, List<List<Part>> bParts) {
        // Only statements dated to the day: the clauses of a "first … then" sentence matched against statements of
        // a month or a season found the wrong statements more often than a different order (held-out sets).
        List<Event> dated = told(b).stream().filter(e -> interval(e).filter(i -> i.days() == 1).isPresent()).toList();
        first = first.stream().filter(rare::contains).collect(java.util.stream.Collectors.toSet());
        then = then.stream().filter(rare::contains).collect(java.util.stream.Collectors.toSet());
        Event bestFirst = null;
        Event bestThen = null;
        int best = 0;
        for (Event x : dated) {
            int fx = shared(first, x);
            if (fx < MIN_EACH) {
                continue;
            }
            for (Event y : dated) {
                int ty = shared(then, y);
                // The two actions of one sentence are one episode: the other edition tells them close together.
                if (ty < MIN_EACH || y.sentenceIndex() == x.sentenceIndex() || Math.abs(y.sentenceIndex() - x.sentenceIndex()) > MAX_APART
                        || fx + ty <= best) {
                    continue;
                }
                best = fx + ty;
                bestFirst = x;
                bestThen = y;
            }
        }
        // One sentence that dates two actions in turn ("Longwy capitule le 23 août, puis Verdun … le 2 septembre",
        // "Málaga em 1487 e Baza em 1489"): each date with the words that lead up to it is one statement.
        for (List<Part> parts : bParts) {
            for (Part x : parts) {
                int fx = shared(first, x.text());
                for (Part y : parts) {
                    int ty = shared(then, y.text());
                    if (x == y || fx < MIN_EACH || ty < MIN_EACH || fx + ty <= best
                            || shared(first, y.text()) >= fx || shared(then, x.text()) >= ty) {
                        continue;
                    }
                    best = fx + ty;
                    bestFirst = x.event();
                    bestThen = y.event();
                }
            }
        }
        // Each clause must share a name, or two words, with its statement, and four keys in all: one shared verb
        // or one shared name is too little to say which clause is which statement.
        if (bestFirst == null || best < MIN_ALL) {
            return Optional.empty();
        }
        DateInterval dx = interval(bestFirst).get();
        DateInterval dy = interval(bestThen).get();
        // Two actions one sentence orders with "then" follow each other closely: statements years apart are
        // not what its two parts tell.
        long gap = bestFirst.sentenceIndex() == bestThen.sentenceIndex() ? MAX_GAP_DAYS_ONE_SENTENCE : MAX_GAP_DAYS;
        if (dx.overlaps(dy) || dx.first() < dy.first() || dx.first() - dy.last() > gap) {
            return Optional.empty();
        }
        Alignment.Member told = new Alignment.Member(a.docId(), s, Alignment.Role.FACT);
        Alignment.Member later = new Alignment.Member(b.docId(), bestFirst, Alignment.Role.EVENT);
        Alignment.Member earlier = new Alignment.Member(b.docId(), bestThen, Alignment.Role.EVENT);
        List<FacetValues.Value> values = List.of(
                new FacetValues.Value(told, "first, then", s.sentence().substring(clauses.markerStart(), clauses.markerEnd()), 0.8, null),
                new FacetValues.Value(earlier, "first (" + dy.value() + ")", bestThen.date().get().text(), 1, null),
                new FacetValues.Value(later, "then (" + dx.value() + ")", bestFirst.date().get().text(), 1, null));
        double confidence = Math.min(0.9, 0.45 + 0.05 * best);
        return Optional.of(quotes.entry(Finding.Kind.CONTRADICTION, "sequence", "order told in one sentence of " + a.language().code()
                + " against the dates of " + b.language().code(), confidence, values,
                "the editions tell these actions in a different order"));
    }

    /** A dated statement and the words of its sentence that lead up to its date. */
    private record Part(Event event, String text) {
    }

    /**
     * The sentences of an edition that date two actions or more, each cut into its dated parts: the words from the
     * end of the previous date to the end of this one. Dates of a year or finer only, one statement per date.
     */
    private static List<List<Part>> parts(Edition e) {
        java.util.Map<Integer, java.util.TreeMap<Integer, Event>> bySentence = new java.util.TreeMap<>();
        for (Event x : told(e)) {
            if (x.date().isPresent() && interval(x).filter(i -> i.days() <= 366).isPresent()
                    && x.date().get().anchor() == org.parallax.model.EventDate.Anchor.DIRECT
                    && x.sentenceSpan().contains(x.date().get().span())) {
                bySentence.computeIfAbsent(x.sentenceIndex(), k -> new java.util.TreeMap<>()).putIfAbsent(x.date().get().span().start(), x);
            }
        }
        List<List<Part>> out = new ArrayList<>();
        for (var dates : bySentence.values()) {
            if (dates.size() < 2 || dates.values().stream().map(x -> x.date().get().value()).distinct().count() < dates.size()) {
                continue;
            }
            List<Part> parts = new ArrayList<>();
            int from = 0;
            for (Event x : dates.values()) {
                int end = x.date().get().span().end() - x.sentenceSpan().start();
                parts.add(new Part(x, x.sentence().substring(from, end)));
                from = end;
            }
            out.add(parts);
        }
        return out;
    }

    private static List<Event> told(Edition e) {
        List<Event> all = new ArrayList<>(e.events());
        all.addAll(e.facts());
        return all;
    }

    private static Optional<DateInterval> interval(Event e) {
        return e.date().flatMap(d -> DateInterval.parse(d.value())).filter(i -> i.precision() != org.parallax.model.Precision.RANGE);
    }

    /** Keys shared between a clause and a statement's sentence, a shared name counting twice. */
    private static int shared(Set<String> clause, Event e) {
        return shared(clause, e.sentence());
    }

    private static int shared(Set<String> clause, String text) {
        return shared(clause, keys(text));
    }

    /** Keys of a clause found among other keys, a shared name counting twice. */
    static int shared(Set<String> clause, Set<String> keys) {
        int n = 0;
        for (String k : clause) {
            if (keys.contains(k)) {
                n += k.startsWith("N") ? 2 : 1;
            }
        }
        return n;
    }

    /**
     * {@link #shared}, where a key also meets the same key written in the other case, as a word: English capitalizes
     * the adjective other languages write in lower case ("Genoese", "genuesischen").
     */
    static int sharedAcrossCase(Set<String> clause, Set<String> keys) {
        int n = shared(clause, keys);
        for (String k : clause) {
            if (!keys.contains(k) && k.length() > 1 && keys.contains((k.startsWith("N") ? "w" : "N") + k.substring(1))) {
                n += 1;
            }
        }
        return n;
    }

    /**
     * The first three letters of the consonant skeleton of each word of four letters or more, accents dropped
     * ("abdicó", "abdicated" and "abdiqua" give {@code bdc}); a capitalized word's key is marked as a name.
     */
    static Set<String> keys(String text) {
        Set<String> out = new HashSet<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String w = m.group();
            String k = org.parallax.model.Folding.skeleton(w);
            if (k.length() >= 2) {
                String key = k.substring(0, Math.min(3, k.length()));
                out.add(Character.isUpperCase(w.charAt(0)) ? "N" + key : "w" + key);
            }
        }
        return out;
    }
}
