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

    private final Tolerances tolerances;

    FacetValues(Tolerances tolerances) {
        this.tolerances = tolerances;
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
            double certainty = (date.inferredYear() ? 0.8 : 1.0) * (date.anchor() == EventDate.Anchor.RELATIVE ? 0.75 : 1.0)
                    * (date.anchor() == EventDate.Anchor.SHARED ? 0.9 : 1.0);
            return new Value(m, date.value(), date.text(), certainty, approx ? i.widen(tolerances.approximateDateDays()) : i);
        });
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
            String unit = unitClass(f.unit());
            if (!unit.equals("other")) {
                out.add(new Value(m, figureValue(f), f.text(), 1.0, f));
            }
        }
        return out;
    }

    static String unitClass(Figure f) {
        return unitClass(f.unit());
    }

    static String unitClass(String unit) {
        String u = unit.toLowerCase(Locale.ROOT);
        return switch (u) {
            case "men", "soldiers", "troops" -> "troops";
            case "dead", "deaths", "killed" -> "killed";
            case "captured", "prisoners" -> "prisoners";
            case "guns", "cannons" -> "cannons";
            case "ships", "vessels" -> "vessels";
            default -> u;
        };
    }

    static String figureValue(Figure f) {
        String v = number(f.value()) + f.upper().map(u -> "–" + number(u)).orElse("");
        return (f.approximate() ? "~" : "") + v + " " + unitClass(f);
    }

    private static String number(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    Relation figures(Value x, Value y) {
        Figure a = (Figure) x.datum();
        Figure b = (Figure) y.datum();
        double tol = a.approximate() || b.approximate() ? tolerances.approximateRelative() : tolerances.figureRelative();
        double aLo = a.value();
        double aHi = a.upper().orElse(a.value());
        double bLo = b.value();
        double bHi = b.upper().orElse(b.value());
        double slack = tol * Math.max(aHi, bHi);
        return aLo <= bHi + slack && bLo <= aHi + slack ? Relation.AGREE : Relation.CONTRADICT;
    }

    List<Value> places(Alignment.Member m) {
        List<Value> out = new ArrayList<>();
        for (PlaceMention p : m.event().places()) {
            out.add(new Value(m, p.place().map(Place::name).orElse(p.text()), p.text(), p.place().isPresent() ? p.confidence() : 0.5, p));
        }
        return out;
    }

    Relation places(Value x, Value y) {
        PlaceMention a = (PlaceMention) x.datum();
        PlaceMention b = (PlaceMention) y.datum();
        // Two editions of one article that write the same name mean the same place, even where the resolver,
        // deciding each edition's context alone, picked different homonyms: a resolver slip is no contradiction.
        if (foldedEquals(a.text(), b.text())) {
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
        return Relation.CONTRADICT;
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

    private static boolean foldedEquals(String a, String b) {
        return java.text.Normalizer.normalize(a, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .equalsIgnoreCase(java.text.Normalizer.normalize(b, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", ""));
    }
}
