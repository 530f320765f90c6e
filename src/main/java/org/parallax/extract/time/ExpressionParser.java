package org.parallax.extract.time;

import static org.parallax.extract.time.Meaning.NONE;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parallax.extract.time.Meaning.Calendar;
import org.parallax.extract.time.Meaning.Clock;
import org.parallax.extract.time.Meaning.Fixed;
import org.parallax.extract.time.Meaning.Offset;
import org.parallax.model.TimexType;

/**
 * Finds the temporal expression that starts at a token, if any: modifiers and determiners around a core
 * expression (calendar date, range, duration, relative phrase, clock time, set), and the part of the day
 * or clock time that may follow a day. Longest match wins; every rule reads a bounded number of tokens.
 */
final class ExpressionParser {
    private final List<Tok> t;
    private final TimeLexicon lex;
    private final CalendarParser calendar;
    private final boolean narrative;

    ExpressionParser(TimeLexicon lex, List<Tok> toks, String text, boolean narrative) {
        this.t = toks;
        this.lex = lex;
        this.calendar = new CalendarParser(lex, toks, text);
        this.narrative = narrative;
    }

    Optional<Parse> at(int i) {
        Parse best = core(i);
        for (PhraseTable.Hit hit : lex.section("modifiers").allAt(t, i)) {
            String[] v = hit.value().split("\\s+");
            int k = hit.end();
            if (k + 1 < t.size() && t.get(k).isDash() && t.get(k + 1).isNumber()) {
                k++;
            }
            Parse inner = core(skipDeterminer(k));
            if (inner != null) {
                boolean outside = v.length > 1 && v[1].equals("outside");
                String mod = inner.mod().isEmpty() ? v[0] : inner.mod();
                best = CalendarParser.longer(best, (outside ? inner : inner.from(i)).withMod(mod));
            }
        }
        Optional<PhraseTable.Hit> det = lex.section("determiners").at(t, i);
        if (det.isPresent()) {
            Parse inner = core(det.get().end());
            if (inner != null && !(inner.meaning() instanceof Fixed f && f.type() == TimexType.DURATION)) {
                best = CalendarParser.longer(best, inner.from(i));
            }
        }
        if (best != null && best.from() == i && isAge(best)) {
            return Optional.empty();
        }
        return Optional.ofNullable(best);
    }

    /** "Jean Burget, 87 ans, …", "une fillette de 6 ans", "37 years old": an age, not a duration. */
    private boolean isAge(Parse p) {
        if (!(p.meaning() instanceof Fixed f) || f.type() != TimexType.DURATION || !f.value().matches("P\\d+Y")) {
            return false;
        }
        int i = p.from();
        return i > 0 && lex.section("age-before").at(t, i - 1).filter(h -> h.end() == i).isPresent()
                || lex.section("age-after").at(t, p.to()).isPresent();
    }

    private Parse core(int i) {
        if (i >= t.size()) {
            return null;
        }
        Parse best = null;
        best = CalendarParser.longer(best, expression(i));
        best = CalendarParser.longer(best, partBefore(i));
        best = CalendarParser.longer(best, shiftBefore(i));
        best = CalendarParser.longer(best, directionBefore(i));
        // TimeML annotates the two ends of an interval separately; a narrative timeline wants the interval.
        if (narrative) {
            best = CalendarParser.longer(best, interval(i));
        }
        Optional<Parse> date = narrative ? calendar.dateOrRange(i) : Optional.ofNullable(calendar.date(i));
        best = CalendarParser.longer(best, date.map(this::directionAfter).orElse(null));
        best = CalendarParser.longer(best, duration(i));
        best = CalendarParser.longer(best, unitDirection(i));
        best = CalendarParser.longer(best, set(i));
        Parse clock = clock(i);
        if (clock != null) {
            best = CalendarParser.longer(best, dayAfterClock(clock));
        }
        return best == null ? null : attachPart(best);
    }

