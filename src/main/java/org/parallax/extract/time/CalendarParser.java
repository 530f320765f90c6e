package org.parallax.extract.time;

import static org.parallax.extract.time.Meaning.NONE;

import java.util.List;
import java.util.Optional;
import org.parallax.extract.time.Meaning.Calendar;

/**
 * Recognises calendar expressions at a token position: days with month and year in the orders the six
 * languages use, months, seasons, years (also BCE), decades, centuries in Roman or Arabic numerals, and
 * ranges joined by a dash. Every rule looks ahead a bounded number of tokens.
 */
final class CalendarParser {
    private final List<Tok> t;
    private final TimeLexicon lex;
    private final String text;

    CalendarParser(TimeLexicon lex, List<Tok> toks, String text) {
        this.t = toks;
        this.lex = lex;
        this.text = text;
    }

    Optional<Parse> dateOrRange(int i) {
        Parse a = date(i);
        Parse range = dashRange(i, a);
        if (range != null) {
            return Optional.of(range);
        }
        return Optional.ofNullable(a);
    }

    /** The longest calendar date starting at token {@code i}, or null. */
    Parse date(int i) {
        if (i >= t.size()) {
            return null;
        }
        Parse best = null;
        best = longer(best, dayMonth(i));
        best = longer(best, monthDay(i));
        best = longer(best, monthYear(i));
        best = longer(best, seasonYear(i));
        best = longer(best, year(i));
        best = longer(best, decade(i));
        best = longer(best, century(i));
        best = longer(best, weekday(i));
        return best;
    }

    /** "5 May 1862", "le 5 mai", "5 de mayo de 1862", "5. Mai 1862", "Saturday, 5 June". */
    private Parse dayMonth(int i) {
        int[] weekday = leadingWeekday(i);
        int wd = weekday[0];
        int k = weekday[1];
        int[] day = day(k);
        if (day == null) {
            return null;
        }
        k = connector(day[1]);
        int[] month = month(k, true);
        if (month == null) {
            return null;
        }
        Calendar c = Calendar.empty().withDay(day[0]).withMonth(month[0]).withWeekday(wd);
        return withYear(i, month[1], c);
    }

    /** "May 5, 1862", "Saturday, June 5". */
    private Parse monthDay(int i) {
        int[] weekday = leadingWeekday(i);
        int wd = weekday[0];
        int k = weekday[1];
        int[] month = month(k, true);
        if (month == null || month[1] >= t.size()) {
            return null;
        }
        int[] day = day(month[1]);
        if (day == null || followedByUnitOrClock(day[1])) {
            return null;
        }
        Calendar c = Calendar.empty().withDay(day[0]).withMonth(month[0]).withWeekday(wd);
        return withYear(i, day[1], c);
    }

    /** A weekday before a date ("Saturday, 5 June"): {weekday or NONE, the token after it and its comma}. */
    private int[] leadingWeekday(int i) {
        Optional<PhraseTable.Hit> w = lex.section("weekdays").at(t, i);
        return w.isPresent() ? new int[] {intValue(w.get().value()), skip(w.get().end(), ",")} : new int[] {NONE, i};
    }

    /** "May 1862", "mayo de 1862", "octobre 98", or the month alone when it cannot be another word. */
    private Parse monthYear(int i) {
        int[] month = month(i, false);
        if (month == null) {
            int[] loose = month(i, true);
            if (loose == null) {
                return null;
            }
            Parse withYear = withYear(i, loose[1], Calendar.empty().withMonth(loose[0]));
            return withYear.meaning() instanceof Calendar c && c.hasYear() ? withYear : null;
        }
        return withYear(i, month[1], Calendar.empty().withMonth(month[0]));
    }

    private Parse seasonYear(int i) {
        Optional<PhraseTable.Hit> s = lex.section("seasons").at(t, i);
        if (s.isEmpty()) {
            return null;
        }
        String v = s.get().value();
        boolean ambiguous = v.endsWith("?");
        Calendar c = Calendar.empty().withSeason(ambiguous ? v.substring(0, v.length() - 1) : v);
        Parse p = withYear(i, s.get().end(), c);
        boolean dated = ((Calendar) p.meaning()).hasYear();
        // "the fall of Puebla", "l'été de la reprise": an ambiguous season word followed by "of" is a noun.
        boolean ofSomething = lex.section("connectors").at(t, s.get().end()).isPresent();
        if (ambiguous && !dated && (ofSomething || !endsBefore("season-context", i))) {
            return null;
        }
        return p;
    }

