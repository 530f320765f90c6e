package org.parallax.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The closed interval of days a TIMEX3 date value covers, with its precision: {@code 1867-06} covers
 * 1 to 30 June 1867, {@code 1864-SU} June to August, {@code 186} the 1860s, {@code 18} the 19th century,
 * {@code 1861/1867} the first day of 1861 to the last of 1867. Days are ISO epoch days, so a month
 * contains its days and two ranges overlap exactly when their day intervals do.
 */
public record DateInterval(String value, long first, long last, Precision precision) {
    private static final Pattern DAY = Pattern.compile("(-?\\d{4})-(\\d{2})-(\\d{2})(?:T.*)?");
    private static final Pattern MONTH = Pattern.compile("(-?\\d{4})-(\\d{2})");
    private static final Pattern SEASON = Pattern.compile("(-?\\d{4})-(SP|SU|FA|AU|WI)");
    private static final Pattern QUARTER = Pattern.compile("(-?\\d{4})-Q([1-4])");
    private static final Pattern YEAR = Pattern.compile("-?\\d{4}");
    private static final Pattern DECADE = Pattern.compile("\\d{3}");
    private static final Pattern CENTURY = Pattern.compile("\\d{2}");

    public DateInterval {
        if (value == null || precision == null || last < first) {
            throw new IllegalArgumentException("bad date interval " + value + " [" + first + ", " + last + "]");
        }
    }

    /** The interval of a TIMEX3 date value or range ({@code A/B}); empty for durations, sets and unknown forms. */
    public static Optional<DateInterval> parse(String value) {
        String v = value.strip();
        int slash = v.indexOf('/');
        if (slash > 0) {
            Optional<DateInterval> from = parse(v.substring(0, slash));
            Optional<DateInterval> to = parse(v.substring(slash + 1));
            if (from.isEmpty() || to.isEmpty() || to.get().last < from.get().first) {
                return Optional.empty();
            }
            return Optional.of(new DateInterval(v, from.get().first, to.get().last, Precision.RANGE));
        }
        if (v.startsWith("BC")) {
            return parse("-" + v.substring(2)).map(d -> d.withValue(v));
        }
        try {
            return Optional.ofNullable(single(v));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    private static DateInterval single(String v) {
        Matcher m;
        if ((m = DAY.matcher(v)).matches()) {
            long d = LocalDate.of(year(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))).toEpochDay();
            return new DateInterval(v, d, d, Precision.DAY);
        }
        if ((m = MONTH.matcher(v)).matches()) {
            YearMonth ym = YearMonth.of(year(m.group(1)), Integer.parseInt(m.group(2)));
            return new DateInterval(v, ym.atDay(1).toEpochDay(), ym.atEndOfMonth().toEpochDay(), Precision.MONTH);
        }
        if ((m = SEASON.matcher(v)).matches()) {
            return season(v, year(m.group(1)), m.group(2));
        }
        if ((m = QUARTER.matcher(v)).matches()) {
            int q = Integer.parseInt(m.group(2));
            return months(v, year(m.group(1)), 3 * q - 2, 3 * q, Precision.SEASON);
        }
        if (YEAR.matcher(v).matches()) {
            return months(v, year(v), 1, 12, Precision.YEAR);
        }
        if (DECADE.matcher(v).matches()) {
            int y = Integer.parseInt(v) * 10;
            return span(v, y, y + 9, Precision.DECADE);
        }
        if (CENTURY.matcher(v).matches()) {
            int y = Integer.parseInt(v) * 100;
            return span(v, y, y + 99, Precision.CENTURY);
        }
        return null;
    }

    // Northern-hemisphere meteorological seasons, as TIMEX3 leaves the months unspecified.
    private static DateInterval season(String v, int year, String code) {
        return switch (code) {
            case "SP" -> months(v, year, 3, 5, Precision.SEASON);
            case "SU" -> months(v, year, 6, 8, Precision.SEASON);
            case "FA", "AU" -> months(v, year, 9, 11, Precision.SEASON);
            default -> new DateInterval(v, LocalDate.of(year, 12, 1).toEpochDay(),
                    YearMonth.of(year + 1, 2).atEndOfMonth().toEpochDay(), Precision.SEASON);
        };
    }

    private static DateInterval months(String v, int year, int from, int to, Precision p) {
        return new DateInterval(v, YearMonth.of(year, from).atDay(1).toEpochDay(),
                YearMonth.of(year, to).atEndOfMonth().toEpochDay(), p);
    }

    private static DateInterval span(String v, int fromYear, int toYear, Precision p) {
        return new DateInterval(v, LocalDate.of(fromYear, 1, 1).toEpochDay(), LocalDate.of(toYear, 12, 31).toEpochDay(), p);
    }

    private static int year(String s) {
        return Integer.parseInt(s);
    }

    private DateInterval withValue(String v) {
        return new DateInterval(v, first, last, precision);
    }

    public long days() {
        return last - first + 1;
    }

    public boolean contains(DateInterval o) {
        return first <= o.first && o.last <= last;
    }

    public boolean overlaps(DateInterval o) {
        return first <= o.last && o.first <= last;
    }

    /** Days between the two intervals; 0 when they overlap. */
    public long gapDays(DateInterval o) {
        return overlaps(o) ? 0 : Math.max(o.first - last, first - o.last);
    }

    /** This interval widened by {@code days} on each side (for approximate dates). */
    public DateInterval widen(long days) {
        return new DateInterval(value, first - days, last + days, precision);
    }

    /** For a range, the interval of its start value; otherwise itself. */
    public DateInterval startPart() {
        int slash = value.indexOf('/');
        return slash > 0 ? parse(value.substring(0, slash)).orElse(this) : this;
    }

    /** For a range, the interval of its end value; otherwise itself. */
    public DateInterval endPart() {
        int slash = value.indexOf('/');
        return slash > 0 ? parse(value.substring(slash + 1)).orElse(this) : this;
    }
}
