package org.parallax.compare;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.align.Alignment;
import org.parallax.align.Edition;
import org.parallax.model.Event;
import org.parallax.model.Finding;

/**
 * Order told in words in two editions: "Masséna handed Genoa over on 4 June; five days later Lannes beat Ott at
 * Montebello" against "Massena capitolò a Genova soltanto dopo che Lannes aveva battuto Ott a Montebello". Most
 * actions an edition puts in order carry no date of their own, so neither the aligned events nor the dates can
 * order them; the words that order them ("then", "only after", "erst danach", "antes de que") can.
 *
 * <p>Each sentence that orders two actions is cut, by {@link SequenceMarkers#clauses}, into what it tells first
 * and what it tells after; a sentence that opens on such a word ("Erst danach stieß Laudon zu ihm") tells after
 * what the sentence before it told. Each part keeps the cognate keys of its words ({@link ClauseOrder#keys}) that
 * the other part lacks and that few sentences of the edition use (the article's topic says nothing about which
 * action a part tells). Two such orders of different editions contradict when each part of one shares a name or
 * two words with the other part of the other, and the straight pairing shares clearly less.
 */
final class WordOrder {
    /** A key found in more of an edition's sentences than this is the article's topic, not one action's. */
    private static final int MAX_SPREAD = 3;
    /** What each crossed pair of parts must share: one name (2) or two words (1 each). */
    private static final int MIN_EACH = 2;
    /** What the two crossed pairs must share in all. */
    private static final int MIN_ALL = 5;
    private static final Pattern NAME = Pattern.compile("\\p{Lu}\\p{L}{3,}");

    private final SequenceMarkers markers;
    private final Quotes quotes;

    WordOrder(SequenceMarkers markers, Quotes quotes) {
        this.markers = markers;
        this.quotes = quotes;
    }

    /** One order an edition tells: the sentence(s) and the keys of what comes first and of what comes after. */
    private record Told(Edition edition, Event firstSentence, Event thenSentence, String first, String then,
                        Set<String> firstKeys, Set<String> thenKeys) {
    }

    List<FindingsReport.Entry> of(List<Edition> editions) {
        List<List<Told>> orders = editions.stream().map(this::told).toList();
        List<FindingsReport.Entry> out = new ArrayList<>();
        for (int[] pair : EditionPairs.of(editions)) {
            for (Told a : orders.get(pair[0])) {
                for (Told b : orders.get(pair[1])) {
                    against(a, b).ifPresent(out::add);
                }
            }
        }
        return out;
    }

    /** The key of the article's own occurrence: "the battle" in a part orders the rest against it. */
    static final String MAIN = "N*main";
    /** Articles and contracted prepositions before a noun in the six languages: "the battle", "da batalha", "der Schlacht". */
    private static final Set<String> ARTICLES = Set.of("the", "la", "le", "l", "el", "il", "lo", "a", "o", "da", "do", "della",
            "dello", "del", "de", "du", "des", "der", "die", "dem", "den", "al", "alla", "au", "ao", "à", "nella", "na", "no");
    /** The particles that join a title's head noun to its name: "Battle of", "Erste Schlacht bei", "Batalha do". */
    private static final Set<String> TITLE_LINKS = Set.of("of", "at", "de", "d", "du", "des", "di", "del", "della", "do", "da", "dos",
            "das", "bei", "von", "vom", "am", "an", "um", "zu");
    /** What makes a noun another occurrence's name: "the battle of Juncal", "la bataille navale de Juncal". */
    private static final Pattern NAMED_AFTER = Pattern.compile("^\\s*(?:\\p{Ll}+\\s+)?(?:of|de|di|da|do|del|della|von|bei|an|um|d'|du)?\\s*\\p{Lu}");

    /**
     * What tells of the article's own occurrence in a part: the head noun of the article's title after an article
     * ("antes de la batalla", "depois da batalha", "the battle was hailed"), or at the part's start, where a marker
     * took the article with it ("depois da | batalha"). The head is the word before the title's first particle ("First
     * Battle of Nördlingen": "battle"). Empty for a title of one word.
     */
    private static Optional<Pattern> ownOccurrence(String title) {
        String[] t = title.strip().toLowerCase(java.util.Locale.ROOT).split("[\\s']+");
        if (t.length < 2) {
            return Optional.empty();
        }
        String head = t[0];
        for (int i = 1; i < t.length; i++) {
            if (TITLE_LINKS.contains(t[i])) {
                head = t[i - 1];
                break;
            }
        }
        return Optional.of(Pattern.compile("(?iu)(?:^\\s*|(?<![\\p{L}])(\\p{L}+)['’]?\\s*)" + Pattern.quote(head) + "(?![\\p{L}])"));
    }

