package org.parallax.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parallax.model.Figure;
import org.parallax.model.Span;
import org.parallax.resolve.Words.Word;

/**
 * Reads quantities: digits in the language's grouping style ("38,493", "38 493", "38.493"), number
 * words, scale words ("$30 million", "2,5 millions"), currency signs, ranges ("16,200–24,000",
 * "between 5,000 and 6,000", "entre 5 000 et 6 000"), approximations ("about", "environ", "circa",
 * "etwa") and the counted thing after the number, normalized by the language's unit list. Years,
 * days of months and lone numbers written as words without a unit are not figures.
 */
final class FigureReader {
    /** A number read from words {@code [from, to)}, with its currency if a sign preceded it. */
    private record Quantity(int from, int to, double value, boolean words, String currency) {
    }

    private final Lexicon lex;

    FigureReader(Lexicon lex) {
        this.lex = lex;
    }

    List<Figure> read(String text, List<Word> words) {
        List<Figure> out = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            Optional<Quantity> q = quantity(text, words, i);
            if (q.isEmpty()) {
                i++;
                continue;
            }
            Quantity first = q.get();
            Quantity last = first;
            Optional<Double> upper = Optional.empty();
            int join = first.to();
            boolean opener = opener(words, first.from()) != null;
            if (join < words.size()) {
                String joining = words.get(join).folded();
                String raw = words.get(join).text();
                boolean dash = raw.equals("-") || raw.equals("\u2013") || raw.equals("\u2014");
                if (dash || joins(words, first.from(), joining)) {
                    // "tra i 3.000 e i 5.000": an article may stand before the second number as before the first.
                    int next = !dash && join + 1 < words.size() && lex.rangeArticles.contains(words.get(join + 1).folded())
                            ? join + 2 : join + 1;
                    Optional<Quantity> second = quantity(text, words, next);
                    if (second.isPresent() && second.get().value() > first.value()) {
                        last = second.get();
                        upper = Optional.of(scaleLike(first, last));
                    }
                }
            }
            // "de" opens a range only when one follows ("de 3 000 à 4 000"); in "plus de 3 000" it ends the approximator.
            Figure f = figure(text, words, first, last, upper, opener && upper.isPresent() ? openerAt(words, first.from()) : -1);
            if (f != null) {
                out.add(f);
            }
            i = last.to();
        }
        return out;
    }

    /** "16 to 18 million": the lower bound takes the scale of the upper. */
    private static double scaleLike(Quantity first, Quantity last) {
        return last.value();
    }

    private static final java.util.Set<String> MEN = java.util.Set.of("men", "soldiers", "troops");
    private static final java.util.Set<String> FATES = java.util.Set.of("prisoners", "captured", "killed", "dead", "wounded", "casualties");

    /** The figure from its quantities; {@code openerAt} is the index of the word that opens its range, or -1. */
    private Figure figure(String text, List<Word> words, Quantity first, Quantity last, Optional<Double> upper, int openerAt) {
        int unitAt = last.to();
        String unit = null;
        int unitEnd = last.to();
        boolean yearLike = upper.isEmpty() && yearDigits(text, words, first);
        for (int k = last.to(); k < Math.min(words.size(), last.to() + 4); k++) {
            Word w = words.get(k);
            if (!w.isWord() || yearLike && k > unitAt) {
                break; // "in 1683 the allied forces": a year, unless its unit follows at once ("1683 men")
            }
            if (first.words() && k > unitAt + 1) {
                break; // "trois marines débarquent leurs troupes": a number in words counts the noun by it
            }
            String u = lex.units.get(w.folded());
            if (u != null) {
                unit = u;
                unitEnd = k + 1;
                // "3,000 men taken prisoner", "3.500 hombres entre muertos y heridos": men are counted by what befell them.
                for (int j = k + 1; MEN.contains(u) && j < Math.min(words.size(), k + 4) && words.get(j).isWord(); j++) {
                    String befell = lex.units.get(words.get(j).folded());
                    if (befell != null && FATES.contains(befell)) {
                        unit = befell;
                        unitEnd = j + 1;
                        break;
                    }
                }
                break;
            }
            boolean nounFollows = k + 1 < words.size() && words.get(k + 1).isWord() && !words.get(k + 1).capitalized()
                    && !lex.functionWords.contains(words.get(k + 1).folded());
            if (k == unitAt && lex.demonyms.containsKey(w.folded()) && !nounFollows) {
                unit = "troops"; // "2,000 French": a nation's soldiers; "35 Mexican citizens" are not
                unitEnd = k + 1;
                break;
            }
        }
        if (unit == null && !first.currency().isEmpty()) {
            unit = first.currency();
        }
        if (unit == null) {
            if (first.words() || calendar(text, words, first, last)) {
                return null;
            }
            unit = "other";
            unitEnd = last.to() < words.size() && words.get(last.to()).isWord() ? last.to() + 1 : last.to();
        }
        int approxFrom = approximator(words, openerAt >= 0 ? openerAt : first.from());
        int from = approxFrom >= 0 ? approxFrom : first.from();
        Span span = new Span(words.get(from).start(), words.get(unitEnd - 1).end());
        double value = upper.isPresent() && first.value() < 1000 && last.value() >= 1000 && scaleOf(last) > 1
                ? first.value() * scaleOf(last) : first.value();
        return new Figure(span, span.of(text), value, upper, approxFrom >= 0, unit);
    }

    private static double scaleOf(Quantity q) {
        return q.value() >= 1e9 ? 1e9 : q.value() >= 1e6 && q.value() % 1e6 == 0 ? 1e6 : 1;
    }

    /** Years (1000–2100 without grouping and without a unit) and days next to a month are dates, not figures. */
    private boolean calendar(String text, List<Word> words, Quantity first, Quantity last) {
        if (yearDigits(text, words, first)) {
            return true;
        }
        boolean before = first.from() > 0 && lex.months.contains(words.get(first.from() - 1).folded());
        boolean after = last.to() < words.size() && lex.months.contains(words.get(last.to()).folded());
        boolean ofMonth = last.to() + 1 < words.size() && lex.months.contains(words.get(last.to() + 1).folded());
        return before || after || ofMonth && first.value() <= 31;
    }

    /** Whether the quantity is written like a year: 1000–2099 in digits without grouping. */
    private static boolean yearDigits(String text, List<Word> words, Quantity q) {
        return text.substring(words.get(q.from()).start(), words.get(q.to() - 1).end()).matches("1\\d{3}|20\\d{2}");
    }

    /** The index of the word that opens a range before the number at {@code at}, past an article ("tra i"), or -1. */
    private int openerAt(List<Word> words, int at) {
        return at >= 2 && lex.rangeArticles.contains(words.get(at - 1).folded()) ? at - 2 : at - 1;
    }

    private String[] opener(List<Word> words, int at) {
        if (at == 0) {
            return null;
        }
        int k = openerAt(words, at);
        if (k < 0) {
            return null;
        }
        String before = words.get(k).folded();
        for (String[] r : lex.rangeWords) {
            if (!r[0].isEmpty() && r[0].equals(before)) {
                return r;
            }
        }
        return null;
    }

    private boolean joins(List<Word> words, int from, String joining) {
        String[] open = opener(words, from);
        if (open != null) {
            return open[1].equals(joining);
        }
        for (String[] r : lex.rangeWords) {
            if (r[0].isEmpty() && r[1].equals(joining)) {
                return true;
            }
        }
        return false;
    }

    /** The first word of an approximator phrase ending right before {@code at}, or -1. */
    private int approximator(List<Word> words, int at) {
        for (int n = 3; n >= 1; n--) {
            // The phrase starts at a word: ". About 1,000,000" begins at "About", not at the full stop.
            if (at - n >= 0 && words.get(at - n).isWord() && lex.approximators.contains(NameSequences.phrase(words, at - n, at))) {
                return at - n;
            }
        }
        if (at > 0 && words.get(at - 1).text().equals("~")) {
            return at - 1;
        }
        return -1;
    }

    private Optional<Quantity> quantity(String text, List<Word> words, int at) {
        if (at >= words.size()) {
            return Optional.empty();
        }
        String currency = "";
        int start = at;
        String sign = words.get(at).text();
        if (sign.equals("$") || sign.equals("\u20ac") || sign.equals("\u00a3")) {
            currency = sign.equals("$") ? "dollars" : sign.equals("\u00a3") ? "pounds" : "other";
            at++;
        }
        if (at >= words.size()) {
            return Optional.empty();
        }
        Optional<Quantity> q = words.get(at).isNumber() ? digits(text, words, at, start, currency) : Optional.empty();
        if (q.isEmpty() && currency.isEmpty()) {
            Optional<NumberWords.Read> read = NumberWords.read(words, at, lex);
            if (read.isPresent() && read.get().value() >= 2) {
                q = Optional.of(new Quantity(start, read.get().to(), read.get().value(), true, currency));
            }
        }
        return q.map(this::scaled);
    }

    /** A scale word after the number multiplies it: "30 million", "2,5 millions de", "tremila". */
    private Quantity scaled(Quantity q) {
        return q;
    }

    private Optional<Quantity> digits(String text, List<Word> words, int at, int start, String currency) {
        StringBuilder integer = new StringBuilder(words.get(at).text());
        int end = at + 1;
        String fraction = "";
        // Groups of three digits joined by a separator the language uses for thousands.
        while (end < words.size()) {
            if (words.get(end).isNumber() && words.get(end).text().length() == 3 && spaceGroup(text, words.get(end - 1), words.get(end))) {
                integer.append(words.get(end).text());
                end++;
            } else if (end + 1 < words.size() && words.get(end + 1).isNumber() && words.get(end + 1).text().length() == 3
                    && groupSeparator(words.get(end - 1), words.get(end), words.get(end + 1))) {
                integer.append(words.get(end + 1).text());
                end += 2;
            } else {
                break;
            }
        }
        if (end + 1 < words.size() && words.get(end + 1).isNumber()
                && words.get(end).text().charAt(0) == lex.decimalMark && adjacent(words.get(end - 1), words.get(end), words.get(end + 1))) {
            fraction = words.get(end + 1).text();
            end += 2;
        }
        if (end < words.size() && words.get(end).isWord() && words.get(end).start() == words.get(end - 1).end()) {
            return Optional.empty(); // "1st", "3e", "12th"
        }
        double value = Double.parseDouble(integer + (fraction.isEmpty() ? "" : "." + fraction));
        if (end < words.size()) {
            Long scale = lex.numberWords.get(words.get(end).folded());
            if (scale != null && scale >= 1000) {
                value *= scale;
                end++;
            }
        }
        return Optional.of(new Quantity(start, end, value, false, currency));
    }

    private boolean groupSeparator(Word before, Word sep, Word after) {
        char c = sep.text().charAt(0);
        if (sep.text().length() != 1 || !adjacent(before, sep, after)) {
            return false;
        }
        if (c == '\u00a0' || c == '\u202f') {
            return lex.groupSeparators.contains(' ');
        }
        return lex.groupSeparators.contains(c) || c == ',' && lex.decimalMark != ',';
    }

    /** "38 493": in languages that group thousands with a space, one space between the digit groups. */
    private boolean spaceGroup(String text, Word before, Word after) {
        if (after.start() - before.end() != 1 || !lex.groupSeparators.contains(' ')) {
            return false;
        }
        char c = text.charAt(before.end());
        return c == ' ' || c == '\u00a0' || c == '\u202f';
    }

    private static boolean adjacent(Word before, Word sep, Word after) {
        return before.end() == sep.start() && sep.end() == after.start();
    }
}
