package org.parallax.compare;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.model.Event;
import org.parallax.model.Figure;
import org.parallax.model.Folding;
import org.parallax.model.Language;
import org.parallax.model.LanguageFiles;

/**
 * What a count in a sentence counts and whose it is, from the words around it ({@code lang/<code>/figure-context.txt}).
 * One sentence often gives several counts of one kind for different sides ("27 British ships attacked the 33 of
 * the combined fleet", "the French lost 573 prisoners, the allies 12,000"): an edition's single count can only be
 * compared with the count of the same side. A count of men after "lost" is a loss, after "died" a death toll.
 * Written here because the recognizer reads a figure alone; its side and sense are a matter of the clause.
 */
final class FigureSense {
    /**
     * A figure read in its sentence (the event's): the kind of thing counted and, when the words say it, the side it
     * belongs to.
     */
    record Count(Figure figure, String unit, Optional<String> owner, java.util.Set<String> sentenceSides, boolean befell,
                 Event event) {
        Count {
            sentenceSides = java.util.Set.copyOf(sentenceSides);
        }
    }

    /**
     * What a count counts, for comparing: its unit, and for ships and guns whether it is a strength or what befell them
     * ("500 guns" in the field against "took 400 guns"). Men lost are already a unit of their own (casualties, killed).
     */
    static String kind(Count c) {
        return c.unit() + (c.befell() && (c.unit().equals("vessels") || c.unit().equals("cannons")) ? " lost" : "");
    }

