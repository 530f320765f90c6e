package org.parallax.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.model.Document;
import org.parallax.model.Event;
import org.parallax.model.EventDate;
import org.parallax.model.EventType;
import org.parallax.model.Modality;
import org.parallax.model.Precision;
import org.parallax.model.Sentence;
import org.parallax.model.Span;

/**
 * Finds the periods an edition gives to named things — "the Second Mexican Empire (1864–1867)", "the war,
 * 1861–1867;" — which the events stage does not report as events: the name before a bracketed or set-off
 * span of years. Written in digits, so one rule serves every language. The statement's trigger is the
 * name (its last words before the years), its date the range of years.
 */
final class PeriodStatements {
    private static final Pattern BRACKETED = Pattern.compile("\\(\\s*(\\d{3,4})\\s*[–—-]\\s*(\\d{2,4})\\s*\\)");
    private static final Pattern SET_OFF = Pattern.compile(",\\s*(\\d{3,4})\\s*[–—-]\\s*(\\d{2,4})\\s*(?=[;,.:)]|$)");
    private static final Pattern NAME_END = Pattern.compile("[,;:(\"«»“”]");
    private static final int NAME_WORDS = 5;
    /** What sets a range off after a name: an opening bracket or a comma, right before the years. */
    private static final Pattern OPENING = Pattern.compile("(?:\\(|,)\\s*$");

    private PeriodStatements() {
    }

    /**
     * The events dated by a range of years written in digits right after a name (within a bracket or set off by
     * a comma), as period statements of that name: the trigger becomes the name, the rest is kept.
     */
    static List<Event> named(List<Event> events) {
        List<Event> out = new ArrayList<>();
        for (Event e : events) {
            if (e.date().isEmpty() || e.date().get().precision() != Precision.RANGE) {
                continue;
            }
            int at = e.date().get().span().start() - e.sentenceSpan().start();
            if (at <= 0 || at > e.sentence().length()) {
                continue;
            }
            String before = e.sentence().substring(0, at);
            Matcher m = OPENING.matcher(before);
            if (!m.find()) {
                continue;
            }
            String name = name(before.substring(0, m.start()));
            if (!name.isBlank()) {
                out.add(new Event(e.id(), e.docId(), e.language(), e.section(), e.sentenceIndex(), e.sentenceSpan(), e.sentence(),
                        e.triggerSpan(), name, e.type(), e.date(), e.places(), e.actors(), e.figures(), e.modality(), e.negated(),
                        e.sameAs()));
            }
        }
        return out;
    }

    static List<Event> find(Document doc, List<Sentence> sentences, List<Event> events) {
        List<Event> out = new ArrayList<>();
        for (Sentence s : sentences) {
            for (Pattern p : List.of(BRACKETED, SET_OFF)) {
                Matcher m = p.matcher(s.text());
                while (m.find()) {
                    statement(doc, s, m, events, out.size()).ifPresent(out::add);
                }
            }
        }
        return out;
    }

    /** How many words before a span of years name it in a report ("… grand maître de l'ordre de"). */
    private static final int SUBJECT_WORDS = 6;

