package org.parallax.compare;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import org.parallax.align.Alignment;
import org.parallax.model.ActorMention;
import org.parallax.model.DateInterval;
import org.parallax.model.Event;
import org.parallax.model.Place;

/** Names the fact a group is about, in words a reader recognizes: "landing at Veracruz (1861-12-08)". */
final class Subjects {
    private Subjects() {
    }

    static String of(Alignment group) {
        Optional<Alignment.Member> period = group.members().stream().filter(m -> m.role() == Alignment.Role.PERIOD).findFirst();
        if (period.isPresent()) {
            return "period of " + period.get().event().trigger();
        }
        Optional<Alignment.Member> box = group.members().stream().filter(m -> m.role() == Alignment.Role.INFOBOX).findFirst();
        if (box.isPresent()) {
            return "infobox " + box.get().event().trigger();
        }
        // An event names the occurrence better than an undated fact's sentence does.
        Alignment.Member m = group.members().stream()
                .sorted(Comparator.comparing((Alignment.Member x) -> x.role() != Alignment.Role.EVENT))
                .filter(x -> !x.event().places().isEmpty() || !x.event().actors().isEmpty())
                .findFirst().orElse(group.members().get(0));
        Event e = m.event();
        String head = m.role() == Alignment.Role.FACT ? "statement" : e.type().code().equals("other") ? e.trigger() : e.type().code();
        StringBuilder s = new StringBuilder(head);
        e.places().stream().findFirst().ifPresent(p -> s.append(" at ").append(p.place().map(Place::name).orElse(p.text())));
        if (e.places().isEmpty()) {
            e.actors().stream().findFirst().map(ActorMention::name).ifPresent(a -> s.append(" — ").append(a));
        }
        // The earliest year any edition gives: neutral between editions that disagree on the day.
        group.members().stream().flatMap(x -> GroupFindings.interval(x).stream())
                .min(Comparator.comparingLong(DateInterval::first))
                .ifPresent(i -> s.append(" (").append(LocalDate.ofEpochDay(i.first()).getYear()).append(')'));
        return s.toString();
    }
}
