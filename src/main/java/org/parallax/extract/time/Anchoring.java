package org.parallax.extract.time;

import static org.parallax.extract.time.Meaning.NONE;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.EnumSet;
import java.util.Optional;
import org.parallax.extract.time.Meaning.Calendar;
import org.parallax.extract.time.Meaning.Clock;
import org.parallax.extract.time.Meaning.Fixed;
import org.parallax.extract.time.Meaning.Offset;
import org.parallax.extract.time.Meaning.Range;
import org.parallax.model.Precision;
import org.parallax.model.TimexType;

/**
 * Turns recognised expressions into TIMEX3 values, in document order, keeping the state a reader keeps:
 * in news the document date anchors deictic words and year-less dates; in narrative the story date moves
 * forward with each date told, a year-less date takes the story's year (the next year when its month lies
 * well before the story's, a short flashback keeps the year), and "the next day" counts from the last date.
 */
final class Anchoring {
    /** A value with what the events stage needs to know about how it was obtained. */
    record Resolved(TimexType type, String value, Precision precision, boolean inferredYear, boolean relative) {
    }

    /** How far back (in months) a year-less date may lie before the story date and still keep its year. */
    private static final double FLASHBACK_MONTHS = 2.0;

    private final Optional<LocalDate> dct;
    private final boolean narrative;
    private Point story;
    private Point last;
    private LocalDate lastDay;
    /** Whether the sentence being resolved speaks of the future (news: a bare "dimanche" is the coming one). */
    private boolean future;
    private Optional<SectionLookahead.Ahead> lookahead = Optional.empty();

    Anchoring(Optional<LocalDate> dct, boolean narrative) {
        this.dct = dct;
        this.narrative = narrative;
        this.story = dct.map(Point::of).orElse(null);
        this.lastDay = dct.orElse(null);
    }

    /** @param sentenceInitial whether the expression opens its sentence ("In 1864, …"), which lets a bare year set the story */
    /**
     * @param future    whether the sentence looks ahead: a bare weekday in news is then the coming one, and
     *                  in narrative a date planned or foreseen does not move the story
     * @param lookahead in narrative, the first date with a year later in the same section while the section
     *                  has told none yet: what a reader glances at to place "On 20 February" opening a section;
     *                  or, for a section that gives none, the first one in a later section
     */
    Optional<Resolved> resolve(Parse p, boolean sentenceInitial, boolean future, Optional<SectionLookahead.Ahead> lookahead,
                               boolean bracketed) {
        Point storyBefore = story;
        Point lastBefore = last;
        LocalDate lastDayBefore = lastDay;
        Optional<Resolved> r = resolve(p, sentenceInitial, future, lookahead);
        // A bracketed year or span ("Juárez (1806–1872)", "(born 1801)") is told aside — a life, a term, a
        // period: "the next day" after it still counts from the date of the story.
        if (bracketed && r.isPresent() && !r.get().relative() && EnumSet.of(Precision.YEAR, Precision.RANGE,
                Precision.DECADE, Precision.CENTURY).contains(r.get().precision())) {
            story = storyBefore;
            last = lastBefore;
            lastDay = lastDayBefore;
        }
        return r;
    }

    private Optional<Resolved> resolve(Parse p, boolean sentenceInitial, boolean future, Optional<SectionLookahead.Ahead> lookahead) {
        this.future = future;
        this.lookahead = lookahead;
        Optional<Resolved> r = switch (p.meaning()) {
            case Calendar c -> calendar(c, sentenceInitial);
            case Offset o -> offset(o, p.mod().equals("APPROX"));
            case Fixed f -> Optional.of(new Resolved(f.type(), f.value(), fixedPrecision(f.value()), false, false));
            case Range r2 -> range(r2);
            case Clock c -> Optional.of(clockOn(lastDay, c, false, true));
        };
        return r.map(res -> p.hasClock() ? withClock(res, p.clock()) : !p.part().isEmpty() ? withPart(res, p.part()) : res);
    }