    /** A phrase from the relative expressions list: "hier", "the next day", "that same year", "midi". */
    private Parse expression(int i) {
        return lex.section("expressions").at(t, i).map(h -> spec(i, h.end(), h.value())).orElse(null);
    }

    /** Reads a value such as {@code DATE unit=day shift=-1 ref part=EV} from the language data. */
    static Parse spec(int from, int to, String value) {
        String[] parts = value.split("\\s+");
        TimexType type = TimexType.valueOf(parts[0]);
        Map<String, String> kv = new HashMap<>();
        for (int p = 1; p < parts.length; p++) {
            int eq = parts[p].indexOf('=');
            kv.put(eq < 0 ? parts[p] : parts[p].substring(0, eq), eq < 0 ? "" : parts[p].substring(eq + 1));
        }
        Meaning m;
        if (kv.containsKey("value")) {
            m = new Fixed(type, kv.get("value"));
        } else if (kv.containsKey("clock")) {
            String[] hm = kv.get("clock").split(":");
            m = new Clock(Integer.parseInt(hm[0]), Integer.parseInt(hm[1]));
        } else {
            m = new Offset(kv.getOrDefault("unit", "day"), Integer.parseInt(kv.getOrDefault("shift", "0")), kv.containsKey("ref"));
        }
        Parse p = new Parse(from, to, m);
        return kv.containsKey("part") ? p.withPart(kv.get("part"), to) : p;
    }

    /** "il y a trois ans", "after seven months" (the latter only in narrative, where it moves the story on). */
    private Parse shiftBefore(int i) {
        Optional<PhraseTable.Hit> s = lex.section("shift-before").at(t, i);
        if (s.isEmpty()) {
            return null;
        }
        String[] v = s.get().value().split("\\s+");
        if (s.get().value().contains("narrative") && !narrative) {
            return null;
        }
        Num n = number(s.get().end());
        int k = n == null ? s.get().end() : n.end;
        Optional<PhraseTable.Hit> unit = lex.section("units").at(t, k);
        if (unit.isEmpty() || n == null) {
            return null;
        }
        int sign = v[0].equals("-") ? -1 : 1;
        Parse p = new Parse(i, unit.get().end(), offset(unit.get().value(), n, sign, s.get().value().contains("ref")));
        return n.value == NONE ? p.withMod("APPROX") : p;
    }

    /** "last year", "the previous November", "cette année", "next Friday". */
    private Parse directionBefore(int i) {
        Optional<PhraseTable.Hit> d = lex.section("directions-before").at(t, i);
        if (d.isEmpty()) {
            return null;
        }
        String[] v = d.get().value().split("\\s+");
        int dir = Integer.parseInt(v[0]);
        boolean ref = v.length > 1 && v[1].equals("ref");
        int k = d.get().end();
        Optional<PhraseTable.Hit> unit = lex.section("units").at(t, k);
        if (unit.isPresent()) {
            String u = unitName(unit.get().value());
            return u.isEmpty() ? null : new Parse(i, unit.get().end(), new Offset(u, dir, ref));
        }
        Parse date = calendar.date(k);
        if (date != null && date.meaning() instanceof Calendar c && !c.hasYear() && c.century() == NONE && c.decade() == NONE) {
            return new Parse(i, date.to(), c.withDirection(dir, ref));
        }
        return null;
    }

    /** "juin prochain", "vendredi dernier", "le 6 mai dernier". */
    private Parse directionAfter(Parse p) {
        if (!(p.meaning() instanceof Calendar c) || c.hasYear() || c.century() != NONE || c.decade() != NONE) {
            return p;
        }
        Optional<PhraseTable.Hit> d = lex.section("directions-after").at(t, p.to());
        return d.map(h -> new Parse(p.from(), h.end(), c.withDirection(Integer.parseInt(h.value().split("\\s+")[0]), false)))
                .orElse(p);
    }