    /**
     * Every other span of years the time tagger found ("von 1521 bis 1526", "dal 1557 al 1568", "entre 1750 e
     * 1777", "1521-1526"), as a period statement whose trigger is the words before it in its clause and whose
     * actors are the persons named there: the aligner reads from those words what the span belongs to (a war, a
     * reign, a grand master's tenure). A bracketed span right after a person's name is a lifetime and is left out.
     */
    static List<Event> spans(Document doc, List<Sentence> sentences, List<org.parallax.model.Timex> timexes,
                             org.parallax.resolve.Entities entities, List<Event> periods, int from) {
        List<Event> out = new ArrayList<>();
        for (org.parallax.model.Timex t : timexes) {
            if (!t.value().contains("/") || t.mod().isPresent()
                    || org.parallax.model.DateInterval.parse(t.value()).filter(i -> i.precision() == Precision.RANGE).isEmpty()
                    || periods.stream().anyMatch(p -> p.date().filter(d -> d.span().overlaps(t.span())).isPresent())) {
                continue;
            }
            Optional<Sentence> in = sentences.stream().filter(x -> x.span().contains(t.span())).findFirst();
            if (in.isEmpty() || doc.infobox().stream().anyMatch(b -> b.valueSpan().overlaps(t.span()))) {
                continue;
            }
            Sentence s = in.get();
            String before = doc.text().substring(s.span().start(), t.span().start());
            int cut = Math.max(before.lastIndexOf(';'), before.lastIndexOf(':')) + 1;
            String[] words = before.substring(cut).split("\\s+");
            // The subject shown: the last words before the years ("guerra d'Italia del"); the aligner reads more.
            int skip = Math.max(0, words.length - SUBJECT_WORDS);
            String holder = String.join(" ", java.util.Arrays.copyOfRange(words, skip, words.length)).strip();
            if (holder.isEmpty()) {
                continue;
            }
            // The persons of the clause before the years: whose tenure or reign it may be.
            Span window = new Span(s.span().start() + cut, t.span().start());
            if (lifetime(doc, t, entities)) {
                continue;
            }
            List<org.parallax.model.ActorMention> persons = entities.actors().stream()
                    .filter(a -> a.kind() == org.parallax.model.ActorKind.PERSON && window.contains(a.span())).toList();
            EventDate date = new EventDate(t.value(), Precision.RANGE, t.text(), t.span(), EventDate.Anchor.DIRECT, false,
                    Optional.empty());
            String section = doc.sectionAt(s.span().start()).map(sec -> sec.heading()).orElse("");
            out.add(new Event("span-" + (from + out.size()), doc.id(), doc.language(), section, s.index(), s.span(), s.text(),
                    t.span(), holder, EventType.OTHER, Optional.of(date), List.of(), persons, List.of(), Modality.ASSERTED,
                    false, Optional.empty()));
        }
        return out;
    }

    /** "Francis I (1494–1547)": a bracketed span of years right after a person's name. */
    private static boolean lifetime(Document doc, org.parallax.model.Timex t, org.parallax.resolve.Entities entities) {
        String text = doc.text();
        int open = t.span().start() - 1;
        while (open >= 0 && Character.isWhitespace(text.charAt(open))) {
            open--;
        }
        if (open < 0 || text.charAt(open) != '(') {
            return false;
        }
        int end = open - 1;
        while (end >= 0 && Character.isWhitespace(text.charAt(end))) {
            end--;
        }
        int nameEnd = end + 1;
        return entities.actors().stream().anyMatch(a -> a.kind() == org.parallax.model.ActorKind.PERSON
                && a.span().end() == nameEnd);
    }

    private static Optional<Event> statement(Document doc, Sentence s, Matcher m, List<Event> events, int n) {
        int from = Integer.parseInt(m.group(1));
        String endText = m.group(2);
        int to = endText.length() < m.group(1).length()
                ? Integer.parseInt(m.group(1).substring(0, m.group(1).length() - endText.length()) + endText)
                : Integer.parseInt(endText);
        Span years = new Span(s.span().start() + m.start(1), s.span().start() + m.end(2));
        boolean told = events.stream().anyMatch(e -> e.date().filter(d -> d.precision() == Precision.RANGE
                && d.span().overlaps(years)).isPresent());
        String name = name(s.text().substring(0, m.start()));
        if (to < from || told || name.isBlank()) {
            return Optional.empty();
        }
        String value = String.format("%04d/%04d", from, to);
        EventDate date = new EventDate(value, Precision.RANGE, years.of(doc.text()), years, EventDate.Anchor.DIRECT, false,
                Optional.empty());
        String section = doc.sectionAt(s.span().start()).map(sec -> sec.heading()).orElse("");
        return Optional.of(new Event("period-" + n, doc.id(), doc.language(), section, s.index(), s.span(), s.text(), years,
                name, EventType.OTHER, Optional.of(date), List.of(), List.of(), List.of(), Modality.ASSERTED, false,
                Optional.empty()));
    }

    /** The last words of the clause before the years: the name the period belongs to. */
    static String name(String before) {
        String clause = before.stripTrailing();
        Matcher end = NAME_END.matcher(clause);
        int cut = 0;
        while (end.find()) {
            if (end.end() < clause.length()) {
                cut = end.end();
            }
        }
        String[] words = clause.substring(cut).strip().split("\\s+");
        int start = Math.max(0, words.length - NAME_WORDS);
        // A name starts at its first capital ("stabilì il Secondo Impero messicano" names "Secondo Impero messicano").
        for (int i = start; i < words.length; i++) {
            if (!words[i].isEmpty() && Character.isUpperCase(words[i].charAt(0))) {
                start = i;
                break;
            }
        }
        return String.join(" ", java.util.Arrays.copyOfRange(words, start, words.length)).strip();
    }
}
