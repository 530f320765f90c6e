package org.parallax.event;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.parallax.model.Language;

/** The calendar words of one language ({@code lang/<code>/event-calendar.txt}) as regex alternations and lookups. */
final class CalendarWords {
    private final Map<String, Map<String, Pattern>> byKind = new LinkedHashMap<>();
    private final Map<String, List<String>> forms = new LinkedHashMap<>();
    private final boolean monthDayOrder;

    CalendarWords(Language language) {
        for (String line : Resources.lines("/lang/" + language.code() + "/event-calendar.txt")) {
            String[] cols = line.split("\t");
            if (cols.length < 3) {
                continue;
            }
            Pattern whole = Pattern.compile("(?:" + cols[2] + ")", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            byKind.computeIfAbsent(cols[0], k -> new LinkedHashMap<>()).put(cols[1] + "#" + cols[2], whole);
            forms.computeIfAbsent(cols[0], k -> new ArrayList<>()).add(cols[2]);
        }
        monthDayOrder = language == Language.EN;
    }

    String monthRegex() {
        return alternation("month");
    }

    String seasonRegex() {
        return alternation("season");
    }

    String prepRegex() {
        return alternation("prep");
    }

    String modRegex() {
        return alternation("mod");
    }

    String nextRegex() {
        return alternation("next");
    }

    String yearEndRegex() {
        return alternation("year");
    }

    boolean monthDayOrder() {
        return monthDayOrder;
    }

    String month(String word) {
        return lookup("month", word);
    }

    String season(String word) {
        return lookup("season", word);
    }

    String mod(String word) {
        return lookup("mod", word);
    }

    String next(String word) {
        return lookup("next", word);
    }

    private String alternation(String kind) {
        List<String> f = forms.getOrDefault(kind, List.of());
        // A kind without words must match nothing rather than everything.
        return f.isEmpty() ? "(?!x)x" : String.join("|", f);
    }

    private String lookup(String kind, String word) {
        String w = word.trim().replaceAll("\\s+", " ");
        for (Map.Entry<String, Pattern> e : byKind.getOrDefault(kind, Map.of()).entrySet()) {
            if (e.getValue().matcher(w).matches()) {
                return e.getKey().substring(0, e.getKey().indexOf('#'));
            }
        }
        throw new EventException("no " + kind + " value for '" + word + "'");
    }
}