    /** An optional year after a day or month: "[,] [de|of] 1862" or a two-digit "98". */
    private Parse withYear(int from, int k, Calendar c) {
        int j = skip(k, ",");
        j = connector(j);
        int[] y = yearNumber(j);
        if (y != null) {
            return new Parse(from, y[1], c.withYear(y[0], false));
        }
        if (k < t.size() && t.get(k).isNumber() && t.get(k).raw().length() == 2 && !followedByUnitOrClock(k + 1)
                && c.month() != NONE && (k + 1 >= t.size() || !t.get(k + 1).isDash())) {
            return new Parse(from, k + 1, c.withYear(t.get(k).number(), true));
        }
        return new Parse(from, k, c);
    }

    private Parse year(int i) {
        int k = i;
        Optional<PhraseTable.Hit> words = lex.section("year-words").at(t, i);
        if (words.isPresent()) {
            k = words.get().end();
        }
        Tok tok = k < t.size() ? t.get(k) : null;
        if (tok == null || !tok.isNumber() || tok.raw().length() > 4) {
            return null;
        }
        Optional<PhraseTable.Hit> era = lex.section("eras").at(t, k + 1);
        if (era.isPresent() && tok.number() > 0) {
            return new Parse(i, era.get().end(), Calendar.empty().withYear(-tok.number(), false));
        }
        int[] y = yearNumber(k);
        if (y == null) {
            return null;
        }
        if (words.isEmpty() && !plausibleBareYear(k)) {
            return null;
        }
        return new Parse(i, y[1], Calendar.empty().withYear(y[0], false));
    }

    /** "the 1860s", "les années 60", "anni '60", "1860er Jahre". */
    private Parse decade(int i) {
        Optional<PhraseTable.Hit> pre = lex.section("decades").at(t, i);
        if (pre.isPresent()) {
            int k = skip(pre.get().end(), "'");
            if (k < t.size() && t.get(k).isNumber()) {
                int n = t.get(k).number();
                String raw = t.get(k).raw();
                if (raw.length() == 2 && n % 10 == 0) {
                    return new Parse(i, k + 1, Calendar.empty().withDecade(190 + n / 10));
                }
                if (raw.length() == 4 && n % 10 == 0) {
                    return new Parse(i, k + 1, Calendar.empty().withDecade(n / 10));
                }
            }
            return null;
        }
        int k = skip(i, "'");
        if (k >= t.size() || !t.get(k).isNumber() || t.get(k).number() % 10 != 0) {
            return null;
        }
        Tok num = t.get(k);
        Optional<PhraseTable.Hit> suffix = lex.section("decade-suffixes").at(t, k + 1);
        if (suffix.isEmpty() || t.get(k + 1).start() != num.end()) {
            return null;
        }
        int decade = num.raw().length() == 4 ? num.number() / 10 : num.raw().length() == 2 ? 190 + num.number() / 10 : NONE;
        return decade == NONE ? null : new Parse(i, suffix.get().end(), Calendar.empty().withDecade(decade));
    }

    /** "XVIe siècle", "XVI secolo", "siglo XVI", "16th century", "16. Jahrhundert", "sixteenth century". */
    private Parse century(int i) {
        Optional<PhraseTable.Hit> pre = lex.section("centuries").at(t, i);
        if (pre.isPresent() && pre.get().value().equals("before")) {
            int n = pre.get().end() < t.size() ? roman(t.get(pre.get().end())) : NONE;
            if (n != NONE && n <= 30) {
                return new Parse(i, pre.get().end() + 1, Calendar.empty().withCentury(n - 1));
            }
        }
        int n = NONE;
        int k = i;
        Tok tok = t.get(i);
        int r = roman(tok);
        if (r != NONE) {
            n = r;
            k = i + 1;
        } else if (tok.isNumber() && tok.raw().length() <= 2) {
            n = tok.number();
            k = i + 1;
            if (k < t.size() && t.get(k).start() == tok.end() && (t.get(k).is(".") || inSection("ordinal-suffixes", k))) {
                k++;
            }
        } else {
            Optional<PhraseTable.Hit> ord = lex.section("ordinals").at(t, i);
            if (ord.isPresent()) {
                n = intValue(ord.get().value());
                k = ord.get().end();
            }
        }
        Optional<PhraseTable.Hit> post = lex.section("centuries").at(t, k);
        if (n == NONE || n < 1 || n > 30 || post.isEmpty() || !post.get().value().equals("after")) {
            return null;
        }
        return new Parse(i, post.get().end(), Calendar.empty().withCentury(n - 1));
    }

    private Parse weekday(int i) {
        Optional<PhraseTable.Hit> w = lex.section("weekdays").at(t, i);
        return w.map(h -> new Parse(i, h.end(), Calendar.empty().withWeekday(intValue(h.value())))).orElse(null);
    }

