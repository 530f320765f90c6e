package org.parallax.extract.time;

import org.parallax.model.TimexType;

/** What a recognised expression says, before it is anchored to a document date. */
sealed interface Meaning {
    int NONE = Integer.MIN_VALUE;

    /**
     * A calendar date, possibly partial: any field may be {@link #NONE}. {@code decade} is e.g. 186 and
     * {@code century} e.g. 15 (TIMEX3 values). {@code direction} is -1/0/+1 for "last"/"this"/"next" and
     * {@link #NONE} otherwise; {@code anaphoric} says it counts from the previous date rather than now.
     */
    record Calendar(int year, int month, int day, String season, int decade, int century, int weekday,
                    boolean twoDigitYear, int direction, boolean anaphoric) implements Meaning {
        static Calendar empty() {
            return new Calendar(NONE, NONE, NONE, "", NONE, NONE, NONE, false, NONE, false);
        }

        Calendar withYear(int y, boolean twoDigits) {
            return new Calendar(y, month, day, season, decade, century, weekday, twoDigits, direction, anaphoric);
        }

        Calendar withMonth(int m) {
            return new Calendar(year, m, day, season, decade, century, weekday, twoDigitYear, direction, anaphoric);
        }

        Calendar withDay(int d) {
            return new Calendar(year, month, d, season, decade, century, weekday, twoDigitYear, direction, anaphoric);
        }

        Calendar withSeason(String s) {
            return new Calendar(year, month, day, s, decade, century, weekday, twoDigitYear, direction, anaphoric);
        }

        Calendar withDecade(int d) {
            return new Calendar(year, month, day, season, d, century, weekday, twoDigitYear, direction, anaphoric);
        }

        Calendar withCentury(int c) {
            return new Calendar(year, month, day, season, decade, c, weekday, twoDigitYear, direction, anaphoric);
        }

        Calendar withWeekday(int w) {
            return new Calendar(year, month, day, season, decade, century, w, twoDigitYear, direction, anaphoric);
        }

        Calendar withDirection(int d, boolean ana) {
            return new Calendar(year, month, day, season, decade, century, weekday, twoDigitYear, d, ana);
        }

        boolean hasYear() {
            return year != NONE;
        }

        boolean isCalendarDay() {
            return month != NONE && day != NONE;
        }
    }

    /** A shift by {@code amount} units ({@link #NONE} when vague: "a few days later") from now or from the previous date. */
    record Offset(String unit, int amount, boolean anaphoric) implements Meaning {
    }

    /** A value that needs no anchor: durations, sets, PRESENT_REF. */
    record Fixed(TimexType type, String value) implements Meaning {
    }

    /** Two dates read as one interval ("1861–1867", "de 1858 à 1872"). */
    record Range(Calendar from, Calendar to) implements Meaning {
    }

    /** A clock time ("14 h 30", "3 p.m.") or a part of the day on an unnamed day ("midi"). */
    record Clock(int hour, int minute) implements Meaning {
    }
}
