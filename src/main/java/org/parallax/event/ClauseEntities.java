package org.parallax.event;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.parallax.event.SentenceFramer.Frame;
import org.parallax.model.ActorKind;
import org.parallax.model.ActorMention;
import org.parallax.model.Document;
import org.parallax.model.Figure;
import org.parallax.model.PlaceMention;
import org.parallax.model.Sentence;
import org.parallax.model.Span;
import org.parallax.resolve.Entities;

/**
 * Gives each event the places, actors and figures of its episode: the clauses of the predicates that
 * share its date, plus clauses without a predicate of their own (a subject before the verb, an
 * apposition after it). "The city" stands for the last place named before it in the paragraph.
 */
final class ClauseEntities {
    record Attached(List<PlaceMention> places, List<ActorMention> actors, List<Figure> figures) {
    }

    private final Document doc;
    private final Entities entities;

    ClauseEntities(Document doc, Entities entities) {
        this.doc = doc;
        this.entities = entities;
    }

    Attached forFrame(Sentence s, SentenceParts parts, List<Frame> frames, Frame frame) {
        Set<Integer> clauses = new HashSet<>();
        for (int c = 0; c < parts.clauses.size(); c++) {
            if (owner(c, parts.clauses.size(), frames).contains(frame.group())) {
                clauses.add(c);
            }
        }
        Entities here = cached != null && cached.getKey() == s ? cached.getValue() : within(s);
        List<PlaceMention> places = new ArrayList<>();
        for (PlaceMention p : here.places()) {
            // "The city" is replaced by the mention that names the place it stands for, to quote its name.
            if (clauses.contains(parts.clauseAtOffset(p.span().start()))) {
                PlaceMention named = named(p) ? p : antecedent(p);
                if (named != null && places.stream().noneMatch(q -> q.text().equals(named.text()))) {
                    places.add(named);
                }
            }
        }
        for (int c : clauses) {
            anaphoricPlace(parts, c).ifPresent(p -> {
                if (places.stream().noneMatch(q -> q.text().equals(p.text()))) {
                    places.add(p);
                }
            });
        }
        if (places.isEmpty()) {
            // A clause that names no place happens where the sentence's last place before it is:
            // "… another siege of Puebla, the defense of which passed to Ortega after Zaragoza died on 8 September".
            int firstClause = clauses.stream().mapToInt(Integer::intValue).min().orElse(0);
            int first = firstClause < parts.clauses.size() ? parts.clauses.get(firstClause).start() : parts.tokens.size();
            int at = first < parts.tokens.size() ? parts.tokens.get(first).span().start() : s.span().end();
            here.places().stream().filter(p -> p.span().end() <= at && p.place().isPresent() && named(p))
                    .reduce((a, b) -> b).ifPresent(places::add);
            for (int c = firstClause - 1; places.isEmpty() && c >= 0; c--) {
                anaphoricPlace(parts, c).ifPresent(places::add);
            }
        }
        // A country is the event's place; it is counted as a participant only in the entity list.
        List<ActorMention> actors = here.actors().stream().filter(a -> a.kind() != ActorKind.STATE)
                .filter(a -> clauses.contains(parts.clauseAtOffset(a.span().start()))).toList();
        List<Figure> figures = here.figures().stream()
                .filter(f -> clauses.contains(parts.clauseAtOffset(f.span().start()))).toList();
        return new Attached(places, actors, figures);
    }

    private java.util.Map.Entry<Sentence, Entities> cached;

    /** The entities of one sentence, found by binary search in the text-ordered lists (linear over a document). */
    private Entities within(Sentence s) {
        Entities e = new Entities(slice(entities.places(), s, p -> p.span()), slice(entities.actors(), s, a -> a.span()),
                slice(entities.figures(), s, f -> f.span()));
        cached = java.util.Map.entry(s, e);
        return e;
    }

    private static <T> List<T> slice(List<T> items, Sentence s, java.util.function.Function<T, Span> span) {
        int lo = 0;
        int hi = items.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (span.apply(items.get(mid)).start() < s.span().start()) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        List<T> out = new ArrayList<>();
        for (int i = lo; i < items.size() && span.apply(items.get(i)).start() < s.span().end(); i++) {
            if (s.span().contains(span.apply(items.get(i)))) {
                out.add(items.get(i));
            }
        }
        return out;
    }

    /** The episodes (frame groups) a clause's entities belong to. */
    private static Set<Integer> owner(int c, int clauses, List<Frame> frames) {
        Set<Integer> own = groupsIn(c, frames);
        for (int k = c - 1; own.isEmpty() && k >= 0; k--) {
            own = groupsIn(k, frames);
        }
        for (int k = c + 1; own.isEmpty() && k < clauses; k++) {
            own = groupsIn(k, frames);
        }
        return own;
    }

    private static Set<Integer> groupsIn(int c, List<Frame> frames) {
        Set<Integer> g = new HashSet<>();
        for (Frame f : frames) {
            if (f.clause() == c) {
                g.add(f.group());
            }
        }
        return g;
    }

    private java.util.Optional<PlaceMention> anaphoricPlace(SentenceParts parts, int c) {
        SentenceParts.Clause clause = parts.clauses.get(c);
        for (int i = clause.start(); i < clause.end(); i++) {
            if (parts.signalAt.get(i).equals("city")) {
                int at = parts.tokens.get(i).span().start();
                int paragraph = doc.paragraphAt(at);
                Span para = paragraph >= 0 ? doc.paragraphs().get(paragraph) : new Span(0, at);
                // "The city" stands for a town, not for the state or country named last ("Coahuila").
                PlaceMention last = null;
                List<PlaceMention> all = entities.places();
                for (int k = firstAtOrAfter(all, at) - 1; k >= 0 && all.get(k).span().start() >= para.start(); k--) {
                    PlaceMention p = all.get(k);
                    if (p.span().end() > at || !named(p)) {
                        continue;
                    }
                    if (p.place().map(q -> q.featureCode().startsWith("PPL")).orElse(false)) {
                        return java.util.Optional.of(p);
                    }
                    last = last == null ? p : last;
                }
                return java.util.Optional.ofNullable(last);
            }
        }
        return java.util.Optional.empty();
    }

    /** The last mention before "the city" that names the same place, or null. */
    private PlaceMention antecedent(PlaceMention anaphor) {
        List<PlaceMention> all = entities.places();
        for (int k = firstAtOrAfter(all, anaphor.span().start()) - 1; k >= 0; k--) {
            if (named(all.get(k)) && all.get(k).place().equals(anaphor.place())) {
                return all.get(k);
            }
        }
        return null;
    }

    /** Index of the first mention starting at or after the offset (binary search over the text-ordered list). */
    private static int firstAtOrAfter(List<PlaceMention> all, int offset) {
        int lo = 0;
        int hi = all.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (all.get(mid).span().start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** A place mention by name, not a phrase standing for one ("the city"). */
    private static boolean named(PlaceMention p) {
        return !Character.isLowerCase(p.text().charAt(0));
    }
}
