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

/**
 * Alignment cost at 1×, 4× and 16× the events, in CPU time of the aligning thread (the build machine is shared,
 * so wall time measures the neighbours too): over the same six years (denser and denser, until each statement's
 * bounded neighbourhood is full) and over a span that grows with the events (a longer article, constant density).
 */
class AlignmentScalingTest {
    private static List<Event> events(Language lang, int n, long seed) {
        return events(lang, n, seed, 6 * 365);
    }

    private static List<Event> events(Language lang, int n, long seed, int days) {
        Random r = new Random(seed);
        EventType[] types = EventType.values();
        List<Event> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            LocalDate d = LocalDate.of(1860, 1, 1).plusDays(r.nextInt(days));
            String text = "Town" + r.nextInt(200) + " fell to Leader" + r.nextInt(50) + " on " + d + ".";
            out.add(new Event("e" + i, lang.code(), lang, "", i, new Span(i * 100, i * 100 + text.length()), text,
                    new Span(i * 100, i * 100 + 4), "fell", types[r.nextInt(types.length)],
                    Optional.of(new EventDate(d.toString(), Precision.DAY, d.toString(), new Span(0, 1), EventDate.Anchor.DIRECT,
                            false, Optional.empty())), List.of(), List.of(), List.of(), Modality.ASSERTED, false, Optional.empty()));
        }
        return out;
    }

    private static long nanos(int n, int days) {
        List<Edition> eds = List.of(new Edition("en", Language.EN, events(Language.EN, n, 1, days)),
                new Edition("fr", Language.FR, events(Language.FR, n, 2, days)),
                new Edition("it", Language.IT, events(Language.IT, n, 3, days)));
        EditionAligner aligner = new EditionAligner();
        aligner.align(eds);
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long best = Long.MAX_VALUE;
        for (int run = 0; run < 2; run++) {
            long t = cpu.getCurrentThreadCpuTime();
            aligner.align(eds);
            best = Math.min(best, cpu.getCurrentThreadCpuTime() - t);
        }
        return Math.max(best, 1);
    }

    @Test
    void costGrowsFarLessThanQuadraticallyWithTheNumberOfEvents() {
        long x1 = nanos(100, 6 * 365);
        long x4 = nanos(400, 6 * 365);
        long x16 = nanos(1600, 6 * 365);
        System.out.printf("alignment of 3 editions over six years (CPU): 100 events/edition %d ms, 400 %d ms, 1600 %d ms%n",
                x1 / 1_000_000, x4 / 1_000_000, x16 / 1_000_000);
        // Quadratic growth would make 16x cost 256 times as much; bounded blocking keeps it within a small factor of 16x
        // (more at first, while the growing density still fills each statement's neighbourhood).
        assertThat((double) x16 / x1).isLessThan(80);
        assertThat((double) x16 / x4).isLessThan(12);
    }

    @Test
    void costGrowsLinearlyWhenTheArticleGrowsAtConstantDensity() {
        long x1 = nanos(100, 365);
        long x4 = nanos(400, 4 * 365);
        long x16 = nanos(1600, 16 * 365);
        System.out.printf("alignment of 3 editions at constant density (CPU): 100 events/edition %d ms, 400 %d ms, 1600 %d ms%n",
                x1 / 1_000_000, x4 / 1_000_000, x16 / 1_000_000);
        assertThat((double) x16 / x4).isLessThan(8);
    }
}
