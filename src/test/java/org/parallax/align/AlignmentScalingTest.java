package org.parallax.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.parallax.model.EventDate;
import org.parallax.model.Event;
import org.parallax.model.EventType;
import org.parallax.model.Language;
import org.parallax.model.Modality;
import org.parallax.model.Precision;
import org.parallax.model.Span;

/** Alignment cost at 1×, 4× and 16× the events over the same six years: blocking keeps it near linear. */
class AlignmentScalingTest {
    private static List<Event> events(Language lang, int n, long seed) {
        Random r = new Random(seed);
        EventType[] types = EventType.values();
        List<Event> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            LocalDate d = LocalDate.of(1860, 1, 1).plusDays(r.nextInt(6 * 365));
            String text = "Town" + r.nextInt(200) + " fell to Leader" + r.nextInt(50) + " on " + d + ".";
            out.add(new Event("e" + i, lang.code(), lang, "", i, new Span(i * 100, i * 100 + text.length()), text,
                    new Span(i * 100, i * 100 + 4), "fell", types[r.nextInt(types.length)],
                    Optional.of(new EventDate(d.toString(), Precision.DAY, d.toString(), new Span(0, 1), EventDate.Anchor.DIRECT,
                            false, Optional.empty())), List.of(), List.of(), List.of(), Modality.ASSERTED, false, Optional.empty()));
        }
        return out;
    }

    private static long nanos(int n) {
        List<Edition> eds = List.of(new Edition("en", Language.EN, events(Language.EN, n, 1)),
                new Edition("fr", Language.FR, events(Language.FR, n, 2)), new Edition("it", Language.IT, events(Language.IT, n, 3)));
        EditionAligner aligner = new EditionAligner();
        aligner.align(eds);
        long t = System.nanoTime();
        aligner.align(eds);
        return System.nanoTime() - t;
    }

    @Test
    void costGrowsFarLessThanQuadraticallyWithTheNumberOfEvents() {
        long x1 = nanos(100);
        long x4 = nanos(400);
        long x16 = nanos(1600);
        System.out.printf("alignment of 3 editions: 100 events/edition %d ms, 400 %d ms, 1600 %d ms%n",
                x1 / 1_000_000, x4 / 1_000_000, x16 / 1_000_000);
        // Quadratic growth would make 16x cost 256 times as much; bounded blocking keeps it near 16x.
        assertThat((double) x16 / Math.max(x1, 1)).isLessThan(80);
    }
}
