package org.parallax.align;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.parallax.model.DateInterval;
import org.parallax.model.Place;

/**
 * Scores how likely two statements tell the same occurrence. Each anchor present on both sides gives a
 * value in [0, 1] with a weight; the score is the weighted mean over the anchors present, damped when
 * little evidence is present. Dates that differ but are near still score a little, so that editions that
 * disagree on a date can be aligned and the disagreement reported.
 */
final class PairScorer {
    static final double W_DATE = 0.30;
    static final double W_PLACE = 0.20;
    static final double W_ACTORS = 0.20;
    static final double W_TYPE = 0.15;
    static final double W_WORDS = 0.15;
    static final double W_FIGURES = 0.10;
    static final double W_NAMES = 0.20;
    static final double W_POSITION = 0.30;
    /** Dates this many days apart or fewer still anchor a pair: the usual size of a disagreement on a day. */
    static final long NEAR_DAYS = 3;
    /** The anchors that say two statements are about the same thing, beyond being of a kind and near in time. */
    static final java.util.Set<String> IDENTITY = java.util.Set.of("place", "actors", "names", "words", "figures", "same-day");

    private final AlignmentSettings settings;

    PairScorer(AlignmentSettings settings) {
        this.settings = settings;
    }

    record Score(double value, List<String> anchors) {
    }

    Score score(Statement a, Statement b) {
        double sum = 0;
        double weight = 0;
        double actorShare = 0;
        double actorWeight = 0;
        double nameShare = 0;
        double nameWeight = 0;
        List<String> anchors = new ArrayList<>();
        if (a.interval.isPresent() && b.interval.isPresent()) {
            double d = date(a.interval.get(), b.interval.get());
            sum += W_DATE * d;
            weight += W_DATE;
            if (d >= 0.7) {
                anchors.add("date");
            }
        }
        if (!(a.placeIds.isEmpty() && a.placeNames.isEmpty()) && !(b.placeIds.isEmpty() && b.placeNames.isEmpty())) {
            double p = place(a, b);
            sum += W_PLACE * p;
            weight += W_PLACE;
            if (p >= 0.8) {
                anchors.add("place");
            }
        }
        if (!a.actorIds.isEmpty() && !b.actorIds.isEmpty()) {
            double shared = a.actorIds.stream().filter(b.actorIds::contains).count();
            double act = shared / Math.min(a.actorIds.size(), b.actorIds.size());
            // "The French" or "the Republicans" take part in most sentences of an article about their war: only a
            // shared person says "the same occurrence"; shared parties count half.
            boolean person = a.personIds.stream().anyMatch(b.personIds::contains);
            actorShare = act * (person ? 1.0 : 0.5);
            actorWeight = W_ACTORS;
            sum += W_ACTORS * actorShare;
            weight += W_ACTORS;
            if (person) {
                anchors.add("actors");
            }
        }
        double type = TypeFamilies.similarity(a.event().type(), b.event().type(), a.families, b.families);
        sum += W_TYPE * type;
        weight += W_TYPE;
        if (type == 1.0) {
            anchors.add("type");
            // One article's editions rarely tell two occurrences of one type on the same day: the day and the type
            // identify the occurrence even when the places and names are written too differently to meet.
            if (a.interval.isPresent() && a.interval.equals(b.interval) && a.interval.get().days() == 1) {
                anchors.add("same-day");
            }
        }
        double words = words(a, b);
        sum += W_WORDS * words;
        weight += W_WORDS;
        if (words >= 0.3) {
            anchors.add("words");
        }
        if (!a.names.isEmpty() && !b.names.isEmpty()) {
            double n = names(a, b);
            nameShare = n;
            nameWeight = W_NAMES;
            sum += W_NAMES * n;
            weight += W_NAMES;
            if (n >= 0.3) {
                anchors.add("names");
            }
        }
        if (sharesFigure(a, b)) {
            sum += W_FIGURES;
            weight += W_FIGURES;
            anchors.add("figures");
        }
        if (sameSpot(a, b)) {
            sum += W_POSITION;
            weight += W_POSITION;
            anchors.add("position");
        }
        double mean = sum / weight;
        double evidence = Math.min(1.0, (weight - W_TYPE - W_WORDS) / 0.5);
        double value = mean * (0.7 + 0.3 * evidence);
        if (anchors.contains("same-day")) {
            // The day and the type identify the occurrence; who is named is then what the editions may
            // contradict each other on ("the Earl of Salisbury" / "il conte di Suffolk"), not evidence against it.
            value = Math.max(value, (sum - W_ACTORS * actorShare - W_NAMES * nameShare) / (weight - actorWeight - nameWeight));
        }
        return new Score(value, anchors);
    }

    /**
     * 1 for the same interval; less when one contains the other, the more so the coarser the container (a year
     * contains hundreds of occurrences, so "1862" is weak evidence for "24 October 1862"); 0.6 when they
     * overlap; decaying with the gap when disjoint and near, 0 beyond the window.
     */
    double date(DateInterval a, DateInterval b) {
        if (a.contains(b) || b.contains(a)) {
            double ratio = (double) Math.max(a.days(), b.days()) / Math.min(a.days(), b.days());
            return Math.max(0.4, 1.0 - 0.08 * Math.log(ratio));
        }
        if (a.overlaps(b)) {
            return 0.6;
        }
        long gap = a.gapDays(b);
        if (gap >= settings.nearWindowDays()) {
            return 0.0;
        }
        // Editions that disagree on a day mostly disagree by a day or two: a gap of up to three days is a near date
        // (an anchor); beyond, the score decays with the gap over the window. The same day of a neighbouring month
        // ("6 June" / "6 July") is a slip of the month more often than another occurrence.
        double near = gap <= NEAR_DAYS ? 0.75 : 0.6 * (1.0 - (double) gap / settings.nearWindowDays());
        return a.days() == 1 && b.days() == 1 && sameDayOfMonth(a, b) ? Math.max(near, 0.5) : near;
    }