    /**
     * "1861–1867", "1861-67", "5–8 May 1862", "January–March 1863"; two days of one month joined by "and" ("les 1er
     * et 2 septembre", "am 1. und 2. September", "il 1º e il 2 settembre") are the span of both.
     */
    private Parse dashRange(int i, Parse a) {
        if (a == null) {
            int[] d = day(i);
            int k = d == null ? -1 : secondDay(d[1]);
            Parse b = k < 0 ? null : date(k);
            if (b == null || !(b.meaning() instanceof Calendar cb) || !cb.isCalendarDay() || cb.day() <= d[0]) {
                return null;
            }
            return new Parse(i, b.to(), new Meaning.Range(cb.withDay(d[0]).withWeekday(NONE), cb));
        }
        int k = a.to();
        if (k + 1 >= t.size() || !t.get(k).isDash()) {
            return null;
        }
        Parse b = date(k + 1);
        if (!(a.meaning() instanceof Calendar ca)) {
            return null;
        }
        if (b == null && ca.hasYear() && ca.month() == NONE && t.get(k + 1).isNumber() && t.get(k + 1).raw().length() == 2) {
            int y = ca.year() / 100 * 100 + t.get(k + 1).number();
            return y > ca.year() ? new Parse(i, k + 2, new Meaning.Range(ca, Calendar.empty().withYear(y, false))) : null;
        }
        if (b == null || !(b.meaning() instanceof Calendar cb)) {
            return null;
        }
        return join(i, b.to(), ca, cb);
    }

    /** The words that join two days of one month into their span, in every language read, and the articles after them. */
    private static final java.util.Set<String> DAY_AND = java.util.Set.of("and", "et", "und", "e", "y");
    private static final java.util.Set<String> DAY_ARTICLE = java.util.Set.of("il", "le", "el", "o", "the", "am");

    /** Where the second day starts after a first day ending at {@code k}: past a dash, or "and" and an article. */
    private int secondDay(int k) {
        if (k + 1 >= t.size()) {
            return -1;
        }
        if (t.get(k).isDash()) {
            return k + 1;
        }
        if (!DAY_AND.contains(t.get(k).key())) {
            return -1;
        }
        return DAY_ARTICLE.contains(t.get(k + 1).key()) ? k + 2 : k + 1;
    }

    /** A day of the month: "5", "5th", "1er", "5." before a month, "premier". Returns {day, end} or null. */
    int[] day(int k) {
        if (k >= t.size()) {
            return null;
        }
        Tok tok = t.get(k);
        if (tok.isNumber() && tok.raw().length() <= 2 && tok.number() >= 1 && tok.number() <= 31) {
            int end = k + 1;
            if (end < t.size() && t.get(end).start() == tok.end() && (inSection("ordinal-suffixes", end) || t.get(end).is("."))) {
                end++;
            }
            return new int[] {tok.number(), end};
        }
        Optional<PhraseTable.Hit> ord = lex.section("ordinals").at(t, k);
        if (ord.isPresent()) {
            int v = intValue(ord.get().value());
            return v >= 1 && v <= 31 ? new int[] {v, ord.get().end()} : null;
        }
        return null;
    }

    /** A month name; one marked ambiguous ("May", "March") counts only when {@code sure} or after a date preposition. */
    int[] month(int k, boolean sure) {
        Optional<PhraseTable.Hit> m = lex.section("months").at(t, k);
        if (m.isEmpty()) {
            return null;
        }
        String v = m.get().value();
        int end = m.get().end();
        // "janv. 1862", "Sept. 5": the dot of an abbreviation, not the full stop ending a sentence.
        if (end + 1 < t.size() && t.get(end).is(".") && t.get(end).start() == t.get(end - 1).end() && t.get(k).raw().length() <= 4
                && (t.get(end + 1).isNumber() || Character.isLowerCase(t.get(end + 1).raw().charAt(0)))) {
            end++;
        }
        if (v.endsWith("?")) {
            boolean capital = Character.isUpperCase(t.get(k).raw().charAt(0));
            boolean context = endsBefore("month-context", k);
            if (!capital || !(sure || context)) {
                return null;
            }
            v = v.substring(0, v.length() - 1);
        }
        return new int[] {Integer.parseInt(v), end};
    }

    /** A four-digit year 1000–2199 (or a three-digit one after a year word handled by the caller). */
    private int[] yearNumber(int k) {
        if (k >= t.size()) {
            return null;
        }
        Tok tok = t.get(k);
        if (!tok.isNumber() || tok.raw().length() != 4) {
            return null;
        }
        int y = tok.number();
        if (y < 1000 || y > 2199) {
            return null;
        }
        if (k + 1 < t.size() && t.get(k + 1).start() == tok.end() && (t.get(k + 1).isNumber() || t.get(k + 1).is("%"))) {
            return null;
        }
        return new int[] {y, k + 1};
    }