    /** "l'an dernier", "la semaine prochaine": a unit followed by a direction word (the determiner is added outside). */
    private Parse unitDirection(int i) {
        Optional<PhraseTable.Hit> unit = lex.section("units").at(t, i);
        if (unit.isEmpty()) {
            return null;
        }
        Optional<PhraseTable.Hit> d = lex.section("directions-after").at(t, unit.get().end());
        String u = unitName(unit.get().value());
        if (d.isEmpty() || u.isEmpty()) {
            return null;
        }
        return new Parse(i, d.get().end(), new Offset(u, Integer.parseInt(d.get().value().split("\\s+")[0]), false));
    }

    /** "from November 1866 to November 1867", "tra il 1865 e il 1868", "du 5 au 8 mai 1862". */
    private Parse interval(int i) {
        for (PhraseTable.Hit opener : lex.section("intervals").allAt(t, i)) {
            int k = skipDeterminer(opener.end());
            Parse a = calendar.date(k);
            int[] day = a == null ? calendar.day(k) : null;
            int aEnd = a != null ? a.to() : day != null ? day[1] : -1;
            if (aEnd < 0) {
                continue;
            }
            for (String closer : opener.value().split("\\|")) {
                List<String> keys = Tokens.of(closer).stream().map(Tok::key).toList();
                if (!startsWith(aEnd, keys)) {
                    continue;
                }
                int bStart = skipDeterminer(aEnd + keys.size());
                Parse b = calendar.date(bStart);
                if (b == null || !(b.meaning() instanceof Calendar cb)) {
                    continue;
                }
                Calendar ca = a != null && a.meaning() instanceof Calendar c ? c
                        : a == null ? Calendar.empty().withDay(day[0]) : null;
                Parse joined = ca == null ? null : CalendarParser.join(k, b.to(), ca, cb);
                if (joined != null) {
                    return joined;
                }
            }
        }
        return null;
    }

    /** "deux ans", "30,4 secondes", "a few days", with "later"/"ago" after it making it a date. */
    private Parse duration(int i) {
        Num n = number(i);
        if (n == null) {
            return null;
        }
        Optional<PhraseTable.Hit> unit = lex.section("units").at(t, n.end);
        if (unit.isEmpty()) {
            return null;
        }
        int end = unit.get().end();
        Optional<PhraseTable.Hit> shift = lex.section("shift-after").at(t, end)
                .filter(h -> narrative || !h.value().contains("ref"));
        if (shift.isPresent()) {
            int sign = shift.get().value().startsWith("-") ? -1 : 1;
            Parse p = new Parse(i, shift.get().end(), offset(unit.get().value(), n, sign, shift.get().value().contains("ref")));
            return n.value == NONE ? p.withMod("APPROX") : p;
        }
        return new Parse(i, end, new Fixed(TimexType.DURATION, durationValue(unit.get().value(), n)));
    }

    private Parse set(int i) {
        Optional<PhraseTable.Hit> fixed = lex.section("set-words").at(t, i);
        Parse best = fixed.map(h -> new Parse(i, h.end(), new Fixed(TimexType.SET, h.value()))).orElse(null);
        Optional<PhraseTable.Hit> q = lex.section("quantifiers").at(t, i);
        if (q.isPresent()) {
            int k = q.get().end();
            Optional<PhraseTable.Hit> unit = lex.section("units").at(t, k);
            Optional<PhraseTable.Hit> wd = lex.section("weekdays").at(t, k);
            if (unit.isPresent()) {
                Num one = new Num("1", 1, k);
                best = CalendarParser.longer(best, new Parse(i, unit.get().end(), new Fixed(TimexType.SET, durationValue(unit.get().value(), one))));
            } else if (wd.isPresent()) {
                best = CalendarParser.longer(best, new Parse(i, wd.get().end(), new Fixed(TimexType.SET, "XXXX-WXX-" + CalendarParser.intValue(wd.get().value()))));
            }
        }
        return best;
    }

