package org.parallax.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.model.Document;
import org.parallax.model.Precision;
import org.parallax.model.Span;

/**
 * The event stage's own finder of calendar dates: day-month-year, month-year, season-year, bare years,
 * year ranges, year-less days and months whose year comes from the narrative (the last year the text
 * stated), and dates relative to the previous one ("the next day", "a year later"). Used when the
 * temporal stage is not available; the words are data ({@code lang/<code>/event-calendar.txt}).
 */
final class CalendarDates implements DateSource {
    private record Candidate(int start, int end, int priority, MatchResult m, Kind kind) {
    }

    private enum Kind { DAY_MONTH_YEAR, MONTH_DAY_YEAR, MONTH_YEAR, SEASON_YEAR, MOD_YEAR, RANGE, DAY_MONTH,
        MONTH_DAY, PREP_MONTH, YEAR_END, NEXT, YEAR }

    private final CalendarWords words;
    private final List<Pattern> patterns = new ArrayList<>();

    CalendarDates(CalendarWords words) {
        this.words = words;
        String m = "(" + words.monthRegex() + ")";
        String s = "(" + words.seasonRegex() + ")";
        String link = "(?:\\s+(?:de|del|di|of|d'|de\\s+l'))?\\s*";
        String day = "(\\d{1,2})(?:er|º|°|\\.)?";
        patterns.add(Pattern.compile("\\b" + day + "\\s+(?:de\\s+|di\\s+)?" + m + link + "(\\d{4})\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        patterns.add(Pattern.compile("\\b" + m + "\\s+(\\d{1,2}),?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        patterns.add(Pattern.compile("\\b" + m + link + "(\\d{4})\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        patterns.add(Pattern.compile("\\b" + s + link + "(\\d{4})\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        patterns.add(Pattern.compile("\\b(" + words.modRegex() + ")" + link + "(\\d{4})\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        patterns.add(Pattern.compile("(?<![\\d,.])(\\d{4})\\s*[–-]\\s*(\\d{4})(?!\\d|[,.]\\d)"));
        patterns.add(Pattern.compile("\\b" + day + "\\s+(?:de\\s+|di\\s+)?" + m + "\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        patterns.add(Pattern.compile(words.monthDayOrder() ? "\\b" + m + "\\s+(\\d{1,2})\\b" : "(?!x)x"));
        patterns.add(Pattern.compile("\\b(?:" + words.prepRegex() + ")\\s+" + m + "\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        patterns.add(Pattern.compile("\\b(" + words.yearEndRegex() + ")\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        patterns.add(Pattern.compile("\\b(" + words.nextRegex() + ")\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        patterns.add(Pattern.compile("(?<![\\d,.])(1\\d{3}|20\\d{2})(?!\\d|[,.]\\d)"));
    }

    @Override
    public List<DatedExpression> dates(Document document) {
        String text = document.text();
        List<Candidate> all = new ArrayList<>();
        for (Span para : document.paragraphs()) {
            for (int p = 0; p < patterns.size(); p++) {
                Matcher m = patterns.get(p).matcher(text).region(para.start(), para.end());
                while (m.find()) {
                    all.add(new Candidate(m.start(), m.end(), p, m.toMatchResult(), Kind.values()[p]));
                }
            }
        }
        // Longest first, then the more specific pattern; overlapping shorter candidates drop out.
        all.sort(Comparator.comparingInt((Candidate c) -> c.end() - c.start()).reversed().thenComparingInt(Candidate::priority));
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : all) {
            if (kept.stream().noneMatch(k -> k.start() < c.end() && c.start() < k.end())) {
                kept.add(c);
            }
        }
        kept.sort(Comparator.comparingInt(Candidate::start));
        return normalize(kept, document);
    }

    private List<DatedExpression> normalize(List<Candidate> kept, Document document) {
        String text = document.text();
        List<DatedExpression> out = new ArrayList<>();
        Integer year = null;
        boolean fineYearInSection = false;
        Object section = null;
        DatedExpression previous = null;
        for (Candidate c : kept) {
            Object here = document.sectionAt(c.start()).orElse(null);
            if (here != section) {
                section = here;
                fineYearInSection = false;
            }
            MatchResult m = c.m();
            Span span = new Span(c.start(), c.end());
            String t = text.substring(c.start(), c.end());
            DatedExpression d = switch (c.kind()) {
                case DAY_MONTH_YEAR -> day(span, t, m.group(3), words.month(m.group(2)), m.group(1), false);
                case MONTH_DAY_YEAR -> day(span, t, m.group(3), words.month(m.group(1)), m.group(2), false);
                case MONTH_YEAR -> plain(span, t, m.group(2) + "-" + words.month(m.group(1)), Precision.MONTH, false, null);
                case SEASON_YEAR -> plain(span, t, m.group(2) + "-" + words.season(m.group(1)), Precision.SEASON, false, null);
                case MOD_YEAR -> plain(span, t, m.group(2), Precision.YEAR, false, words.mod(m.group(1)));
                case RANGE -> plain(span, t, m.group(1) + "/" + m.group(2), Precision.RANGE, false, null);
                case YEAR -> plain(span, t, m.group(1), Precision.YEAR, false, null);
                case DAY_MONTH -> year == null ? null : day(span, t, year.toString(), words.month(m.group(2)), m.group(1), true);
                case MONTH_DAY -> year == null ? null : day(span, t, year.toString(), words.month(m.group(1)), m.group(2), true);
                case PREP_MONTH -> year == null ? null
                        : plain(span, t, year + "-" + words.month(m.group(1)), Precision.MONTH, true, null);
                case YEAR_END -> year == null ? null : plain(span, t, year.toString(), Precision.YEAR, true, "END");
                case NEXT -> previous == null ? null : shifted(span, t, previous, words.next(m.group(1)));
            };
            if (d == null) {
                continue;
            }
            // A bare year ("before departing in 1864") does not move a narrative that dates its days and
            // months: within a section, the last explicit day or month sets the year of year-less dates.
            boolean fine = d.precision() == Precision.DAY || d.precision() == Precision.MONTH || d.precision() == Precision.SEASON;
            if (!d.inferredYear() && !d.relative() && d.precision() != Precision.RANGE && (fine || !fineYearInSection)) {
                year = Integer.parseInt(d.value().substring(0, 4));
                fineYearInSection |= fine;
            }
            out.add(d);
            previous = d;
        }
        return out;
    }

    private static DatedExpression day(Span span, String t, String year, String month, String day, boolean inferred) {
        int d = Integer.parseInt(day);
        if (d < 1 || d > 31) {
            return null;
        }
        return plain(span, t, year + "-" + month + "-" + String.format(Locale.ROOT, "%02d", d), Precision.DAY, inferred, null);
    }

    private static DatedExpression plain(Span span, String t, String value, Precision p, boolean inferred, String mod) {
        return new DatedExpression(span, t, value, p, inferred, Optional.ofNullable(mod), false);
    }

    /** "the next day" after 16 April is 17 April; "a year later" after March 1864 is 1865. */
    private static DatedExpression shifted(Span span, String t, DatedExpression from, String shift) {
        String v = from.value();
        String value = v;
        Precision p = from.precision();
        if (shift.equals("+1D") && from.precision() == Precision.DAY) {
            value = LocalDate.parse(v).plusDays(1).toString();
        } else if (shift.equals("+1Y") && v.length() >= 4 && Character.isDigit(v.charAt(3))) {
            value = Integer.toString(Integer.parseInt(v.substring(0, 4)) + 1);
            p = Precision.YEAR;
        } else if (!shift.equals("0")) {
            return null;
        }
        return new DatedExpression(span, t, value, p, true, Optional.empty(), true);
    }
}
