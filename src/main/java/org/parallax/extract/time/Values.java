package org.parallax.extract.time;

import java.util.regex.Pattern;

/** TIMEX3 value spelling, and the check that a string is a TIMEX3 value. */
final class Values {
    private static final String DATE = "(BC)?\\d{2,4}X{0,2}(-(\\d{2}|X{2})(-(\\d{2}|XX))?|-(SP|SU|FA|WI)|-W(\\d{2}|XX)(-(\\d|WE))?)?";
    private static final String TIME = "T(\\d{2}:\\d{2}|MO|AF|EV|NI|DT)";
    private static final Pattern VALUE = Pattern.compile(
            "(" + DATE + "|XXXX-XX-XX|XXXX-\\d{2}(-\\d{2})?|XXXX-(SP|SU|FA|WI)|XXXX-WXX-\\d)(" + TIME + ")?"
            + "|" + TIME
            + "|P(\\d+(\\.\\d+)?|X)(Y|M|W|D|DE|CE)|PT(\\d+(\\.\\d+)?|X)(H|M|S)"
            + "|PRESENT_REF|PAST_REF|FUTURE_REF"
            + "|(" + DATE + ")/(" + DATE + ")");

    private Values() {
    }

    static boolean isTimex3(String value) {
        return VALUE.matcher(value).matches();
    }

    static String year(int y) {
        return y < 0 ? "BC" + String.format("%04d", -y) : String.format("%04d", y);
    }

    static String two(int n) {
        return String.format("%02d", n);
    }
}
