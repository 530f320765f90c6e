package org.parallax.align;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Aligns what several editions state: events told in running text, infobox facts and period statements are
 * grouped when they tell the same occurrence, using anchors that do not depend on the language (dates
 * with their precision, resolved places, actor ids, numbers, event type families, infobox keys) and the
 * cognate keys of their words. Each edition contributes at most one statement per group, except that
 * sentences which continue a matched one (the detailed telling of what another edition says in one
 * sentence) join its group. Pairs of statements of one edition that tell the same thing are returned as
 * groups of their own, for checking an edition against itself. Statements left alone are returned as
 * one-member groups. Thread-safe.
 */
public final class EditionAligner {
    private final AlignmentSettings settings;
    private final TypeFamilies families = TypeFamilies.bundled();

    public EditionAligner() {
        this(AlignmentSettings.DEFAULTS);
    }

    public EditionAligner(AlignmentSettings settings) {
        this.settings = settings;
    }

    public AlignmentSettings settings() {
        return settings;
    }

    /** The groups, cross-edition ones first, by decreasing confidence. */
    public List<Alignment> align(List<Edition> editions) {
        List<Statement> all = statements(editions);
        placeInEditions(all, editions.size());
        PairScorer.weigh(all);
        PairScorer scorer = new PairScorer(settings);
        Map<String, Integer> kinds = new HashMap<>();
        for (Statement s : all) {
            s.holder.kinds().forEach(k -> kinds.merge(s.edition + "|" + k, 1, Integer::sum));
        }
        Map<String, Integer> ofKind = new HashMap<>();
        for (Statement s : all) {
            kindAndYear(s).ifPresent(k -> ofKind.merge(s.edition + "|" + k, 1, Integer::sum));
        }
        List<Scored> cross = new ArrayList<>();
        List<Scored> within = new ArrayList<>();
        Map<Long, Scored> scored = new HashMap<>();
        for (int[] pair : new Blocking(settings).candidates(all, editions.size())) {
            Statement a = all.get(pair[0]);
            Statement b = all.get(pair[1]);
            Scored s = score(scorer, a, b, editions, kinds);
            if (s == null) {
                continue;
            }
            s = soleOfKind(s, ofKind);
            scored.put(key(a.index, b.index), s);
            if (a.edition != b.edition) {
                // Of a kind and near in time is not enough: something must say it is the same occurrence.
                boolean identified = s.anchors.stream().anyMatch(x -> !PairScorer.IDENTITY.contains(x) && !x.equals("date")
                        && !x.equals("type")) || s.anchors.stream().anyMatch(PairScorer.IDENTITY::contains);
                if (s.score >= settings.threshold() && identified) {
                    cross.add(s);
                }
            } else if (sameWithinEdition(a, b, s)) {
                within.add(s);
            }
        }
        Grouping groups = new Grouping(all, editions.size(), settings.nearWindowDays());
        cross.sort(Comparator.comparingDouble((Scored s) -> -s.score));
        cross.forEach(groups::accept);
        groups.attachContinuations(scored, settings.threshold() / 2);
        List<Alignment> out = new ArrayList<>(groups.alignments());
        for (Scored s : within) {
            out.add(new Alignment(List.of(s.a.member, s.b.member), List.of(new Alignment.Link(0, 1, s.score, s.anchors)), s.score));
        }
        out.sort(Comparator.comparing((Alignment al) -> !al.crossEdition()).thenComparing(al -> -al.confidence()));
        return out;
    }

    record Scored(Statement a, Statement b, double score, List<String> anchors) {
    }

    /**
     * Kinds of occurrence an article tells once a year at most: a peace, a capitulation, an execution, a proclamation,
     * an election, a landing, a fleet's departure.
     */
    private static final java.util.Set<org.parallax.model.EventType> SINGULAR = java.util.EnumSet.of(
            org.parallax.model.EventType.TREATY, org.parallax.model.EventType.SURRENDER, org.parallax.model.EventType.EXECUTION,
            org.parallax.model.EventType.PROCLAMATION, org.parallax.model.EventType.ELECTION, org.parallax.model.EventType.LANDING,
            org.parallax.model.EventType.DEPARTURE);

    /** The kind and year of an event of a singular kind dated to the month or the day. */
    private static java.util.Optional<String> kindAndYear(Statement s) {
        if (s.member.role() != Alignment.Role.EVENT || !SINGULAR.contains(s.event().type()) || s.interval.isEmpty()
                || s.interval.get().days() > 31) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(s.event().type() + "|" + java.time.LocalDate.ofEpochDay(s.interval.get().first()).getYear());
    }