    /** "14 h", "14 h 30", "21h45", "14:30", "3 p.m.", "15 Uhr". */
    private Parse clock(int i) {
        Tok tok = t.get(i);
        if (!tok.isNumber() || tok.raw().length() > 2 || tok.number() > 24) {
            return null;
        }
        int hour = tok.number();
        int k = i + 1;
        Optional<PhraseTable.Hit> mark = lex.section("clock").at(t, k);
        int minute = 0;
        if (mark.isPresent()) {
            k = mark.get().end();
            if (k < t.size() && t.get(k).isNumber() && t.get(k).raw().length() == 2 && t.get(k).number() < 60) {
                minute = t.get(k).number();
                k++;
            }
        } else if (k + 1 < t.size() && t.get(k).is(":") && t.get(k + 1).isNumber() && t.get(k + 1).raw().length() == 2
                && t.get(k).start() == tok.end() && t.get(k + 1).start() == t.get(k).end() && t.get(k + 1).number() < 60) {
            minute = t.get(k + 1).number();
            k += 2;
        } else if (lex.section("meridiem").at(t, k).isEmpty()) {
            return null;
        }
        Optional<PhraseTable.Hit> ampm = lex.section("meridiem").at(t, k);
        if (ampm.isPresent()) {
            if (hour > 12) {
                return null;
            }
            hour = ampm.get().value().equals("pm") && hour < 12 ? hour + 12 : ampm.get().value().equals("am") && hour == 12 ? 0 : hour;
            k = ampm.get().end();
        }
        return new Parse(i, k, new Clock(hour, minute));
    }

    /**
     * The part of the day after a day: "hier soir", "mardi soir", "le lendemain matin". A clock time after a
     * day stays a separate expression ("samedi 5 juin à 17 h"), as TimeML annotates it.
     */
    private Parse attachPart(Parse p) {
        if (!isDay(p) || !p.part().isEmpty()) {
            return p;
        }
        Optional<PhraseTable.Hit> part = lex.section("dayparts").at(t, p.to());
        return part.map(h -> p.withPart(h.value(), h.end())).orElse(p);
    }

    /**
     * A part of the day before the day it falls on: "la nuit du 4 juillet", "the night of 4 July", "la notte del 4
     * luglio". A night told as two days ("la nuit du 4 au 5 juillet") is the night of the first.
     */
    private Parse partBefore(int i) {
        Optional<PhraseTable.Hit> part = lex.section("dayparts").at(t, i);
        if (part.isEmpty()) {
            return null;
        }
        int k = part.get().end();
        Parse day = narrative ? interval(k) : null;
        if (day == null) {
            day = lex.section("part-of").at(t, k).map(of -> calendar.date(of.end())).orElse(null);
        }
        if (day != null && day.meaning() instanceof Meaning.Range r) {
            day = new Parse(day.from(), day.to(), r.from());
        }
        if (day == null || !isDay(day) || !day.part().isEmpty()) {
            return null;
        }
        return day.withPart(part.get().value(), day.to()).from(i);
    }

    /** "4 h mardi", "vers 15 h 30, hier": a clock time followed by the day it falls on is one expression. */
    private Parse dayAfterClock(Parse clock) {
        int k = clock.to() < t.size() && t.get(clock.to()).is(",") ? clock.to() + 1 : clock.to();
        Parse day = k < t.size() ? CalendarParser.longer(expression(k), calendar.date(k)) : null;
        if (day == null || !isDay(day) || !day.part().isEmpty()) {
            return clock;
        }
        return day.withClock((Clock) clock.meaning(), clock.from(), day.to());
    }

    private static boolean isDay(Parse p) {
        return switch (p.meaning()) {
            case Calendar c -> !c.hasYear() || c.isCalendarDay() ? c.isCalendarDay() || c.weekday() != NONE : false;
            case Offset o -> o.unit().equals("day");
            default -> false;
        };
    }

    record Num(String text, int value, int end) {
    }

