package org.parallax.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.parallax.align.Alignment;
import org.parallax.model.ActorMention;
import org.parallax.model.DateInterval;
import org.parallax.model.Event;
import org.parallax.model.Finding;

/**
 * Contradictions of order: who did what first, who left with whom. Inside one group, an edition that tells
 * two participants' actions one after the other ("the British withdrew; then Spain left") contradicts an
 * edition that puts them together ("the British and Spanish left at the same time") or in the other order.
 * Across groups, two occurrences that two editions both tell contradict when the editions order them
 * differently (by disjoint dates, or by a marker such as "then" in the later sentence).
 */
final class SequenceCheck {
    private enum Order { BEFORE, AFTER, SAME, UNKNOWN }

    private final SequenceMarkers markers;
    private final Quotes quotes;

    SequenceCheck(SequenceMarkers markers, Quotes quotes) {
        this.markers = markers;
        this.quotes = quotes;
    }

    List<FindingsReport.Entry> of(List<Alignment> groups, List<String> docs) {
        List<FindingsReport.Entry> out = new ArrayList<>();
        for (Alignment g : groups) {
            if (g.crossEdition()) {
                withinGroup(g, docs).ifPresent(out::add);
            }
        }
        for (int a = 0; a < docs.size(); a++) {
            for (int b = a + 1; b < docs.size(); b++) {
                acrossGroups(groups, docs.get(a), docs.get(b), out);
            }
        }
        return out;
    }

    private Optional<FindingsReport.Entry> withinGroup(Alignment g, List<String> docs) {
        for (String a : docs) {
            List<Alignment.Member> ma = members(g, a);
            for (int i = 0; i + 1 < ma.size(); i++) {
                Alignment.Member first = ma.get(i);
                Alignment.Member then = ma.get(i + 1);
                Set<String> x = actorIds(first.event());
                Set<String> y = actorIds(then.event());
                if (x.isEmpty() || y.isEmpty() || x.stream().anyMatch(y::contains) || order(first, then) != Order.BEFORE) {
                    continue;
                }
                for (String b : docs) {
                    if (b.equals(a)) {
                        continue;
                    }
                    for (Alignment.Member n : members(g, b)) {
                        Set<String> z = actorIds(n.event());
                        boolean both = x.stream().anyMatch(z::contains) && y.stream().anyMatch(z::contains);
                        if (both && markers.same(n.event().language(), n.event().sentence())) {
                            return Optional.of(entry(g, "order of " + names(first.event(), x) + " and " + names(then.event(), y),
                                    List.of(first, then, n), List.of("first", "after", "together")));
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    private void acrossGroups(List<Alignment> groups, String a, String b, List<FindingsReport.Entry> out) {
        record Pair(Alignment group, Alignment.Member inA, Alignment.Member inB) {
        }
        List<Pair> pairs = new ArrayList<>();
        for (Alignment g : groups) {
            List<Alignment.Member> ma = members(g, a);
            List<Alignment.Member> mb = members(g, b);
            if (!ma.isEmpty() && !mb.isEmpty() && g.members().stream().allMatch(m -> m.role() == Alignment.Role.EVENT)) {
                pairs.add(new Pair(g, ma.get(0), mb.get(0)));
            }
        }
        pairs.sort(Comparator.comparingInt(p -> p.inA().event().sentenceSpan().start()));
        for (int i = 0; i + 1 < pairs.size(); i++) {
            Pair p = pairs.get(i);
            Pair q = pairs.get(i + 1);
            Order oa = order(p.inA(), q.inA());
            Order ob = order(p.inB(), q.inB());
            boolean opposite = (oa == Order.BEFORE && ob == Order.AFTER) || (oa == Order.AFTER && ob == Order.BEFORE);
            if (opposite && !(byDate(p.inA(), q.inA()) && byDate(p.inB(), q.inB()))) {
                out.add(entry(p.group(), "order of " + Subjects.of(p.group()) + " and " + Subjects.of(q.group()),
                        List.of(p.inA(), q.inA(), p.inB(), q.inB()),
                        List.of(oa == Order.BEFORE ? "first" : "second", oa == Order.BEFORE ? "second" : "first",
                                ob == Order.BEFORE ? "first" : "second", ob == Order.BEFORE ? "second" : "first")));
            }
        }
    }

    /** The order of two statements of one edition: by disjoint day- or month-precise dates, else by a marker in the later sentence. */
    private Order order(Alignment.Member x, Alignment.Member y) {
        Optional<DateInterval> dx = GroupFindings.interval(x);
        Optional<DateInterval> dy = GroupFindings.interval(y);
        if (dx.isPresent() && dy.isPresent() && dx.get().days() <= 31 && dy.get().days() <= 31 && !dx.get().overlaps(dy.get())) {
            return dx.get().first() < dy.get().first() ? Order.BEFORE : Order.AFTER;
        }
        boolean xFirst = x.event().triggerSpan().start() < y.event().triggerSpan().start();
        Event later = xFirst ? y.event() : x.event();
        Event earlier = xFirst ? x.event() : y.event();
        int gap = later.sentenceIndex() - earlier.sentenceIndex();
        if (gap < 0 || gap > 2) {
            return Order.UNKNOWN;
        }
        String text = gap == 0
                ? later.sentence().substring(Math.max(0, Math.min(later.sentence().length(),
                        earlier.triggerSpan().end() - later.sentenceSpan().start())))
                : later.sentence();
        if (markers.after(later.language(), text) && !markers.same(later.language(), text)) {
            return xFirst ? Order.BEFORE : Order.AFTER;
        }
        return Order.UNKNOWN;
    }

    private static boolean byDate(Alignment.Member x, Alignment.Member y) {
        return GroupFindings.interval(x).isPresent() && GroupFindings.interval(y).isPresent();
    }

    private FindingsReport.Entry entry(Alignment g, String subject, List<Alignment.Member> members, List<String> values) {
        List<FacetValues.Value> vs = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            Alignment.Member m = members.get(i);
            vs.add(new FacetValues.Value(m, values.get(i), m.event().trigger(), 0.8, null));
        }
        return quotes.entry(Finding.Kind.CONTRADICTION, "sequence", subject, Confidence.of(g, 0.75), vs,
                "the editions tell these actions in a different order");
    }

    private static List<Alignment.Member> members(Alignment g, String doc) {
        return g.members().stream().filter(m -> m.docId().equals(doc) && m.role() == Alignment.Role.EVENT)
                .sorted(Comparator.comparingInt(m -> m.event().triggerSpan().start())).toList();
    }

    private static Set<String> actorIds(Event e) {
        return e.actors().stream().map(ActorMention::actorId).collect(Collectors.toSet());
    }

    private static String names(Event e, Set<String> ids) {
        return e.actors().stream().filter(a -> ids.contains(a.actorId())).map(ActorMention::name).distinct()
                .collect(Collectors.joining(" and "));
    }
}
