package org.parallax.extract.time;

import static org.parallax.extract.time.Meaning.NONE;

import java.time.LocalDate;
import org.parallax.model.Precision;

/** A resolved date of day, month or year precision: what anchors and anaphora count from. */
record Point(int year, int month, int day) {
    static Point of(LocalDate d) {
        return new Point(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }

    Precision precision() {
        return day != NONE ? Precision.DAY : month != NONE ? Precision.MONTH : Precision.YEAR;
    }

    LocalDate date() {
        return LocalDate.of(year, month == NONE ? 1 : month, day == NONE ? 1 : day);
    }

    /** Position on a month scale, days as fractions, for comparing how far two dates lie apart. */
    double position() {
        return year * 12.0 + (month == NONE ? 0 : month - 1) + (day == NONE ? 0 : (day - 1) / 31.0);
    }

    String value() {
        String y = Values.year(year);
        if (month == NONE) {
            return y;
        }
        return day == NONE ? y + "-" + Values.two(month) : y + "-" + Values.two(month) + "-" + Values.two(day);
    }
}