    /** A bare four-digit number is a year unless it counts something ("1500 soldiers", "$1865", "1,862"). */
    private boolean plausibleBareYear(int k) {
        Tok tok = t.get(k);
        if (k > 0) {
            Tok prev = t.get(k - 1);
            if (prev.is("$") || prev.is("€") || prev.is("£") || prev.is("#") || prev.is("n") || prev.is("no")
                    || (prev.end() == tok.start() && (prev.is(",") || prev.is(".") || prev.isWord()))) {
                return false;
            }
        }
        if (k + 1 < t.size()) {
            Tok next = t.get(k + 1);
            if (next.start() == tok.end() && (next.isWord() || next.is(",") && k + 2 < t.size() && t.get(k + 2).isNumber()
                    && t.get(k + 2).start() == next.end())) {
                return false;
            }
            if (next.isWord() && lex.section("count-nouns").at(t, k + 1).isPresent()) {
                return false;
            }
        }
        return true;
    }

    private boolean followedByUnitOrClock(int k) {
        return k < t.size() && (inSection("units", k) || inSection("clock", k) || t.get(k).is(":")
                || (t.get(k).is(",") && k + 1 < t.size() && t.get(k + 1).isNumber() && t.get(k + 1).raw().length() == 3));
    }

    private int connector(int k) {
        Optional<PhraseTable.Hit> c = lex.section("connectors").at(t, k);
        return c.isPresent() ? c.get().end() : k;
    }

    private int skip(int k, String mark) {
        return k < t.size() && t.get(k).is(mark) ? k + 1 : k;
    }

    /** Whether a phrase of the section ends right before token {@code k} ("l'" before "été"). */
    boolean endsBefore(String section, int k) {
        for (int back = 1; back <= 3 && k - back >= 0; back++) {
            if (lex.section(section).allAt(t, k - back).stream().anyMatch(h -> h.end() == k)) {
                return true;
            }
        }
        return false;
    }

    boolean inSection(String section, int k) {
        return lex.section(section).at(t, k).isPresent();
    }

    /** The value of an upper-case Roman numeral, optionally with an ordinal ending ("XVIe", "XIXème"), or NONE. */
    private int roman(Tok tok) {
        if (!tok.isWord()) {
            return NONE;
        }
        String raw = tok.raw();
        int j = 0;
        while (j < raw.length() && "IVXLC".indexOf(raw.charAt(j)) >= 0) {
            j++;
        }
        if (j == 0 || j > 8) {
            return NONE;
        }
        String rest = Tokens.key(raw.substring(j));
        if (!rest.isEmpty() && lex.section("ordinal-suffixes").at(Tokens.of(rest), 0).isEmpty()) {
            return NONE;
        }
        int total = 0;
        int prev = 0;
        for (int p = j - 1; p >= 0; p--) {
            int v = switch (raw.charAt(p)) {
                case 'I' -> 1;
                case 'V' -> 5;
                case 'X' -> 10;
                case 'L' -> 50;
                default -> 100;
            };
            total += v < prev ? -v : v;
            prev = Math.max(prev, v);
        }
        return total;
    }

    /**
     * Two calendar dates as one interval when they can be read together; the first borrows the fields it
     * lacks from the second ("5–8 May 1862", "January–March 1863", "du 5 au 8 mai").
     */
    static Parse join(int from, int to, Calendar a, Calendar b) {
        if (a.century() != NONE || b.century() != NONE || a.decade() != NONE || b.decade() != NONE) {
            return a.century() != NONE && b.century() != NONE ? new Parse(from, to, new Meaning.Range(a, b)) : null;
        }
        if (!b.hasYear() && !a.hasYear() && b.month() == NONE) {
            return null;
        }
        Calendar first = a;
        if (!first.hasYear() && b.hasYear()) {
            first = first.withYear(b.year(), b.twoDigitYear());
        }
        if (first.day() != NONE && first.month() == NONE) {
            first = first.withMonth(b.month());
        }
        boolean sameShape = (first.day() == NONE) == (b.day() == NONE) && (first.month() == NONE) == (b.month() == NONE);
        if (!sameShape || a.weekday() != NONE && a.day() == NONE) {
            return null;
        }
        return new Parse(from, to, new Meaning.Range(first, b));
    }

    static int intValue(String v) {
        return Integer.parseInt(v.strip().split("\\s+")[0]);
    }

    static Parse longer(Parse a, Parse b) {
        if (b == null) {
            return a;
        }
        if (a == null || b.to() > a.to() || (b.to() == a.to() && b.from() < a.from())) {
            return b;
        }
        return a;
    }

    String text() {
        return text;
    }
}