    /** A number in digits ("18", "30,4") or words ("dix-huit", "twenty-one", "a few" → X). */
    Num number(int k) {
        if (k >= t.size()) {
            return null;
        }
        Tok tok = t.get(k);
        if (tok.isNumber()) {
            if (tok.raw().length() > 6) {
                return null;
            }
            if (k + 2 < t.size() && (t.get(k + 1).is(",") || t.get(k + 1).is(".")) && t.get(k + 2).isNumber()
                    && t.get(k + 1).start() == tok.end() && t.get(k + 2).start() == t.get(k + 1).end() && t.get(k + 2).raw().length() <= 2) {
                return new Num(tok.raw() + "." + t.get(k + 2).raw(), NONE, k + 3);
            }
            return new Num(tok.raw(), tok.number(), k + 1);
        }
        int total = 0;
        int current = 0;
        int end = k;
        boolean any = false;
        // Number words are read at most eight at a time so that a run of them stays linear.
        while (end < t.size() && end - k < 8) {
            Optional<PhraseTable.Hit> w = lex.section("numbers").at(t, end);
            if (w.isEmpty()) {
                break;
            }
            if (w.get().value().equals("X")) {
                return any ? null : new Num("X", NONE, w.get().end());
            }
            int v = Integer.parseInt(w.get().value());
            if (v == 100 || v == 1000) {
                current = (current == 0 ? 1 : current) * v;
                if (v == 1000) {
                    total += current;
                    current = 0;
                }
            } else {
                current += v;
            }
            any = true;
            end = w.get().end();
            int link = end < t.size() && (t.get(end).isDash() || lex.section("number-links").at(t, end).isPresent()) ? end + 1 : end;
            if (link != end && lex.section("numbers").at(t, link).filter(h -> !h.value().equals("X")).isPresent()) {
                end = link;
            } else if (link != end) {
                break;
            }
        }
        if (!any) {
            return null;
        }
        int value = total + current;
        return new Num(Integer.toString(value), value, end);
    }

    static String durationValue(String unitCode, Num n) {
        int mult = 1;
        int p = 0;
        while (p < unitCode.length() && Character.isDigit(unitCode.charAt(p))) {
            p++;
        }
        if (p > 0) {
            mult = Integer.parseInt(unitCode.substring(0, p));
        }
        String code = unitCode.substring(p);
        String amount = n.text.equals("X") ? "X" : n.value == NONE ? n.text : Integer.toString(n.value * mult);
        return switch (code) {
            case "H" -> "PT" + amount + "H";
            case "MIN" -> "PT" + amount + "M";
            case "S" -> "PT" + amount + "S";
            default -> "P" + amount + code;
        };
    }

    private static Offset offset(String unitCode, Num n, int sign, boolean anaphoric) {
        String unit = unitName(unitCode);
        int mult = unitCode.matches("\\d+.*") ? Integer.parseInt(unitCode.replaceAll("\\D.*", "")) : 1;
        // A vague amount ("a few days later") is taken as three units; the caller marks it APPROX.
        int amount = n.value == NONE ? sign * 3 : sign * n.value * mult;
        if (unit.equals("week")) {
            // "il y a une semaine", "three weeks later" name a day, not a calendar week.
            return new Offset("day", amount * 7, anaphoric);
        }
        return new Offset(unit.isEmpty() ? "day" : unit, amount, anaphoric);
    }

    static String unitName(String unitCode) {
        String code = unitCode.replaceAll("^\\d+", "");
        return switch (code) {
            case "Y" -> "year";
            case "M" -> "month";
            case "W" -> "week";
            case "D" -> "day";
            default -> "";
        };
    }

    private int skipDeterminer(int k) {
        return lex.section("determiners").at(t, k).map(PhraseTable.Hit::end).orElse(k);
    }

    private boolean startsWith(int k, List<String> keys) {
        if (keys.isEmpty() || k + keys.size() > t.size()) {
            return !keys.isEmpty() && false;
        }
        for (int j = 0; j < keys.size(); j++) {
            if (!t.get(k + j).key().equals(keys.get(j))) {
                return false;
            }
        }
        return true;
    }
}