    /**
     * Whether two counts are said to be under different persons ("4,500 men under X" against "2,200 under Y"). Read
     * only for counts about to be set against each other, not for every count read.
     */
    static boolean underOthers(Count x, Count y) {
        Optional<org.parallax.model.ActorMention> a = Commands.commanderOf(x.event(), x.figure());
        if (a.isEmpty()) {
            return false;
        }
        Optional<org.parallax.model.ActorMention> b = Commands.commanderOf(y.event(), y.figure());
        return b.isPresent() && !Commands.samePerson(a.get(), b.get());
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}]+(?:-[\\p{L}]+)*|[;:(),]");
    /** How far before a count its side may be named: further back, the words belong to another noun phrase. */
    private static final int OWNER_BEFORE = 8;
    /** How far after the counted noun its side may follow ("27 vaisseaux britanniques", "33 ships of the Polish fleet"). */
    private static final int OWNER_AFTER = 3;
    private static final int DEATH_BEFORE = 6;
    private static final int DEATH_AFTER = 2;
    private static final int ARMY_BEFORE = 3;
    /** How far back in its clause a list's verb of loss ("lost", "verloren", "s'empara de") may stand. */
    private static final int LIST_BEFORE = 25;
    /** "147 of the 189", "147 delle 189", "174 de los 189": a number, a word or two of which one is partitive. */
    private static final Pattern PARTITIVE = Pattern.compile("\\d\\s+((?:\\p{L}+\\s+){1,2})$");

    private record Words(Map<String, String> exact, List<String[]> prefixes) {
        Optional<String> get(String folded) {
            String v = exact.get(folded);
            if (v != null) {
                return Optional.of(v);
            }
            for (String[] p : prefixes) {
                if (folded.startsWith(p[0])) {
                    return Optional.of(p[1]);
                }
            }
            return Optional.empty();
        }
    }

    private final Map<Language, Words> lexicon = new EnumMap<>(Language.class);

    static FigureSense bundled() {
        FigureSense s = new FigureSense();
        for (Language l : Language.values()) {
            Map<String, String> exact = new HashMap<>();
            List<String[]> prefixes = new ArrayList<>();
            for (String line : LanguageFiles.lines(l, "figure-context.txt")) {
                int colon = line.indexOf(':');
                if (colon < 0) {
                    continue;
                }
                String key = line.substring(0, colon).strip();
                String meaning = key.startsWith("owner ") ? key.substring(6).strip() : "#" + key;
                for (String w : line.substring(colon + 1).split("\\|")) {
                    String f = Folding.plain(w.strip());
                    if (f.isEmpty() || f.contains(" ")) {
                        continue;
                    }
                    if (f.endsWith("*")) {
                        prefixes.add(new String[] {f.substring(0, f.length() - 1), meaning});
                    } else {
                        exact.put(f, meaning);
                    }
                }
            }
            s.lexicon.put(l, new Words(Map.copyOf(exact), List.copyOf(prefixes)));
        }
        return s;
    }

    /** "and", then "a" or a number: "three Genoese galleys and a grain transport" counts four vessels, not three. */
    private static final java.util.regex.Pattern SUM = java.util.regex.Pattern.compile(
            "^\\s*(?:[\\p{L}-]+\\s+){0,3}?(?:and|et|e|y|und)\\s+(?:(an?|one|une?|uno|una|eine?n?|uma?)\\b|\\d)",
            java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);

    /**
     * Whether the count is one term of a sum the sentence goes on to add to: "three galleys and a transport",
     * "12 ships of the line and 4 frigates"; not "57,000 men and 153 guns", whose second count is of another thing.
     */
    static boolean partOfSum(org.parallax.model.Event e, org.parallax.model.Figure f) {
        return sumAfter(e, f).isPresent();
    }

    /**
     * The sum's next term when the count is a term of a sum written in digits ("23,000 Swedes and 18,000 Saxons"), the
     * count itself when the next term is a word ("and a transport"); nothing when the count is no term of a sum.
     */
    static Optional<Figure> sumAfter(org.parallax.model.Event e, org.parallax.model.Figure f) {
        int base = e.sentenceSpan().start();
        int end = f.span().end() - base;
        if (end < 0 || end > e.sentence().length()) {
            return Optional.empty();
        }
        String after = e.sentence().substring(end);
        int clause = after.indexOf(',');
        java.util.regex.Matcher m = SUM.matcher(clause < 0 ? after : after.substring(0, clause));
        if (!m.find()) {
            return Optional.empty();
        }
        if (m.group(1) != null) {
            return Optional.of(f);
        }
        int next = end + m.end() - 1 + base;
        return e.figures().stream().filter(g -> g.span().start() == next
                && FacetValues.unitClass(g).equals(FacetValues.unitClass(f))).findFirst();
    }

    /**
     * Whether a term of a sum and the next are the counts of two sides: "23,000 Swedes and 18,000 Saxons" are each a
     * side's strength, compared on their own, while "12 ships of the line and 4 frigates" count one fleet.
     */
    Optional<Figure> termOfTwoSides(Event e, Figure f) {
        Optional<Figure> next = sumAfter(e, f).filter(g -> g != f);
        if (next.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> mine = read(e, f).owner();
        Optional<String> theirs = read(e, next.get()).owner();
        return mine.isPresent() && theirs.isPresent() && !mine.equals(theirs) ? next : Optional.empty();
    }

    /** The figure read in the sentence of {@code e}. */
    Count read(Event e, Figure f) {
        Words words = lexicon.get(e.language());
        int base = e.sentenceSpan().start();
        int start = f.span().start() - base;
        int end = f.span().end() - base;
        List<Hit> before = new ArrayList<>();
        List<Hit> inside = new ArrayList<>();
        List<Hit> after = new ArrayList<>();
        Matcher m = WORD.matcher(e.sentence());
        while (m.find()) {
            Hit h = new Hit(m.group(), meaning(words, m.group()));
            if (m.end() <= start) {
                before.add(h);
            } else if (m.start() >= end) {
                after.add(h);
            } else {
                inside.add(h);
            }
        }
        Optional<String> own = nearest(inside, Integer.MAX_VALUE, "");
        // The side after the counted noun is the noun's own ("33 ships of the Polish fleet") until an army's noun
        // opens another phrase: "un esercito svedese-sassone di 40.000 uomini [sconfisse] le truppe imperiali".
        List<Hit> following = after.stream().takeWhile(h -> !h.word().equals(",")
                && h.meaning().filter("#army"::equals).isEmpty()).toList();
        Optional<String> owner = own.or(() -> nearest(following, OWNER_AFTER, ""))
                .or(() -> nearest(before.reversed(), OWNER_BEFORE, ""));
        String unit = FacetValues.unitClass(f);
        // "11 000 royalistes", "a royalist force of roughly 9,300": a count of a side, or after an army's noun, is of men.
        boolean sideNamed = own.isPresent() || nearest(following, 1, "").isPresent();
        if (unit.equals("other") && (sideNamed || has(before.reversed(), ARMY_BEFORE, "#army"))) {
            unit = "troops";
        }
        // "147 of the 189 Swiss Guards died": the 189 is the whole the dead are counted from, not a toll.
        boolean total = total(words, e.sentence().substring(0, Math.max(0, start)));
        if (!total && (unit.equals("troops") || unit.equals("people") || unit.equals("other"))) {
            List<Hit> lead = before.reversed().stream().filter(FigureSense::notNoun).toList();
            Optional<String> sense = nearest(lead, DEATH_BEFORE, "#")
                    .or(() -> nearest(after.stream().filter(FigureSense::notNoun).toList(), DEATH_AFTER, "#"));
            if (sense.filter(x -> x.equals("#death")).isPresent()) {
                unit = "killed";
            } else if (sense.filter(x -> x.equals("#loss")).isPresent() && !unit.equals("other")
                    || sense.filter(x -> x.equals("#losses")).isPresent()) {
                // "Russian losses at some 44,000": a noun of loss counts men lost even when the count names nothing.
                unit = "casualties";
            }
        }
        // "7,000 killed and wounded", "Austrian killed and wounded together exceeded 5,000": the dead and the wounded
        // counted together are losses, not a toll of the dead.
        if (unit.equals("killed") && (killedAndWounded(before, inside, after) || lossesOfWounded(before))) {
            unit = "casualties";
        }
        // What befell the counted things ("lost two ironclads", "60 ships were sunk"), whatever they are: a loss is
        // not a strength.
        // "The allies lost 15,000 killed and wounded, 12,000 prisoners and 140 guns": the verb covers its whole list.
        boolean befell = nearest(before.reversed().stream().filter(FigureSense::notNoun).toList(), LIST_BEFORE, "#")
                .or(() -> nearest(after.stream().filter(FigureSense::notNoun).toList(), DEATH_AFTER + 2, "#"))
                .filter(x -> x.equals("#death") || x.equals("#loss") || x.equals("#losses")).isPresent();
        java.util.Set<String> sides = new java.util.TreeSet<>();
        java.util.stream.Stream.of(before, inside, after).flatMap(List::stream)
                .forEach(h -> h.meaning().filter(x -> !x.startsWith("#")).ifPresent(sides::add));
        return new Count(f, unit, owner, sides, befell, e);
    }

    /** Words a death word is joined to the wounded by ("killed and wounded", "Tote und Verwundete"). */
    private static final java.util.Set<String> AND = java.util.Set.of("and", "et", "e", "y", "und");
    /** How far from the count the dead and the wounded may be joined: the three words next to it on each side. */
    private static final int JOINED_WITHIN = 3;

    private static boolean killedAndWounded(List<Hit> before, List<Hit> inside, List<Hit> after) {
        List<Hit> near = new ArrayList<>(before.subList(Math.max(0, before.size() - JOINED_WITHIN), before.size()));
        near.addAll(inside);
        near.addAll(after.subList(0, Math.min(JOINED_WITHIN, after.size())));
        for (int i = 0; i + 2 < near.size(); i++) {
            // "58.000 fra morti, feriti e dispersi": a comma joins a list as "and" does.
            String joint = near.get(i + 1).word().toLowerCase(java.util.Locale.ROOT);
            if ((AND.contains(joint) || joint.equals(","))
                    && near.get(i + 2).meaning().filter("#wounded"::equals).isPresent()
                    && (near.get(i).meaning().filter("#death"::equals).isPresent() || inside.contains(near.get(i)))) {
                return true;
            }
        }
        return false;
    }

    /** How far back a noun of loss and the wounded may stand before a count they both tell of. */
    private static final int LOSSES_BEFORE = 10;

    /**
     * Whether a noun of loss and the wounded stand in the count's clause before it: "Les pertes britanniques — tués,
     * blessés et disparus — s'élevèrent à environ 3 500 hommes" counts losses, though "tués" is the nearest word of death.
     */
    private static boolean lossesOfWounded(List<Hit> before) {
        boolean losses = false;
        boolean wounded = false;
        int n = 0;
        for (Hit h : before.reversed()) {
            if (h.stop() || n++ >= LOSSES_BEFORE) {
                break;
            }
            losses |= h.meaning().filter("#losses"::equals).isPresent();
            wounded |= h.meaning().filter("#wounded"::equals).isPresent();
        }
        return losses && wounded;
    }

    private static boolean total(Words words, String before) {
        Matcher m = PARTITIVE.matcher(before);
        if (!m.find()) {
            return false;
        }
        for (String w : m.group(1).strip().split("\\s+")) {
            if (words.get(Folding.plain(w)).filter("#total"::equals).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** Words that say what a count is of (an army's noun, a partitive) are not what befell it. */
    private static boolean notNoun(Hit h) {
        return h.meaning().filter(m -> m.equals("#army") || m.equals("#total") || m.equals("#wounded")).isEmpty();
    }

    private static boolean has(List<Hit> hits, int limit, String meaning) {
        return hits.stream().filter(h -> !h.word().equals(",")).limit(limit).anyMatch(h -> h.meaning().filter(meaning::equals).isPresent());
    }

    /** A word of the sentence and what the lexicon says it means: a side, "#death", "#loss", or nothing. */
    private record Hit(String word, Optional<String> meaning) {
        boolean stop() {
            return word.equals(";") || word.equals(":") || word.equals("(") || word.equals(")");
        }
    }

    /**
     * The first meaning of the given kind (sides, or "#" words) among the first {@code limit} words, stopping at a
     * clause mark; commas are passed over ("La flota británica, con 27 navíos"), but a count's side that follows it
     * ends at the first comma (the caller cuts the list there).
     */
    private static Optional<String> nearest(List<Hit> hits, int limit, String kind) {
        int n = 0;
        for (Hit h : hits) {
            if (h.word().equals(",")) {
                continue;
            }
            if (h.stop() || n++ >= limit) {
                break;
            }
            if (h.meaning().isPresent() && h.meaning().get().startsWith("#") == kind.equals("#")) {
                return h.meaning();
            }
        }
        return Optional.empty();
    }

    /**
     * A word's meaning. A compound of two sides' words ("Franco-Spanish", "austro-russo") is a coalition: its
     * count is neither side's alone.
     */
    private static Optional<String> meaning(Words words, String word) {
        if (word.length() == 1) {
            return Optional.empty();
        }
        String f = Folding.plain(word);
        if (f.indexOf('-') > 0) {
            String[] parts = f.split("-");
            Optional<String> last = words.get(parts[parts.length - 1]);
            if (last.isPresent() && !last.get().startsWith("#")) {
                return Optional.of("allied");
            }
            return words.get(f);
        }
        return words.get(f);
    }
}