    /** Whether a part tells of the article's own occurrence ({@link #ownOccurrence}), not another one's name. */
    private static boolean main(String part, Optional<Pattern> own) {
        if (own.isEmpty()) {
            return false;
        }
        Matcher m = own.get().matcher(part);
        while (m.find()) {
            if ((m.group(1) == null || ARTICLES.contains(m.group(1).toLowerCase(java.util.Locale.ROOT)))
                    && !NAMED_AFTER.matcher(part.substring(m.end())).find()) {
                return true;
            }
        }
        return false;
    }

    private List<Told> told(Edition e) {
        List<Event> sentences = e.sentences();
        Set<String> rare = new HashSet<>(ClauseOrder.rare(sentences.stream().map(Event::sentence).toList(), MAX_SPREAD));
        rare.add(MAIN);
        Optional<Pattern> own = ownOccurrence(e.title());
        List<Told> out = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            Event s = sentences.get(i);
            if (markers.same(s.language(), s.sentence())) {
                continue;
            }
            Optional<SequenceMarkers.Clauses> at = markers.clauses(s.language(), s.sentence());
            if (at.isPresent()) {
                add(out, e, s, s, at.get().first(), at.get().then(), rare, own);
            } else if (i > 0 && markers.follows(s.language(), s.sentence())) {
                add(out, e, sentences.get(i - 1), s, sentences.get(i - 1).sentence(), s.sentence(), rare, own);
            }
        }
        return out;
    }

    private static void add(List<Told> out, Edition e, Event firstSentence, Event thenSentence, String first, String then,
                            Set<String> rare, Optional<Pattern> own) {
        Set<String> f = new HashSet<>(ClauseOrder.keys(first));
        Set<String> t = new HashSet<>(ClauseOrder.keys(then));
        if (main(first, own)) {
            f.add(MAIN);
        }
        if (main(then, own)) {
            t.add(MAIN);
        }
        Set<String> both = new HashSet<>(f);
        both.retainAll(t);
        f.removeAll(both);
        t.removeAll(both);
        f.retainAll(rare);
        t.retainAll(rare);
        if (!f.isEmpty() && !t.isEmpty()) {
            out.add(new Told(e, firstSentence, thenSentence, first, then, f, t));
        }
    }

    private Optional<FindingsReport.Entry> against(Told a, Told b) {
        int crossFirst = ClauseOrder.sharedAcrossCase(a.firstKeys(), b.thenKeys());
        int crossThen = ClauseOrder.sharedAcrossCase(a.thenKeys(), b.firstKeys());
        int straight = ClauseOrder.sharedAcrossCase(a.firstKeys(), b.firstKeys()) + ClauseOrder.sharedAcrossCase(a.thenKeys(), b.thenKeys());
        int cross = crossFirst + crossThen;
        if (crossFirst < MIN_EACH || crossThen < MIN_EACH || cross < MIN_ALL || straight * 2 >= cross) {
            return Optional.empty();
        }
        Set<String> earlier = new HashSet<>(a.firstKeys());
        earlier.retainAll(b.thenKeys());
        Set<String> later = new HashSet<>(a.thenKeys());
        later.retainAll(b.firstKeys());
        List<FacetValues.Value> values = new ArrayList<>();
        values.addAll(values(a, earlier, later));
        values.addAll(values(b, later, earlier));
        String subject = "order of " + names(a.first(), earlier) + " and " + names(a.then(), later);
        double confidence = Math.min(0.85, 0.45 + 0.04 * (cross - straight));
        return Optional.of(quotes.entry(Finding.Kind.CONTRADICTION, "sequence", subject, confidence, values,
                "the editions tell these actions in a different order"));
    }

    /** The claims of one edition's order: what it tells first, then what it tells after (one claim when one sentence tells both). */
    private static List<FacetValues.Value> values(Told t, Set<String> firstKeys, Set<String> thenKeys) {
        String value = names(t.first(), firstKeys) + ", then " + names(t.then(), thenKeys);
        Alignment.Member then = new Alignment.Member(t.edition().docId(), t.thenSentence(), Alignment.Role.FACT);
        if (t.firstSentence() == t.thenSentence()) {
            return List.of(new FacetValues.Value(then, value, "", 0.8, null));
        }
        Alignment.Member first = new Alignment.Member(t.edition().docId(), t.firstSentence(), Alignment.Role.FACT);
        return List.of(new FacetValues.Value(first, value, "", 0.8, null), new FacetValues.Value(then, value, "", 0.8, null));
    }

    /** The words of a part whose keys are the shared ones, names first ("Genoa", "Masséna"), or the part's first words. */
    private static String names(String part, Set<String> keys) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = NAME.matcher(part);
        while (m.find()) {
            if (keys.stream().anyMatch(k -> ClauseOrder.keys(m.group()).contains(k))) {
                names.add(m.group());
            }
        }
        if (!names.isEmpty()) {
            return String.join(" ", names);
        }
        String[] words = part.strip().split("\\s+");
        return String.join(" ", java.util.Arrays.copyOf(words, Math.min(4, words.length)));
    }
}
