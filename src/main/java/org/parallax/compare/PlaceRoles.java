package org.parallax.compare;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.align.Alignment;
import org.parallax.align.Edition;
import org.parallax.model.ActorKind;
import org.parallax.model.ActorMention;
import org.parallax.model.Event;
import org.parallax.model.Finding;
import org.parallax.model.Folding;
import org.parallax.model.Language;
import org.parallax.model.LanguageFiles;
import org.parallax.model.PlaceMention;

/**
 * Where a person fled, was held, landed, sailed from or met someone, compared edition against edition. These
 * places are told in sentences the aligner seldom matches ("Napoleon III was held at Wilhelmshöhe", "interné au
 * château de Wilhelmshöhe"), often without a date. A role is read from the words right before a place
 * ({@code lang/<code>/place-roles.txt}: "fled to", "se réfugia à", "sbarcò a", "zarpó de"); two editions contradict
 * when they give one role of one person (named in both sentences) different towns, and neither edition names the
 * other's town anywhere. Written here for the same reason as {@link Commands}: no dependency parser for six
 * languages is available offline on these machines.
 */
final class PlaceRoles {
    /** How many words may stand between the role's words and the place ("au château de Wilhelmshöhe"). */
    private static final int BETWEEN = 3;
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}’'-]*|[;:,()]");
    private static final Map<Language, List<Cue>> CUES = new EnumMap<>(Language.class);

    static {
        for (Language l : Language.values()) {
            List<Cue> cues = new ArrayList<>();
            for (String line : LanguageFiles.lines(l, "place-roles.txt")) {
                String[] parts = line.split("\t");
                if (parts.length == 2) {
                    cues.add(new Cue(parts[0].strip(), List.of(Folding.plain(parts[1].strip()).replace('’', '\'').split("\\s+"))));
                }
            }
            CUES.put(l, List.copyOf(cues));
        }
    }

    private final Quotes quotes;
    private final double sameKm;

    PlaceRoles(Quotes quotes, double sameKm) {
        this.quotes = quotes;
        this.sameKm = sameKm;
    }

    private record Cue(String role, List<String> words) {
    }

    /** One edition's statement that persons went to, stayed at or left from a place. */
    record Stay(Alignment.Member member, String role, PlaceMention place, List<ActorMention> persons) {
    }

    List<FindingsReport.Entry> of(List<Edition> editions) {
        List<List<Stay>> all = editions.stream().map(PlaceRoles::read).toList();
        List<String> texts = editions.stream().map(e -> String.join(" ", e.sentences().stream().map(Event::sentence).toList())).toList();
        // Pairs that share a statement are one finding: Krems in one edition against Tulln in three.
        List<List<Stay>> found = new ArrayList<>();
        for (int[] pair : EditionPairs.of(editions)) {
            int i = pair[0];
            int j = pair[1];
            for (Stay a : all.get(i)) {
                for (Stay b : all.get(j)) {
                    boolean same = a.role().equals(b.role()) && (shareAPerson(a, b) || ALONE.contains(a.role())
                            && count(all.get(i), a.role()) == 1 && count(all.get(j), a.role()) == 1 && named(a) && named(b));
                    if (same && apart(a.place(), b.place())
                            && !names(texts.get(i), b.place()) && !names(texts.get(j), a.place())) {
                        EditionPairs.join(found, a, b);
                    }
                }
            }
        }
        List<FindingsReport.Entry> out = new ArrayList<>();
        for (List<Stay> stays : found) {
            Stay a = stays.get(0);
            String who = a.persons().isEmpty() ? "" : " — " + a.persons().get(0).name();
            out.add(quotes.entry(Finding.Kind.CONTRADICTION, "place", a.role().toLowerCase(java.util.Locale.ROOT) + who, 0.5,
                    stays.stream().map(PlaceRoles::value).toList(), "the editions give a different place here"));
        }
        return out;
    }

    /**
     * Roles compared without a shared person when each edition tells one only, by a town's name: an army's crossing
     * of a river, or a fleet's sailing, is often told without its commander ("the relief army crossed the Danube at
     * Tulln", "la flotte normande appareille finalement de Dives-sur-Mer").
     */
    private static final java.util.Set<String> ALONE = java.util.Set.of("CROSSED", "SAILED");

    /** Whether the place is written by its name, not by a phrase standing for it ("left the city"). */
    private static boolean named(Stay s) {
        return Character.isUpperCase(s.place().text().charAt(0));
    }

    private static long count(List<Stay> stays, String role) {
        return stays.stream().filter(s -> s.role().equals(role)).map(s -> s.place().span()).distinct().count();
    }

    private static FacetValues.Value value(Stay s) {
        return new FacetValues.Value(s.member(), s.place().place().map(p -> p.name()).orElse(s.place().text()), s.place().text(), 0.6, s.place());
    }

    private static boolean shareAPerson(Stay a, Stay b) {
        return a.persons().stream().anyMatch(p -> b.persons().stream().anyMatch(q -> Commands.samePerson(p, q)));
    }

    /** Two towns the gazetteer knows, not one place (by entry, distance or spelling). */
    private boolean apart(PlaceMention a, PlaceMention b) {
        if (a.place().isPresent() && b.place().isPresent()) {
            if (!FacetValues.locating(a.place().get()) || !FacetValues.locating(b.place().get())
                    || a.place().get().geonameId() == b.place().get().geonameId() || a.place().get().distanceKm(b.place().get()) <= sameKm) {
                return false;
            }
        }
        String x = Folding.skeleton(a.text().replaceAll("\\s+", ""));
        String y = Folding.skeleton(b.text().replaceAll("\\s+", ""));
        // A name the gazetteer does not know may be another spelling of the other's town ("Arzilla" / "Asilah"):
        // then only skeletons two letters apart or more are two towns.
        boolean known = a.place().isPresent() && b.place().isPresent();
        return (known || edits(x, y) >= 2) && !(x.startsWith(y) || y.startsWith(x)) && !Folding.plain(a.text()).contains(Folding.plain(b.text()))
                && !Folding.plain(b.text()).contains(Folding.plain(a.text()));
    }

    /** Levenshtein distance of two short keys. */
    static int edits(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** Whether an edition writes the place anywhere: a capitalized word of it shares the skeleton of the place's last word. */
    private static boolean names(String text, PlaceMention p) {
        String[] parts = p.text().split("[^\\p{L}]+");
        String last = parts.length == 0 ? "" : parts[parts.length - 1];
        if (last.length() < 3 || Folding.skeleton(last).length() < 2) {
            return false;
        }
        String key = Folding.skeleton(last);
        return FacetValues.nameKeys(text).stream().anyMatch(k -> k.equals(key) || k.startsWith(key) && key.length() >= 4);
    }

    static List<Stay> read(Edition e) {
        List<Stay> out = new ArrayList<>();
        List<ActorMention> before = List.of();
        for (Event s : e.sentences()) {
            List<ActorMention> persons = s.actors().stream().filter(a -> a.kind() == ActorKind.PERSON).toList();
            // "Édouard III rassembla une flotte. Il débarqua le 12 juillet à Saint-Vaast": a sentence that names no one
            // (a pronoun, or a verb without a subject, "Sbarcò a Licata") goes on telling of the persons of the one before.
            List<ActorMention> told = persons.isEmpty() && s.actors().isEmpty() ? before : persons;
            before = persons.isEmpty() ? before : persons;
            Alignment.Member member = new Alignment.Member(e.docId(), s, Alignment.Role.FACT);
            roles(s).forEach((p, role) -> {
                if (!told.isEmpty() || ALONE.contains(role)) {
                    out.add(new Stay(member, role, p, told));
                }
            });
        }
        return out;
    }

    /** Whether the sentence tells the place as where someone set out from ("la flota había zarpado de Humaitá"). */
    static boolean origin(Event s, PlaceMention p) {
        return "SAILED".equals(roles(s).get(p));
    }

    /** The places of a sentence that follow a role's words, with the role, in the order of the sentence. */
    private static Map<PlaceMention, String> roles(Event s) {
        Map<PlaceMention, String> out = new java.util.LinkedHashMap<>();
        if (s.places().isEmpty()) {
            return out;
        }
        List<int[]> words = new ArrayList<>();
        List<String> plain = new ArrayList<>();
        Matcher m = WORD.matcher(s.sentence());
        while (m.find()) {
            words.add(new int[] {s.sentenceSpan().start() + m.start(), s.sentenceSpan().start() + m.end()});
            plain.add(Folding.plain(m.group()).replace('’', '\''));
        }
        // "von Portsmouth aus in See gestochen": a role's words around the place, the place standing for "_".
        for (Cue c : CUES.getOrDefault(s.language(), List.of())) {
            int slot = c.words().indexOf("_");
            if (slot < 0) {
                continue;
            }
            for (PlaceMention p : s.places()) {
                int first = -1;
                int last = -1;
                for (int k = 0; k < words.size(); k++) {
                    if (words.get(k)[0] >= p.span().start() && words.get(k)[1] <= p.span().end()) {
                        first = first < 0 ? k : first;
                        last = k;
                    }
                }
                if (first >= slot && last >= 0 && last + c.words().size() - slot <= plain.size()
                        && plain.subList(first - slot, first).equals(c.words().subList(0, slot))
                        && plain.subList(last + 1, last + c.words().size() - slot).equals(c.words().subList(slot + 1, c.words().size()))) {
                    out.putIfAbsent(p, c.role());
                }
            }
        }
        for (int i = 0; i < plain.size(); i++) {
            for (Cue c : CUES.getOrDefault(s.language(), List.of())) {
                if (c.words().contains("_")) {
                    continue;
                }
                int end = match(c, plain, i);
                if (end < 0) {
                    continue;
                }
                place(s, words, plain, end).ifPresent(p -> out.putIfAbsent(p, c.role()));
            }
        }
        return out;
    }

    /**
     * Where the role's words end when they start at word {@code i}. A few words may stand inside them ("escaped with
     * a handful of horsemen to", "débarqua le 12 juillet à", "s'enfuit d'abord à"), but no clause mark.
     */
    private static int match(Cue c, List<String> plain, int i) {
        if (!plain.get(i).equals(c.words().get(0))) {
            return -1;
        }
        int at = i + 1;
        int gap = 0;
        for (int k = 1; k < c.words().size(); k++) {
            while (at < plain.size() && !plain.get(at).equals(c.words().get(k))) {
                if (++gap > GAP || CLAUSE_MARK.matcher(plain.get(at)).matches()) {
                    return -1;
                }
                at++;
            }
            if (at >= plain.size()) {
                return -1;
            }
            at++;
        }
        return at;
    }

    /** How many words may stand inside a role's words. */
    private static final int GAP = 5;
    private static final Pattern CLAUSE_MARK = Pattern.compile("[;:,()]");

    /** The place that starts within a few small words after the role's words. */
    private static Optional<PlaceMention> place(Event s, List<int[]> words, List<String> plain, int from) {
        for (int k = from; k < Math.min(words.size(), from + BETWEEN + 1); k++) {
            int start = words.get(k)[0];
            for (PlaceMention p : s.places()) {
                if (p.span().start() <= start && start < p.span().end()) {
                    return p.place().map(FacetValues::locating).orElse(true) ? Optional.of(p) : Optional.empty();
                }
            }
            String w = s.sentence().substring(words.get(k)[0] - s.sentenceSpan().start(), words.get(k)[1] - s.sentenceSpan().start());
            if (!Character.isLowerCase(w.charAt(0))) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