    /**
     * Two editions that each tell one peace in a year, a month apart ("25 June 1183" / "25. Juli 1183"), tell the same
     * peace even when they share no place or name: the kind and the year identify it, and the dates may then disagree.
     */
    private static Scored soleOfKind(Scored s, Map<String, Integer> ofKind) {
        java.util.Optional<String> k = kindAndYear(s.a);
        if (s.a.edition == s.b.edition || k.isEmpty() || !k.equals(kindAndYear(s.b))
                || ofKind.get(s.a.edition + "|" + k.get()) != 1 || ofKind.get(s.b.edition + "|" + k.get()) != 1) {
            return s;
        }
        List<String> anchors = new ArrayList<>(s.anchors);
        anchors.add("sole-of-kind");
        return new Scored(s.a, s.b, Math.max(s.score, 0.5), anchors);
    }

    private List<Statement> statements(List<Edition> editions) {
        List<Statement> all = new ArrayList<>();
        for (int e = 0; e < editions.size(); e++) {
            Edition ed = editions.get(e);
            for (var ev : ed.events()) {
                if (!ev.negated()) {
                    all.add(new Statement(all.size(), e, new Alignment.Member(ed.docId(), ev, Alignment.Role.EVENT), families,
                            settings.approxSlackDays()));
                }
            }
            for (var ev : ed.infobox()) {
                all.add(new Statement(all.size(), e, new Alignment.Member(ed.docId(), ev, Alignment.Role.INFOBOX), families,
                        settings.approxSlackDays()));
            }
            for (var ev : ed.facts()) {
                all.add(new Statement(all.size(), e, new Alignment.Member(ed.docId(), ev, Alignment.Role.FACT), families,
                        settings.approxSlackDays()));
            }
            for (var ev : ed.periods()) {
                all.add(new Statement(all.size(), e, new Alignment.Member(ed.docId(), ev, Alignment.Role.PERIOD), families,
                        settings.approxSlackDays()));
            }
        }
        return all;
    }

    private static void placeInEditions(List<Statement> all, int editions) {
        int[] size = new int[editions];
        for (Statement s : all) {
            size[s.edition] = Math.max(size[s.edition], s.event().sentenceIndex() + 1);
        }
        for (Statement s : all) {
            s.editionSentences = Math.max(1, size[s.edition]);
            s.position = size[s.edition] <= 1 ? 0 : (double) Math.max(0, s.event().sentenceIndex()) / (size[s.edition] - 1);
        }
    }

    private Scored score(PairScorer scorer, Statement a, Statement b, List<Edition> editions, Map<String, Integer> kinds) {
        Alignment.Role ra = a.member.role();
        Alignment.Role rb = b.member.role();
        boolean told = ra == Alignment.Role.EVENT || ra == Alignment.Role.FACT;
        boolean toldToo = rb == Alignment.Role.EVENT || rb == Alignment.Role.FACT;
        // An event meets a fact only when the fact is dated: an undated sentence is matched by its own kind.
        boolean dated = ra == rb || (a.interval.isPresent() && b.interval.isPresent());
        if (told && toldToo && dated) {
            PairScorer.Score s = scorer.score(a, b);
            return new Scored(a, b, s.value(), s.anchors());
        }
        if (ra == Alignment.Role.INFOBOX && rb == Alignment.Role.INFOBOX) {
            boolean same = a.edition != b.edition && a.event().trigger().equals(b.event().trigger());
            return same ? new Scored(a, b, 0.9, List.of("infobox-key")) : null;
        }
        if (ra == Alignment.Role.PERIOD && rb == Alignment.Role.PERIOD) {
            return period(scorer, a, b, kinds);
        }
        if (ra == Alignment.Role.INFOBOX || rb == Alignment.Role.INFOBOX) {
            Statement box = ra == Alignment.Role.INFOBOX ? a : b;
            Statement other = box == a ? b : a;
            return other.member.role() == Alignment.Role.PERIOD ? infoboxPeriod(box, other, editions) : null;
        }
        return null;
    }

    /**
     * Two period statements: the named things must be one name (the cognate keys of one contain the other's:
     * "Secondo Impero messicano" and "Second Empire mexicain" are one name, "Second Franco-Mexican War" is
     * another), and the ranges must overlap.
     */
    private Scored period(PairScorer scorer, Statement a, Statement b, Map<String, Integer> kinds) {
        boolean named = !a.span() && !b.span() && !a.words.isEmpty() && !b.words.isEmpty() && (a.words.containsAll(b.words) || b.words.containsAll(a.words));
        if (!named && !sameHolder(a, b, kinds)) {
            return null;
        }
        boolean actor = a.actorIds.stream().anyMatch(b.actorIds::contains);
        double date = a.interval.isPresent() && b.interval.isPresent() ? scorer.date(a.interval.get(), b.interval.get()) : 0;
        if (date <= 0) {
            return null;
        }
        double s = 0.6 + 0.4 * date;
        List<String> anchors = new ArrayList<>(actor ? List.of("actors") : List.of());
        anchors.add("names");
        return new Scored(a, b, s, anchors);
    }

