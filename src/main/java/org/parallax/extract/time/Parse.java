package org.parallax.extract.time;

/**
 * A recognised expression over tokens {@code [from, to)}: its meaning, a TIMEX3 modifier ("" if none),
 * a part of the day ("EV" for "soir", "" if none) and a clock time joined to a date ("hier à 10 h").
 */
record Parse(int from, int to, Meaning meaning, String mod, String part, Meaning.Clock clock) {
    static final Meaning.Clock NO_CLOCK = new Meaning.Clock(Meaning.NONE, Meaning.NONE);

    Parse(int from, int to, Meaning meaning) {
        this(from, to, meaning, "", "", NO_CLOCK);
    }

    Parse from(int newFrom) {
        return new Parse(newFrom, to, meaning, mod, part, clock);
    }

    Parse to(int newTo) {
        return new Parse(from, newTo, meaning, mod, part, clock);
    }

    Parse withMod(String m) {
        return new Parse(from, to, meaning, m, part, clock);
    }

    Parse withPart(String p, int newTo) {
        return new Parse(from, newTo, meaning, mod, p, clock);
    }

    Parse withClock(Meaning.Clock c, int newFrom, int newTo) {
        return new Parse(newFrom, newTo, meaning, mod, part, c);
    }

    boolean hasClock() {
        return clock.hour() != Meaning.NONE;
    }
}