    private static boolean sameDayOfMonth(DateInterval a, DateInterval b) {
        return java.time.LocalDate.ofEpochDay(a.first()).getDayOfMonth() == java.time.LocalDate.ofEpochDay(b.first()).getDayOfMonth();
    }

    private double place(Statement a, Statement b) {
        // A shared town says "the same occurrence"; a shared country or province ("Portugal ratified", "in
        // Mexico") is named by most sentences of an article about that country and says little.
        if (a.places.stream().anyMatch(p -> b.placeIds.contains(p.geonameId()) && spot(p))) {
            return 1.0;
        }
        if (a.placeIds.stream().anyMatch(b.placeIds::contains)) {
            return 0.5;
        }
        if (a.placeNames.stream().anyMatch(b.placeNames::contains)) {
            return 0.9;
        }
        double best = 0;
        for (Place p : a.places) {
            for (Place q : b.places) {
                if (p.distanceKm(q) <= settings.placeDistanceKm()) {
                    best = Math.max(best, 0.8);
                } else if (p.countryCode().equals(q.countryCode()) && !p.countryCode().isEmpty()) {
                    best = Math.max(best, 0.2);
                }
            }
        }
        return best;
    }

    /**
     * Two undated facts that each state one figure (or each name one person and nothing else), at the same place in two editions of like length (within a
     * tenth of the text): editions of one article tell in much the same order, and a lone figure at the same
     * point of two tellings is how "About 1,000,000 civilians died" meets "Environ 800 000 civils moururent"
     * when no word or name is shared.
     */
    private static boolean sameSpot(Statement a, Statement b) {
        if (a.member.role() != Alignment.Role.FACT || b.member.role() != Alignment.Role.FACT) {
            return false;
        }
        boolean figure = a.figures.size() == 1 && b.figures.size() == 1 && a.event().figures().size() == 1
                && b.event().figures().size() == 1;
        boolean person = a.event().figures().isEmpty() && b.event().figures().isEmpty() && a.personIds.size() == 1
                && b.personIds.size() == 1 && a.actorIds.size() == 1 && b.actorIds.size() == 1;
        if (!figure && !person) {
            return false;
        }
        double lengths = (double) Math.min(a.editionSentences, b.editionSentences) / Math.max(a.editionSentences, b.editionSentences);
        return lengths >= 0.7 && Math.abs(a.position - b.position) <= 0.1;
    }

    static boolean spot(Place p) {
        String code = p.featureCode();
        return !(code.startsWith("PCL") || code.startsWith("ADM") || code.equals("CONT") || code.equals("RGN") || code.isEmpty());
    }

    private static boolean sharesFigure(Statement a, Statement b) {
        for (double x : a.figures) {
            for (double y : b.figures) {
                if (x > 0 && Math.abs(x - y) <= 0.02 * Math.max(x, y)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Overlap of the names the two sentences share, each weighted by its rarity, over the smaller set. */
    static double names(Statement a, Statement b) {
        Overlap o = Overlap.of(a.names, a.weights, b.names, b.weights);
        double smaller = Math.min(o.totalA(), o.totalB());
        return smaller == 0 ? 0 : Math.min(1, o.shared() / smaller);
    }

    /** Dice coefficient of the two key sets, each key weighted by its rarity across all statements. */
    static double words(Statement a, Statement b) {
        Overlap o = Overlap.of(a.words, a.weights, b.words, b.weights);
        double total = o.totalA() + o.totalB();
        return total == 0 ? 0 : 2 * o.shared() / total;
    }

    /** Rarity-weighted sizes of two key sets and of what the first shares with the second (weighted as in the first). */
    private record Overlap(double shared, double totalA, double totalB) {
        static Overlap of(java.util.Collection<String> a, java.util.Map<String, Double> weightsA,
                          java.util.Collection<String> b, java.util.Map<String, Double> weightsB) {
            double shared = 0;
            double ta = 0;
            for (String k : a) {
                double w = weightsA.getOrDefault(k, 1.0);
                ta += w;
                if (b.contains(k)) {
                    shared += w;
                }
            }
            double tb = 0;
            for (String k : b) {
                tb += weightsB.getOrDefault(k, 1.0);
            }
            return new Overlap(shared, ta, tb);
        }
    }

    static void weigh(List<Statement> all) {
        Map<String, Integer> df = new java.util.HashMap<>();
        for (Statement s : all) {
            s.words.forEach(k -> df.merge(k, 1, Integer::sum));
        }
        double n = Math.max(2, all.size());
        for (Statement s : all) {
            Map<String, Double> w = new java.util.HashMap<>();
            for (String k : s.words) {
                // Names are written alike in every language: a shared name is stronger evidence than a shared word.
                w.put(k, Math.log(1 + n / df.get(k)) * (s.names.contains(k) ? 2 : 1));
            }
            s.weights = w;
        }
    }
}