    /**
     * Two spans of years of one kind ("guerre d'Italie (1522-1526)", "Italienischen Krieg von 1521 bis 1526"): the
     * same holder when they name one person, when the names written by their head words meet, or, where a side
     * writes no name, when each edition gives only one span of that kind. Names that differ ("Thirty Years' War",
     * "Eighty Years' War") are two holders.
     */
    private static boolean sameHolder(Statement a, Statement b, Map<String, Integer> kinds) {
        if (a.edition == b.edition) {
            return false;
        }
        if (namedIn(a, b) || namedIn(b, a)) {
            return true;
        }
        for (String kind : a.holder.kinds()) {
            if (!b.holder.kinds().contains(kind)) {
                continue;
            }
            if (a.personIds.stream().anyMatch(b.personIds::contains)) {
                return true;
            }
            if (!a.holder.names().isEmpty() && !b.holder.names().isEmpty()) {
                if (a.holder.names().stream().anyMatch(b.holder.names()::contains)) {
                    return true;
                }
                continue;
            }
            if ((kinds.getOrDefault(a.edition + "|" + kind, 0) == 1 && kinds.getOrDefault(b.edition + "|" + kind, 0) == 1)) {
                return true;
            }
        }
        return false;
    }

    /** The least length of a one-word period name that another edition's span may be told of. */
    private static final int PERIOD_NAME = 6;

    /**
     * Whether {@code named} is a period named by one word that says no kind ("la Reconquista (1814-1817)") and the
     * other edition's span of years is told of that name ("à chamada Reconquista, o período … que se estendera de
     * 1815 a 1817").
     */
    private static boolean namedIn(Statement named, Statement other) {
        if (named.span() || !named.holder.kinds().isEmpty() || !other.span()) {
            return false;
        }
        String name = named.event().trigger().strip();
        return name.length() >= PERIOD_NAME && name.chars().allMatch(Character::isLetter) && Character.isUpperCase(name.charAt(0))
                && other.holderNames.contains(org.parallax.model.Folding.plain(name));
    }

    /** The infobox date of an article is the period of the article's subject: it meets periods naming the title. */
    private Scored infoboxPeriod(Statement box, Statement period, List<Edition> editions) {
        if (!box.event().trigger().equals("date")) {
            return null;
        }
        Set<String> title = CognateKeys.of(editions.get(box.edition).title());
        Set<String> subject = period.words;
        if (title.isEmpty() || subject.isEmpty()) {
            return null;
        }
        long shared = subject.stream().filter(title::contains).count();
        double dice = 2.0 * shared / (title.size() + subject.size());
        return dice >= 0.5 ? new Scored(box, period, 0.5 + 0.4 * dice, List.of("title")) : null;
    }

    /** Two statements of one edition tell the same thing only on strong evidence, or when marked as a repeat. */
    private static boolean sameWithinEdition(Statement a, Statement b, Scored s) {
        if (a.member.role() == Alignment.Role.FACT || b.member.role() == Alignment.Role.FACT) {
            return false;
        }
        if (a.member.role() != Alignment.Role.EVENT || b.member.role() != Alignment.Role.EVENT) {
            return a.member.role() != b.member.role() && s.score >= 0.6;
        }
        if (a.event().sentenceIndex() == b.event().sentenceIndex()) {
            return false;
        }
        if (a.event().sameAs().filter(b.event().id()::equals).isPresent()
                || b.event().sameAs().filter(a.event().id()::equals).isPresent()) {
            return true;
        }
        // One edition names a place in one telling and leaves it out in the other ("the town surrendered"): a
        // shared person or a shared place, with most words shared, says it is the same occurrence told twice.
        boolean anchored = s.anchors.contains("place") || s.anchors.contains("actors");
        return a.event().type() == b.event().type() && anchored && PairScorer.words(a, b) >= 0.5 && s.score >= 0.7;
    }

    /**
     * One key per unordered pair of statements, for hash sets and maps. The plain {@code i << 32 | j} hashes as
     * {@code i ^ j} (Long.hashCode), which is equal for many pairs of neighbouring statements: hash bins
     * overflowed into trees and alignment grew faster than linearly (16× the events cost 45× the time). The
     * multiplication by an odd constant is a bijection on 64 bits that spreads the pairs over the bins.
     */
    static long key(int i, int j) {
        return (((long) Math.min(i, j) << 32) | Math.max(i, j)) * 0x9E3779B97F4A7C15L;
    }
}
