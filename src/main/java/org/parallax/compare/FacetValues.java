package org.parallax.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.parallax.align.Alignment;
import org.parallax.model.ActorMention;
import org.parallax.model.DateInterval;
import org.parallax.model.EventDate;
import org.parallax.model.Figure;
import org.parallax.model.Place;
import org.parallax.model.PlaceMention;
import org.parallax.model.Precision;

/**
 * Reads the comparable values of one statement, facet by facet, and decides whether two values agree or
 * contradict under the tolerances. A value carries how sure its reading is (an inferred year or a relative
 * date is less sure than a date written out in the sentence).
 */
final class FacetValues {
    enum Relation { AGREE, CONTRADICT, UNKNOWN }

    /** One value of one statement: the normalized value, the words that state it, how sure, and the parsed datum. */
    record Value(Alignment.Member member, String value, String mark, double certainty, Object datum) {
    }

    /** "Reino de Portugal", "Convention of London": a name that goes on through a particle to a capitalized word. */
    private static final java.util.regex.Pattern NAME_LINK_AFTER = java.util.regex.Pattern.compile(
            " (?:de|di|da|do|dos|das|del|della|of|von|van|du|des) \\p{Lu}");
    private static final java.util.regex.Pattern NAME_LINK_BEFORE = java.util.regex.Pattern.compile(
            "(?<![.!?] )(?<!^)\\b\\p{Lu}\\p{L}+ (?:de|di|da|do|dos|das|del|della|of|von|van|du|des) $");
    /** The word before a mention, past an optional particle: "comte de ", "Earl of ", "conte di ". */
    private static final java.util.regex.Pattern TITLED = java.util.regex.Pattern.compile(
            "(\\p{L}+)\\.? (?:(?:de|di|da|of|von|du|del|della|do)\\s)?$");
    private static final java.util.Map<org.parallax.model.Language, java.util.Set<String>> TITLES =
            new java.util.concurrent.ConcurrentHashMap<>();
    private static final FigureSense SENSE = FigureSense.bundled();
    private final Tolerances tolerances;
    /** The words of the persons' names every edition names, folded: "Nelson" or "Villeneuve" there is no town. */
    private final java.util.Set<String> personWords;

    FacetValues(Tolerances tolerances) {
        this(tolerances, java.util.Set.of());
    }

    FacetValues(Tolerances tolerances, java.util.Set<String> personWords) {
        this.tolerances = tolerances;
        this.personWords = java.util.Set.copyOf(personWords);
    }

