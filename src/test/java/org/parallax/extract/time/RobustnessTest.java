package org.parallax.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.parallax.model.Document;
import org.parallax.model.Language;
import org.parallax.model.Timex;

/** Property-style checks over seeded random inputs: any text is tagged safely, in linear time. */
class RobustnessTest {
    private static final String[] FRAGMENTS = {
        "1862", "5", "31", "1er", "XVIe", "XVI", "siècle", "secolo", "siglo", "Jahrhundert", "century", "May", "mai",
        "maggio", "mayo", "Mai", "maio", "January", "janvier", "–", "-", "—", "/", ":", ".", ",", "'", "’", "h", "14",
        "30", "de", "à", "entre", "et", "between", "and", "from", "to", "tra", "il", "e", "zwischen", "und", "the", "next",
        "day", "later", "il y a", "ans", "years", "a few", "early", "late", "fin", "début", "des", "années", "60", "1860s",
        "BC", "av. J.-C.", "hier", "demain", "dimanche", "Sunday", "soir", "summer", "été", "l'", "ago", "after", "by",
        "around", "p.m.", "\n", "\n\n== H ==\n", "  ", "é", "𝔘", "\u0301", "ß", "0", "00", "99", "2199", "9999999999",
    };
    private static final Language[] LANGUAGES = Language.values();

    private static Document doc(Language language, String text, boolean withDate) {
        return new Document("random", language, "t", text, List.of(), List.of(), List.of(),
                withDate ? Optional.of(LocalDate.of(1999, 5, 17)) : Optional.empty(), List.of());
    }

    private static String randomText(Random random, int pieces) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < pieces; i++) {
            b.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
            if (random.nextInt(3) > 0) {
                b.append(' ');
            }
        }
        return b.toString();
    }

    @Test
    void anyTextGivesSpansInsideItWithTimex3ValuesAndNoException() {
        Random random = new Random(20261121L);
        TimeTagger tagger = new TimeTagger();
        for (int round = 0; round < 1500; round++) {
            String text = randomText(random, 1 + random.nextInt(40));
            Document d = doc(LANGUAGES[random.nextInt(LANGUAGES.length)], text, random.nextBoolean());
            for (Timex t : tagger.timexes(d)) {
                assertThat(t.span().start()).isGreaterThanOrEqualTo(0);
                assertThat(t.span().end()).isLessThanOrEqualTo(text.length()).isGreaterThan(t.span().start());
                assertThat(t.text()).isEqualTo(text.substring(t.span().start(), t.span().end()));
                assertThat(Values.isTimex3(t.value())).as("value %s of '%s' in '%s'", t.value(), t.text(), text).isTrue();
            }
        }
    }

    @Test
    void randomCharactersNeverBreakTheTagger() {
        Random random = new Random(7L);
        TimeTagger tagger = new TimeTagger();
        for (int round = 0; round < 2000; round++) {
            char[] chars = new char[random.nextInt(200)];
            for (int i = 0; i < chars.length; i++) {
                chars[i] = random.nextInt(4) == 0 ? (char) random.nextInt(0x3000) : " 0123456789-–.,:'/hXVIe"
                        .charAt(random.nextInt(23));
            }
            String text = new String(chars);
            for (Timex t : tagger.timexes(doc(LANGUAGES[random.nextInt(LANGUAGES.length)], text, random.nextBoolean()))) {
                assertThat(t.text()).isEqualTo(text.substring(t.span().start(), t.span().end()));
                assertThat(Values.isTimex3(t.value())).isTrue();
            }
        }
    }

    @Test
    void timeStaysLinearOnAdversarialInput() {
        List<IntFunction<String>> adversaries = List.of(
                n -> "1".repeat(n),
                n -> "May ".repeat(n / 4),
                n -> "-".repeat(n),
                n -> "- ".repeat(n / 2),
                n -> "1861–".repeat(n / 5),
                n -> "janvier ".repeat(n / 8),
                n -> "un ".repeat(n / 3),
                n -> "XVI ".repeat(n / 4),
                n -> "5 mai 1862 ".repeat(n / 11),
                n -> "de ".repeat(n / 3),
                n -> "dix-".repeat(n / 4),
                n -> "l'an ".repeat(n / 5));
        TimeTagger tagger = new TimeTagger();
        for (IntFunction<String> adversary : adversaries) {
            bestOf(tagger, adversary.apply(80_000));
            long small = bestOf(tagger, adversary.apply(20_000));
            long large = bestOf(tagger, adversary.apply(80_000));
            // Four times the input may cost about four times the work (JIT and GC add noise); quadratic would be 16 times.
            assertThat(large).as("%s…", adversary.apply(12)).isLessThan(small * 12 + 40_000_000L);
        }
    }

    private static long bestOf(TimeTagger tagger, String text) {
        Document d = doc(Language.FR, text, false);
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long t0 = System.nanoTime();
            tagger.timexes(d);
            best = Math.min(best, System.nanoTime() - t0);
        }
        return best;
    }
}