    private Optional<Resolved> calendar(Calendar c, boolean sentenceInitial) {
        if (c.century() != NONE) {
            return Optional.of(new Resolved(TimexType.DATE, Values.two(c.century()), Precision.CENTURY, false, false));
        }
        if (c.decade() != NONE) {
            return Optional.of(new Resolved(TimexType.DATE, Integer.toString(c.decade()), Precision.DECADE, false, false));
        }
        if (c.hasYear()) {
            int y = c.twoDigitYear() ? expand(c.year()) : c.year();
            Resolved r = dated(c, y, false, false);
            if (c.season().isEmpty()) {
                Point pt = new Point(y, c.month(), c.month() == NONE ? NONE : c.day());
                told(pt, !c.twoDigitYear() && (story == null || !future
                        && (sentenceInitial || story.month() == NONE || pt.month() != NONE)));
            } else if (narrative && lookahead.isPresent() && !future && seasonMonth(c.season()) != NONE) {
                // "== Background == … In the early summer of 1809 … out of Porto in May": a season opening its section's
                // story places it at the season's first month, though the lead ended later ("within a week").
                told(new Point(y, seasonMonth(c.season()), NONE), true);
            }
            return Optional.of(r);
        }
        int month = c.month() != NONE ? c.month() : seasonMonth(c.season());
        if (c.direction() != NONE) {
            return directed(c, month);
        }
        if (month == NONE) {
            return weekday(c);
        }
        Point base = narrative ? story : dct.map(Point::of).orElse(story);
        if (base == null) {
            String v = "XXXX-" + (c.season().isEmpty() ? Values.two(month) + (c.day() != NONE ? "-" + Values.two(c.day()) : "") : c.season());
            return Optional.of(new Resolved(TimexType.DATE, v, precision(c), false, false));
        }
        // A bare season in news is the season of the document's year ("l'automne" in May 1999 is 1999-FA).
        // A later section's date only keeps the story's year for a month at or before its own.
        if (narrative && lookahead.isPresent() && (lookahead.get().sameSection()
                || lookahead.get().point().year() == base.year() && month != NONE && month <= lookahead.get().point().month())) {
            Point ahead = lookahead.get().point();
            int y = month > ahead.month() ? ahead.year() - 1 : ahead.year();
            Point pt = new Point(y, month, c.day());
            if (c.season().isEmpty()) {
                told(pt, true);
            }
            return Optional.of(dated(c, y, true, false));
        }
        int y = narrative ? storyYear(base, month, c.day())
                : c.season().isEmpty() ? newsYear(base, month, c.day(), future) : base.year();
        Resolved r = dated(c, y, true, false);
        if (c.season().isEmpty() && narrative) {
            Point pt = new Point(y, month, c.day());
            told(pt, pt.position() >= base.position());
        } else if (c.season().isEmpty()) {
            remember(new Point(y, month, c.day()));
        }
        return Optional.of(r);
    }

    /** "the previous November", "juin prochain", "vendredi dernier". */
    private Optional<Resolved> directed(Calendar c, int month) {
        Point base = c.anaphoric() && last != null ? last : deictic();
        if (base == null) {
            return Optional.empty();
        }
        LocalDate b = base.date();
        if (month == NONE) {
            if (c.weekday() == NONE) {
                return Optional.empty();
            }
            LocalDate d = stepToWeekday(b, c.weekday(), c.direction());
            remember(Point.of(d));
            return Optional.of(new Resolved(TimexType.DATE, d.toString(), Precision.DAY, false, true));
        }
        int y = base.year();
        double pos = month - 1 + (c.day() == NONE ? 0 : (c.day() - 1) / 31.0);
        double basePos = base.position() - base.year() * 12.0;
        if (c.direction() < 0 && pos >= basePos) {
            y--;
        } else if (c.direction() > 0 && pos <= basePos) {
            y++;
        }
        remember(new Point(y, c.season().isEmpty() ? month : NONE, c.season().isEmpty() ? c.day() : NONE));
        return Optional.of(dated(c, y, true, true));
    }

