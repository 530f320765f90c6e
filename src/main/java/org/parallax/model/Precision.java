package org.parallax.model;

import java.util.Locale;

/** How fine a date is. {@code RANGE} is an interval between two dates of their own precision. */
public enum Precision {
    DAY, MONTH, SEASON, YEAR, DECADE, CENTURY, RANGE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
