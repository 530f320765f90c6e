package org.parallax.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parallax.align.Alignment;
import org.parallax.align.Edition;
import org.parallax.model.DateInterval;
import org.parallax.model.Finding;

/**
 * Omissions of whole episodes: dated events of one edition that no statement of another edition was aligned
 * with. When the other edition tells nothing within the alignment window of the event's date, it does not
 * cover the episode (facet {@code episode}); when it tells other things of that time but not this one, it
 * leaves the event out (facet {@code event}). Findings are gathered per section of the telling edition and
 * per set of silent editions so that a long article against a short lead gives a readable list.
 */
final class Coverage {
    private final Quotes quotes;
    private final long windowDays;

    Coverage(Quotes quotes, long windowDays) {
        this.quotes = quotes;
        this.windowDays = windowDays;
    }

    List<FindingsReport.Entry> of(List<Alignment> groups, List<Edition> editions) {
        Map<String, List<DateInterval>> told = new LinkedHashMap<>();
        for (Edition e : editions) {
            List<DateInterval> l = new ArrayList<>();
            e.events().forEach(ev -> ev.date().flatMap(d -> DateInterval.parse(d.value())).ifPresent(l::add));
            told.put(e.docId(), l);
        }
        Map<String, List<FacetValues.Value>> gathered = new LinkedHashMap<>();
        for (Alignment g : groups) {
            if (g.members().stream().anyMatch(m -> m.role() != Alignment.Role.EVENT)) {
                continue;
            }
            List<String> present = g.members().stream().map(Alignment.Member::docId).distinct().toList();
            for (Alignment.Member m : g.members()) {
                var interval = GroupFindings.interval(m);
                if (interval.isEmpty() || interval.get().precision() == org.parallax.model.Precision.RANGE) {
                    continue;
                }
                List<String> episode = new ArrayList<>();
                List<String> event = new ArrayList<>();
                for (Edition e : editions) {
                    if (!present.contains(e.docId())) {
                        boolean near = told.get(e.docId()).stream()
                                .anyMatch(i -> i.gapDays(interval.get()) <= windowDays && i.days() <= 3 * 366);
                        (near ? event : episode).add(e.language().code());
                    }
                }
                String section = m.event().section().isBlank() ? "lead" : m.event().section();
                if (!episode.isEmpty()) {
                    add(gathered, "episode|" + m.docId() + "|" + section + "|" + String.join(", ", episode), m);
                }
                if (!event.isEmpty()) {
                    add(gathered, "event|" + m.docId() + "|" + section + "|" + String.join(", ", event), m);
                }
                break;
            }
        }
        List<FindingsReport.Entry> out = new ArrayList<>();
        gathered.forEach((key, vs) -> {
            String[] k = key.split("\\|", 4);
            boolean episode = k[0].equals("episode");
            String subject = "section \"" + k[2] + "\" of " + vs.get(0).member().event().language().code() + ": " + vs.size()
                    + (vs.size() == 1 ? " dated event" : " dated events") + (episode ? " in a time " + k[3] + " does not cover"
                    : " that " + k[3] + " does not tell");
            out.add(quotes.entry(Finding.Kind.OMISSION, k[0], subject, episode ? 0.6 : 0.45, vs,
                    episode ? "the edition does not cover the episode" : "the edition covers the time but not these events"));
        });
        return out;
    }

    private static void add(Map<String, List<FacetValues.Value>> gathered, String key, Alignment.Member m) {
        String value = m.event().date().map(d -> m.event().type().code() + " " + d.value()).orElse(m.event().type().code());
        gathered.computeIfAbsent(key, k -> new ArrayList<>())
                .add(new FacetValues.Value(m, value, m.event().date().map(d -> d.text()).orElse(""), 1.0, null));
    }
}