    /**
     * The words of the names of the persons the statements name, in any edition: the resolver decides each
     * edition alone, and a surname that is also a town ("Nelson", "Villeneuve", "Murat") is read as the town
     * where the edition gives no first name; another edition that names the person tells what it is.
     */
    static java.util.Set<String> personWords(java.util.Collection<org.parallax.model.Event> statements) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (org.parallax.model.Event e : statements) {
            for (ActorMention a : e.actors()) {
                if (a.kind() == org.parallax.model.ActorKind.PERSON) {
                    for (String w : (a.text() + " " + a.name()).split("[^\\p{L}]+")) {
                        if (w.length() >= 3 && Character.isUpperCase(w.charAt(0))) {
                            out.add(org.parallax.model.Folding.plain(w));
                        }
                    }
                }
            }
        }
        return out;
    }

    Optional<Value> date(Alignment.Member m) {
        Optional<EventDate> d = m.event().date();
        if (d.isEmpty() || d.get().mod().filter(x -> x.equals("BEFORE") || x.equals("AFTER")
                || x.equals("ON_OR_BEFORE") || x.equals("ON_OR_AFTER")).isPresent()) {
            return Optional.empty();
        }
        EventDate date = d.get();
        return DateInterval.parse(date.value()).map(i -> {
            boolean approx = date.mod().filter(x -> !x.equals("MID")).isPresent();
            // An undated sentence's first date among several may belong to another of its clauses.
            double shared = m.role() == Alignment.Role.FACT ? 0.6 : 0.9;
            double certainty = (date.inferredYear() ? 0.8 : 1.0) * (date.anchor() == EventDate.Anchor.RELATIVE ? 0.75 : 1.0)
                    * (date.anchor() == EventDate.Anchor.SHARED ? shared : 1.0) * (m.role() == Alignment.Role.EVENT && ofRelativeClause(m.event(), date) ? 0.6 : 1.0);
            // "nella notte tra il 5 e il 6 maggio" (5 May, night): a night runs into the next day.
            DateInterval span = date.value().endsWith("TNI") ? new DateInterval(i.value(), i.first(), i.last() + 1, i.precision()) : i;
            return new Value(m, date.value(), date.text(), certainty, approx ? span.widen(tolerances.approximateDateDays()) : span);
        });
    }

    /**
     * A relative clause opened after the event's word, after a comma or a dash: "combatieron … 35.000 españoles …,
     * cuyos ejércitos se habían reunido en Oropesa el 22 de julio". Its words end at the clause's end.
     */
    private static final java.util.regex.Pattern RELATIVE_CLAUSE = java.util.regex.Pattern.compile(
            "[,—–(]\\s*(?:\\p{L}+\\s+)?(?:whose|which|who|cuy[oa]s?|dont|lequel|laquelle|lesquels|cui|cuj[oa]s?|deren|dessen|welche[rsnm]?)\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);

    /**
     * Whether the event's date is written in a relative clause that opens after the event's word: such a date is
     * that clause's, an occurrence the clause tells of a noun of the sentence ("whose armies had met on 22 July"),
     * and may agree with the event's date but is no firm reading of it.
     */
    static boolean ofRelativeClause(org.parallax.model.Event e, EventDate date) {
        return date.span().start() > e.triggerSpan().end()
                && Agents.between(e, e.triggerSpan(), date.span()).filter(b -> RELATIVE_CLAUSE.matcher(b).find()).isPresent();
    }

    /** Whether the value is a period (a range) rather than a date. */
    static boolean isPeriod(Value v) {
        return ((DateInterval) v.datum()).precision() == Precision.RANGE;
    }

    Relation dates(Value x, Value y) {
        DateInterval a = (DateInterval) x.datum();
        DateInterval b = (DateInterval) y.datum();
        boolean ra = a.precision() == Precision.RANGE;
        boolean rb = b.precision() == Precision.RANGE;
        if (ra && rb) {
            if (tolerances.rangeOverlapAgrees() && a.overlaps(b)) {
                return Relation.AGREE;
            }
            return compatible(a.startPart(), b.startPart()) && compatible(a.endPart(), b.endPart())
                    ? Relation.AGREE : Relation.CONTRADICT;
        }
        if (ra || rb) {
            return a.overlaps(b) ? Relation.AGREE : Relation.CONTRADICT;
        }
        return compatible(a, b) || a.overlaps(b) ? Relation.AGREE : Relation.CONTRADICT;
    }

    private boolean compatible(DateInterval a, DateInterval b) {
        return a.contains(b) || b.contains(a) || a.gapDays(b) < tolerances.dateSlackDays()
                || (tolerances.dateSlackDays() > 0 && a.overlaps(b));
    }

    List<Value> figures(Alignment.Member m) {
        List<Value> out = new ArrayList<>();
        for (Figure f : m.event().figures()) {
            // Only the sentence's own figures: its number must end inside the quoted sentence.
            // A term of a sum ("three galleys and a transport") is not the count the sentence gives.
            if (isYear(f, m.event()) || f.span().end() <= m.event().sentenceSpan().start() || f.span().end() > m.event().sentenceSpan().end()
                    || FigureSense.partOfSum(m.event(), f) && SENSE.termOfTwoSides(m.event(), f).isEmpty()) {
                continue;
            }
            FigureSense.Count c = SENSE.read(m.event(), f);
            out.add(new Value(m, figureValue(f, c.unit()), f.text(), 1.0, c));
        }
        return out;
    }

    /**
     * The totals a sentence gives term by term, side by side: "23,000 Swedes and 18,000 Saxons" is an army of 41,000,
     * which another edition may give whole ("un esercito svedese-sassone di oltre 40.000 uomini"). Read only to agree
     * with such a count, never quoted as one.
     */
    List<Value> sums(Alignment.Member m) {
        List<Value> out = new ArrayList<>();
        for (Figure f : m.event().figures()) {
            SENSE.termOfTwoSides(m.event(), f).ifPresent(g -> {
                Figure sum = new Figure(new org.parallax.model.Span(f.span().start(), g.span().end()),
                        f.text() + " + " + g.text(), f.value() + g.value(),
                        f.upper().isPresent() || g.upper().isPresent()
                                ? Optional.of(f.upper().orElse(f.value()) + g.upper().orElse(g.value())) : Optional.empty(),
                        f.approximate() || g.approximate(), f.unit());
                FigureSense.Count c = SENSE.read(m.event(), f);
                out.add(new Value(m, figureValue(sum, c.unit()), sum.text(), 1.0, new FigureSense.Count(sum, c.unit(),
                        Optional.empty(), c.sentenceSides(), c.befell(), m.event())));
            });
        }
        return out;
    }

    /** A four-digit number without separator that is the year of the sentence's date was read as a count by mistake. */
    private static boolean isYear(Figure f, org.parallax.model.Event e) {
        String digits = f.text().replaceAll("^\\D*", "");
        return f.value() == Math.rint(f.value()) && digits.matches("\\d{4}(\\D.*)?") && e.date()
                .filter(d -> d.value().startsWith(String.valueOf((long) f.value()))).isPresent();
    }

    static String unitClass(Figure f) {
        return unitClass(f.unit());
    }

    static String unitClass(String unit) {
        String u = unit.toLowerCase(Locale.ROOT);
        return switch (u) {
            case "men", "soldiers", "troops" -> "troops";
            case "dead", "deaths", "killed" -> "killed";
            case "persons" -> "people";
            case "captured", "prisoners" -> "prisoners";
            case "guns", "cannons" -> "cannons";
            case "ships", "vessels" -> "vessels";
            default -> u;
        };
    }

    static String figureValue(Figure f, String unit) {
        String v = number(f.value()) + f.upper().map(u -> "–" + number(u)).orElse("");
        return (f.approximate() ? "~" : "") + v + " " + unit;
    }

    private static String number(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    Relation figures(Value x, Value y) {
        Figure a = ((FigureSense.Count) x.datum()).figure();
        Figure b = ((FigureSense.Count) y.datum()).figure();
        double tol = a.approximate() || b.approximate() ? tolerances.approximateRelative() : tolerances.figureRelative();
        double aLo = a.value();
        double aHi = a.upper().orElse(a.value());
        double bLo = b.value();
        double bHi = b.upper().orElse(b.value());
        double slack = tol * Math.max(aHi, bHi);
        if (aLo <= bHi + slack && bLo <= aHi + slack) {
            return Relation.AGREE;
        }
        // "more than 400 guns" agrees with 500, "fewer than 6,000" with 4,000: a bound holds every count on its side;
        // "nearly 6,000" holds 5,500 but not 4,000.
        int ba = bound(x.member().event().language(), a);
        int bb = bound(y.member().event().language(), b);
        boolean held = holds(ba, aLo, aHi, bLo, bHi) || holds(bb, bLo, bHi, aLo, aHi);
        if (held) {
            return Relation.AGREE;
        }
        // 12 against 35,000, 700 against 80,000: editions that disagree on a count give numbers of one size; counts
        // this far apart are counts of different things (a regiment and an army, a number read from another noun).
        return Math.max(aHi, bHi) > APART_RATIO * Math.max(1, Math.min(aLo, bLo)) ? Relation.UNKNOWN : Relation.CONTRADICT;
    }

    /** Whether two counts are one number as written, whatever words of approximation stand before them. */
    boolean sameNumber(Value x, Value y) {
        Figure a = ((FigureSense.Count) x.datum()).figure();
        Figure b = ((FigureSense.Count) y.datum()).figure();
        return Math.abs(a.value() - b.value()) <= tolerances.figureRelative() * Math.max(a.value(), b.value());
    }

    /** Two counts whose ratio exceeds this count different things. */
    static final double APART_RATIO = 10;

    private static final java.util.Map<org.parallax.model.Language, java.util.Map<String, Integer>> BOUNDS =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** How far under a count "nearly" may go: "nearly 12,000" is not 8,000. */
    private static final double NEARLY_UNDER = 0.2;

    /** Whether a count written as a bound ({@link #bound}) holds another count. */
    private static boolean holds(int bound, double lo, double hi, double otherLo, double otherHi) {
        return bound == 1 && otherHi >= lo || bound == -1 && otherLo <= hi
                || bound == -2 && otherLo <= hi && otherHi >= lo * (1 - NEARLY_UNDER);
    }

    /**
     * +1 when the count is written as a lower bound ("more than 400"), -1 as an upper bound ("fewer than 6,000"),
     * -2 as a little under ("nearly 6,000"), else 0.
     */
    static int bound(org.parallax.model.Language l, Figure f) {
        String text = org.parallax.model.Folding.plain(f.text());
        for (var e : BOUNDS.computeIfAbsent(l, FacetValues::bounds).entrySet()) {
            if (text.startsWith(e.getKey() + " ")) {
                return e.getValue();
            }
        }
        return 0;
    }

    private static java.util.Map<String, Integer> bounds(org.parallax.model.Language l) {
        java.util.Map<String, Integer> out = new java.util.HashMap<>();
        for (String line : org.parallax.model.LanguageFiles.lines(l, "figure-bounds.txt")) {
            int colon = line.indexOf(':');
            int side = line.startsWith("at least") ? 1 : line.startsWith("nearly") ? -2 : -1;
            for (String w : line.substring(colon + 1).split("\\|")) {
                if (!w.isBlank()) {
                    out.put(org.parallax.model.Folding.plain(w.strip()), side);
                }
            }
        }
        return out;
    }

    /**
     * "the Treaty of Madrid", "il trattato di Madrid", "la Paz de Constanza", "der Konstanzer Frieden": a peace
     * named after a place. The words of the six languages for a treaty, peace, convention and armistice.
     */
    private static final java.util.regex.Pattern NAMED_TREATY = java.util.regex.Pattern.compile(
            "(?iu:treaty|peace|convention|armistice|trait[ée]|paix|trattato|pace|convenzione|armistizio|tratado|paz|convenci[óo]n"
                    + "|conven[çc][ãa]o|armist[íi]cio|vertrag|frieden|friede|konvention|waffenstillstand)"
                    + "\\s+(?iu:of|de|di|d'|da|do|del|von|vom|du)\\s*\\p{Lu}"
                    + "|\\p{Lu}\\p{Ll}+er\\s+(?:Frieden|Friede|Vertrag|Waffenstillstand)\\b");

    /**
     * The places of a statement, as values. A peace its sentence names after a place was made there: the other
     * places of that sentence tell something else ("Genova" given up by the treaty of Madrid), so they are not
     * the treaty's place.
     */
    List<Value> places(Alignment.Member m) {
        List<Value> out = new ArrayList<>();
        if (m.event().type() == org.parallax.model.EventType.TREATY && NAMED_TREATY.matcher(m.event().sentence()).find()) {
            return out;
        }
        for (PlaceMention named : m.event().places()) {
            PlaceMention p = insideName(m.event(), named) ? againOutsideName(m.event(), named).orElse(named) : named;
            // The events stage may attach a place of a neighbouring sentence: only the sentence's own places count.
            if (insideName(m.event(), p) || !m.event().sentenceSpan().contains(p.span()) || titled(m.event(), p)
                    || personWords.contains(org.parallax.model.Folding.plain(p.text().strip()))) {
                continue;
            }
            out.add(new Value(m, p.place().map(Place::name).orElse(p.text()), p.text(), p.place().isPresent() ? p.confidence() : 0.5, p));
        }
        return out;
    }

    /**
     * The same place written again in the sentence outside a name: the events stage keeps one mention per place,
     * so "The Battle of Ravenna, fought … just south of Ravenna" holds only the first, inside the battle's name,
     * while the second says where it was fought.
     */
    private static Optional<PlaceMention> againOutsideName(org.parallax.model.Event e, PlaceMention p) {
        String s = e.sentence();
        int base = e.sentenceSpan().start();
        java.util.regex.Matcher at = java.util.regex.Pattern.compile("(?<!\\p{L})" + java.util.regex.Pattern.quote(p.text()) + "(?!\\p{L})").matcher(s);
        while (at.find()) {
            PlaceMention again = new PlaceMention(new org.parallax.model.Span(base + at.start(), base + at.end()), p.text(), p.place(),
                    p.confidence(), p.alternatives());
            if (at.start() + base != p.span().start() && !insideName(e, again)) {
                return Optional.of(again);
            }
        }
        return Optional.empty();
    }

    /** The places of a statement that are spots (see {@link #locating}), resolved: what an omitted place can be. */
    List<Value> spots(Alignment.Member m) {
        return places(m).stream().filter(FacetValues::isSpot).toList();
    }

    static boolean isSpot(Value v) {
        PlaceMention p = (PlaceMention) v.datum();
        return p.place().filter(FacetValues::locating).isPresent() && whole(p);
    }

    /**
     * Whether the resolver matched the whole mention: "Reino de Portugal" resolved to a village called "Reino"
     * is a name read in part, not a place the edition states. A longer form that holds every word of the
     * place's name and ends on one of them ("Frankfurt an der Oder" for "Frankfurt (Oder)") is whole.
     */
    static boolean whole(PlaceMention p) {
        return p.place().map(pl -> {
            List<String> mention = words(p.text());
            List<String> name = words(pl.name());
            return mention.isEmpty() || mention.size() <= name.size()
                    || name.size() >= 2 && mention.containsAll(name) && name.contains(mention.get(mention.size() - 1));
        }).orElse(false);
    }

    private static List<String> words(String name) {
        return java.util.Arrays.stream(org.parallax.model.Folding.plain(name).split("[^\\p{L}]+")).filter(w -> !w.isEmpty()).toList();
    }

    boolean placesAgree(Value x, Value y) {
        return places(x, y) == Relation.AGREE;
    }

    boolean placesApart(Value x, Value y) {
        return places(x, y) == Relation.CONTRADICT;
    }

    Relation places(Value x, Value y) {
        PlaceMention a = (PlaceMention) x.datum();
        PlaceMention b = (PlaceMention) y.datum();
        // Two editions of one article that write the same name mean the same place, even where the resolver,
        // deciding each edition's context alone, picked different homonyms: a resolver slip is no contradiction.
        // "Kassel" / "Cassel", "Perewolotschna" / "Perevolochna": one name in two spellings.
        if (foldedEquals(a.text(), b.text()) || sameSkeleton(a.text(), b.text())) {
            return Relation.AGREE;
        }
        if (a.place().isEmpty() || b.place().isEmpty()) {
            return Relation.UNKNOWN;
        }
        Place p = a.place().get();
        Place q = b.place().get();
        if (p.geonameId() == q.geonameId() || p.distanceKm(q) <= tolerances.placeDistanceKm() || within(p, q) || within(q, p)) {
            return Relation.AGREE;
        }
        // A country, division or region named in a sentence is more often a party ("Portugal ratified") or a
        // setting than the spot where the thing happened: only two spots can contradict each other.
        return locating(p) && locating(q) ? Relation.CONTRADICT : Relation.UNKNOWN;
    }

    /** Whether a place is a spot an occurrence can happen at (a town, a fort, a mountain, a bay), not an area. */
    static boolean locating(Place p) {
        String code = p.featureCode();
        // A river runs past many places: "crossed the Danube at Tulln" is located by the town, not the river.
        return !(code.startsWith("PCL") || code.startsWith("ADM") || code.equals("CONT") || code.equals("RGN")
                || code.equals("ZN") || code.equals("TERR") || code.equals("OCN") || code.equals("SEA") || code.equals("GULF")
                || code.startsWith("STM") || code.isEmpty());
    }

    /**
     * Whether a title stands right before the mention, with or without a particle ("comte de Salisbury",
     * "Earl of Salisbury", "conte di Suffolk"): then it names a person, whatever the gazetteer holds under that
     * name. The titles are the resolver's data, {@code lang/<code>/titles.txt}.
     */
    static boolean titled(org.parallax.model.Event e, PlaceMention p) {
        int start = p.span().start() - e.sentenceSpan().start();
        if (start <= 0 || start > e.sentence().length()) {
            return false;
        }
        String before = e.sentence().substring(0, start).toLowerCase(Locale.ROOT);
        java.util.regex.Matcher m = TITLED.matcher(before);
        return m.find() && titleWords(e.language()).contains(m.group(1));
    }

    /** The last words of the titles of a language ("général", "admiral", "generale"), lower-cased. */
    static java.util.Set<String> titleWords(org.parallax.model.Language l) {
        return TITLES.computeIfAbsent(l, FacetValues::titles);
    }

    private static java.util.Set<String> titles(org.parallax.model.Language l) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String line : org.parallax.model.LanguageFiles.lines(l, "titles.txt")) {
            String[] parts = line.split("\t");
            String[] words = parts[0].strip().toLowerCase(Locale.ROOT).split("\\s+");
            out.add(words[words.length - 1]);
        }
        return out;
    }

    private static final java.util.Map<org.parallax.model.Language, java.util.Set<String>> SETTLEMENT_WORDS =
            new java.util.concurrent.ConcurrentHashMap<>();

    private static final java.util.regex.Pattern NEXT_WORD = java.util.regex.Pattern.compile("^ (\\p{L}+)");

    /** English function words, which a capitalized word may stand before and still be a name ("Tunja and Bogotá"). */
    private static final java.util.Set<String> ENGLISH_FUNCTION_WORDS = org.parallax.model.LanguageFiles
            .words(org.parallax.model.Language.EN, "function-words.txt").stream().map(org.parallax.model.Folding::plain)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * A place name the gazetteer does not hold, written as a name: not a word qualifying the noun after it
     * ("into Brazilian territory", "the Saxon city"), which is what a capitalized word before a lower-case word
     * other than a function word is in English, the one language of the six that capitalizes such adjectives
     * ("nahm sie am 5. August Tunja ein": a German name stands before a verb's particle).
     */
    static boolean unknownPlace(Value v) {
        PlaceMention p = (PlaceMention) v.datum();
        if (p.place().isPresent()) {
            return false;
        }
        org.parallax.model.Event e = v.member().event();
        int end = p.span().end() - e.sentenceSpan().start();
        if (end < 0 || end > e.sentence().length()) {
            return false;
        }
        if (e.language() != org.parallax.model.Language.EN) {
            return true;
        }
        java.util.regex.Matcher next = NEXT_WORD.matcher(e.sentence().substring(end));
        return !next.find() || !Character.isLowerCase(next.group(1).charAt(0))
                || ENGLISH_FUNCTION_WORDS.contains(org.parallax.model.Folding.plain(next.group(1)));
    }

    /** The resolver's capitalized nouns for a settlement ({@code lang/<code>/settlement-words.txt}), folded. */
    private static java.util.Set<String> settlementWords(org.parallax.model.Language l) {
        return SETTLEMENT_WORDS.computeIfAbsent(l, k -> org.parallax.model.LanguageFiles.words(k, "settlement-words.txt").stream()
                .map(org.parallax.model.Folding::plain).collect(java.util.stream.Collectors.toUnmodifiableSet()));
    }

    /**
     * Whether the mention is one word of a longer proper name ("Kara" in "Kara Mustafa", "Reyes" in "Reyes
     * Católicos"): a capitalized word right before or after it, other than the first word of the sentence,
     * makes it part of a name the resolver did not see whole.
     */
    static boolean insideName(org.parallax.model.Event e, PlaceMention p) {
        String s = e.sentence();
        int start = p.span().start() - e.sentenceSpan().start();
        int end = p.span().end() - e.sentenceSpan().start();
        if (start < 0 || end > s.length()) {
            return false;
        }
        boolean nextCapital = end + 1 < s.length() && s.charAt(end) == ' ' && Character.isUpperCase(s.charAt(end + 1))
                || NAME_LINK_AFTER.matcher(s.substring(end)).lookingAt();
        int prevEnd = start - 1;
        boolean prevCapital = false;
        if (prevEnd > 0 && s.charAt(prevEnd) == ' ') {
            int w = prevEnd;
            while (w > 0 && Character.isLetter(s.charAt(w - 1))) {
                w--;
            }
            // "die Hafenstadt Harfleur": a German noun for a settlement says what the named place is.
            prevCapital = w > 0 && w < prevEnd && Character.isUpperCase(s.charAt(w))
                    && !settlementWords(e.language()).contains(org.parallax.model.Folding.plain(s.substring(w, prevEnd)));
        }
        prevCapital |= NAME_LINK_BEFORE.matcher(s.substring(0, start)).find();
        return nextCapital || prevCapital;
    }

    /** Whether {@code inner} lies in the country or first-level division {@code outer}. */
    private static boolean within(Place inner, Place outer) {
        String code = outer.featureCode();
        if (code.startsWith("PCL")) {
            return inner.countryCode().equals(outer.countryCode());
        }
        if (code.equals("ADM1")) {
            return inner.countryCode().equals(outer.countryCode()) && inner.admin1().equals(outer.admin1());
        }
        return false;
    }

    List<Value> actors(Alignment.Member m) {
        List<Value> out = new ArrayList<>();
        for (ActorMention a : m.event().actors()) {
            if (out.stream().noneMatch(v -> ((ActorMention) v.datum()).actorId().equals(a.actorId()))) {
                out.add(new Value(m, a.name(), a.text(), 0.8, a));
            }
        }
        return out;
    }

    static boolean sameActor(Value x, Value y) {
        return ((ActorMention) x.datum()).actorId().equals(((ActorMention) y.datum()).actorId());
    }

    static String actorKind(Value v) {
        return ((ActorMention) v.datum()).kind().name();
    }

    /**
     * A person named by name, not a country or a place the recognizer took for one ("Mexique" in "golfe du
     * Mexique"): a person whose name shares a word with a place named in the same sentence is left out.
     */
    static boolean namedPerson(Value v) {
        ActorMention a = (ActorMention) v.datum();
        if (a.kind() != org.parallax.model.ActorKind.PERSON) {
            return false;
        }
        java.util.Set<String> keys = nameKeys(a.text() + " " + a.name());
        for (PlaceMention p : v.member().event().places()) {
            if (nameKeys(p.text() + " " + p.place().map(Place::name).orElse("")).stream().anyMatch(keys::contains)) {
                return false;
            }
        }
        return true;
    }

    /** Whether two person names may be one name written in two languages ("Julius II" / "Jules II", "Ney" / "Michel Ney"). */
    static boolean cognateNames(Value x, Value y) {
        ActorMention a = (ActorMention) x.datum();
        ActorMention b = (ActorMention) y.datum();
        if (a.actorId().equals(b.actorId())) {
            return true;
        }
        java.util.Set<String> ka = nameKeys(a.text() + " " + a.name());
        java.util.Set<String> kb = nameKeys(b.text() + " " + b.name());
        // A surname must take part: "Pedro María Ric" and "Saint-Marc" share no name because María is not Marc.
        java.util.Set<String> sa = surnameKeys(a);
        java.util.Set<String> sb = surnameKeys(b);
        for (String k : ka) {
            for (String o : kb) {
                if ((sa.contains(k) || sb.contains(o)) && cognateKeys(k, o, sa.contains(k) && sb.contains(o))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Two skeletons of one name: equal, or one the start of the other ("Júlio" jl and "Julius" jls drop different
     * endings) when the shorter has three consonants or both are surnames.
     */
    private static boolean cognateKeys(String k, String o, boolean surnames) {
        if (k.equals(o)) {
            return true;
        }
        String shorter = k.length() <= o.length() ? k : o;
        String longer = shorter == k ? o : k;
        return longer.startsWith(shorter) && (shorter.length() >= 3 || surnames);
    }

    /** The skeleton of the last capitalized word of the mention's text and of its name. */
    private static java.util.Set<String> surnameKeys(ActorMention a) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String n : List.of(a.text(), a.name())) {
            String last = null;
            for (String w : n.split("[^\\p{L}]+")) {
                if (nameWord(w)) {
                    last = w;
                }
            }
            if (last != null) {
                String k = nameKey(last);
                if (k.length() >= 2) {
                    out.add(k);
                }
            }
        }
        return out;
    }

    /** A word that may be part of a name: capitalized, of three letters or more. */
    private static boolean nameWord(String w) {
        return w.length() >= 3 && Character.isUpperCase(w.charAt(0));
    }

    /** The consonant skeleton of a name's word, a known given name by its first spelling ("Louis" for "Luis"). */
    private static String nameKey(String w) {
        return org.parallax.model.Folding.skeleton(GivenNames.key(w));
    }

    /** Consonant skeletons of the capitalized words of a name (accents, doubled letters and vowels dropped). */
    static java.util.Set<String> nameKeys(String name) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String w : name.split("[^\\p{L}]+")) {
            if (!nameWord(w)) {
                continue;
            }
            String k = nameKey(w);
            if (k.length() >= 2) {
                out.add(k);
            }
        }
        return out;
    }

    private static boolean sameSkeleton(String a, String b) {
        String x = org.parallax.model.Folding.skeleton(a.strip());
        return x.length() >= 3 && x.equals(org.parallax.model.Folding.skeleton(b.strip()));
    }

    private static boolean foldedEquals(String a, String b) {
        return org.parallax.model.Folding.plain(a).equals(org.parallax.model.Folding.plain(b));
    }
}