    private Optional<Resolved> weekday(Calendar c) {
        if (c.weekday() == NONE) {
            return Optional.empty();
        }
        LocalDate base = narrative ? lastDay : dct.orElse(lastDay);
        if (base == null) {
            return Optional.of(new Resolved(TimexType.DATE, "XXXX-WXX-" + c.weekday(), Precision.DAY, false, false));
        }
        int diff = Math.floorMod(c.weekday() - base.getDayOfWeek().getValue(), 7);
        if (!narrative && !future && diff != 0) {
            // News reports mostly what happened: a bare weekday is the past one unless the sentence looks ahead.
            diff -= 7;
        }
        LocalDate d = base.plusDays(diff);
        lastDay = d;
        return Optional.of(new Resolved(TimexType.DATE, d.toString(), Precision.DAY, true, true));
    }

    private Optional<Resolved> offset(Offset o, boolean vague) {
        // "The next day" counts from the date just told; "that same year" from the story's year.
        Point base = o.anaphoric() ? (narrative && !o.unit().equals("day") && story != null ? story
                : last != null ? last : deictic()) : deictic();
        if (base == null) {
            return Optional.empty();
        }
        int amount = o.amount() == NONE ? 3 : o.amount();
        Point out;
        switch (o.unit()) {
            case "day" -> out = base.day() == NONE ? base : Point.of(base.date().plusDays(amount));
            case "week" -> {
                if (base.day() == NONE) {
                    out = base;
                } else if (o.anaphoric()) {
                    out = Point.of(base.date().plusWeeks(amount));
                } else {
                    LocalDate d = base.date().plusWeeks(amount);
                    String v = Values.year(d.get(IsoFields.WEEK_BASED_YEAR)) + "-W" + Values.two(d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
                    return Optional.of(new Resolved(TimexType.DATE, v, Precision.DAY, false, true));
                }
            }
            case "month" -> {
                if (base.month() == NONE) {
                    out = base;
                } else {
                    LocalDate d = LocalDate.of(base.year(), base.month(), 1).plusMonths(amount);
                    out = new Point(d.getYear(), d.getMonthValue(), NONE);
                }
            }
            default -> out = new Point(base.year() + amount, NONE, NONE);
        }
        // "The next day" moves the story on; "after seven months" is often a glance ahead and does not.
        if (o.anaphoric() && narrative && o.unit().equals("day") && Math.abs(amount) <= 7) {
            told(out, true);
        } else {
            remember(out);
        }
        return Optional.of(new Resolved(TimexType.DATE, out.value(), out.precision(), false, true));
    }

    private Optional<Resolved> range(Range r) {
        Optional<Resolved> a = calendar(r.from(), false);
        Point start = story;
        Optional<Resolved> b = calendar(r.to(), false);
        if (a.isEmpty() || b.isEmpty()) {
            return Optional.empty();
        }
        // "from 18 May to 11 September 1565 … On 23 June": a span of days told at once keeps the story at its start,
        // since what follows mostly tells what happened inside it.
        if (narrative && start != null && start.month() != NONE && start.year() == story.year()) {
            story = start;
        }
        return Optional.of(new Resolved(TimexType.DATE, a.get().value() + "/" + b.get().value(), Precision.RANGE,
                a.get().inferredYear() || b.get().inferredYear(), false));
    }

    private Resolved dated(Calendar c, int y, boolean inferred, boolean relative) {
        String v = Values.year(y);
        if (!c.season().isEmpty()) {
            v += "-" + c.season();
        } else if (c.month() != NONE) {
            v += "-" + Values.two(c.month());
            if (c.day() != NONE) {
                v += "-" + Values.two(c.day());
            }
        }
        return new Resolved(TimexType.DATE, v, precision(c), inferred, relative);
    }

    private Resolved withPart(Resolved r, String part) {
        if (r.precision() != Precision.DAY || r.value().contains("W") && !r.value().startsWith("XXXX-WXX")) {
            return r;
        }
        return new Resolved(TimexType.TIME, r.value() + "T" + part, r.precision(), r.inferredYear(), r.relative());
    }

    private Resolved withClock(Resolved r, Clock c) {
        if (r.precision() != Precision.DAY) {
            return r;
        }
        return new Resolved(TimexType.TIME, r.value() + "T" + Values.two(c.hour()) + ":" + Values.two(c.minute()),
                Precision.DAY, r.inferredYear(), r.relative());
    }

    private static Resolved clockOn(LocalDate day, Clock c, boolean inferred, boolean relative) {
        String d = day == null ? "XXXX-XX-XX" : day.toString();
        return new Resolved(TimexType.TIME, d + "T" + Values.two(c.hour()) + ":" + Values.two(c.minute()), Precision.DAY,
                inferred, relative);
    }

    /** A date told in the narrative moves the story; {@code moves} is false for a passing mention of a bare year. */
    private void told(Point p, boolean moves) {
        if (narrative && moves && (story == null || p.month() != NONE || story.year() != p.year())) {
            story = p;
        }
        remember(p);
    }

    private void remember(Point p) {
        last = p;
        if (p.day() != NONE) {
            lastDay = p.date();
        }
    }

    private Point deictic() {
        if (narrative) {
            return last != null ? last : story;
        }
        return dct.map(Point::of).orElse(last);
    }

    private static int storyYear(Point story, int month, int day) {
        if (story.month() == NONE) {
            return story.year();
        }
        double diff = day == NONE || story.day() == NONE ? month - story.month()
                : (month + (day - 1) / 31.0) - (story.month() + (story.day() - 1) / 31.0);
        return diff >= -FLASHBACK_MONTHS ? story.year() : story.year() + 1;
    }

    /**
     * The year of a year-less date in news: the latest one no more than two months after the document
     * date, or, when the sentence looks ahead, the earliest one no more than two months before it.
     */
    private static int newsYear(Point base, int month, int day, boolean future) {
        if (base.month() == NONE) {
            return base.year();
        }
        for (int k = 0; k < 3; k++) {
            int y = future ? base.year() - 1 + k : base.year() + 1 - k;
            double gap = new Point(y, month, day == NONE ? NONE : day).position() - base.position();
            if (future ? gap >= -FLASHBACK_MONTHS : gap <= FLASHBACK_MONTHS) {
                return y;
            }
        }
        return base.year();
    }

    private int expand(int twoDigits) {
        int century = dct.map(d -> d.getYear() / 100 * 100).orElse(1900);
        int y = century + twoDigits;
        return dct.isPresent() && y > dct.get().getYear() + 10 ? y - 100 : y;
    }

    private static LocalDate stepToWeekday(LocalDate from, int weekday, int direction) {
        DayOfWeek target = DayOfWeek.of(weekday);
        LocalDate d = from;
        int step = direction < 0 ? -1 : 1;
        if (direction == 0) {
            int diff = weekday - from.getDayOfWeek().getValue();
            return from.plusDays(diff);
        }
        do {
            d = d.plusDays(step);
        } while (d.getDayOfWeek() != target);
        return d;
    }

    private static int seasonMonth(String season) {
        return switch (season) {
            case "SP" -> 3;
            case "SU" -> 6;
            case "FA" -> 9;
            case "WI" -> 12;
            default -> NONE;
        };
    }

    private static Precision precision(Calendar c) {
        if (!c.season().isEmpty()) {
            return Precision.SEASON;
        }
        return c.day() != NONE ? Precision.DAY : c.month() != NONE ? Precision.MONTH : Precision.YEAR;
    }

    private static Precision fixedPrecision(String value) {
        if (value.endsWith("Y") || value.endsWith("DE") || value.endsWith("CE")) {
            return Precision.YEAR;
        }
        return value.startsWith("P") && value.endsWith("M") && !value.startsWith("PT") ? Precision.MONTH : Precision.DAY;
    }
}
