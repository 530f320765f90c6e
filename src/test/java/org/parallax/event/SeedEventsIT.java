package org.parallax.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parallax.ingest.DocumentReader;
import org.parallax.model.Event;
import org.parallax.model.EventType;
import org.parallax.model.Language;
import org.parallax.model.Modality;

/**
 * The French (001) and Italian (000) seed editions in ../shared/corpus (or {@code -Dparallax.shared=DIR})
 * give the events every edition of the article tells: the moratorium and the London Convention, the landing
 * at Veracruz, the end of the American Civil War, the French departure, the execution and the period of
 * the Empire. Skipped when the corpus
 * is absent.
 */
class SeedEventsIT {
    private static final EventExtractor EXTRACTOR = new EventExtractor();
    private static List<Event> french;
    private static List<Event> italian;

    @BeforeAll
    static void readSeeds() throws IOException {
        Optional<Path> corpus = Stream.of(System.getProperty("parallax.shared", "../shared"), "../../shared")
                .map(s -> Path.of(s, "corpus")).filter(Files::isDirectory).findFirst();
        assumeTrue(corpus.isPresent(), "../shared/corpus is absent");
        french = events(corpus.get(), "001_", Language.FR);
        italian = events(corpus.get(), "000_", Language.IT);
    }

    private static List<Event> events(Path corpus, String prefix, Language language) throws IOException {
        try (Stream<Path> files = Files.list(corpus)) {
            Path file = files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
            var doc = new DocumentReader(Optional.empty()).read(file, file.toString());
            assertThat(doc.language()).isEqualTo(language);
            return EXTRACTOR.extract(doc);
        }
    }

    private static void assertEvent(List<Event> events, EventType type, String value, String triggerStart) {
        assertThat(events).as("%s %s", type, value).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo(type);
            assertThat(e.date()).hasValueSatisfying(d -> assertThat(d.value()).isEqualTo(value));
            assertThat(e.trigger().toLowerCase()).startsWith(triggerStart);
            assertThat(e.modality()).isEqualTo(Modality.ASSERTED);
            assertThat(e.negated()).isFalse();
        });
    }

    @Test
    void theFrenchSeedTellsTheLandingTheEndOfTheCivilWarTheDepartureTheExecutionAndTheEmpire() {
        assertEvent(french, EventType.LANDING, "1861-12-08", "débarqu");
        assertEvent(french, EventType.OTHER, "1865", "fin");
        assertEvent(french, EventType.DEPARTURE, "1866", "partir");
        assertEvent(french, EventType.EXECUTION, "1867-06-19", "exécut");
        assertEvent(french, EventType.OTHER, "1862/1867", "établi");
    }

    @Test
    void theItalianSeedTellsTheLandingTheEndOfTheCivilWarTheDepartureTheExecutionAndTheEmpire() {
        assertEvent(italian, EventType.LANDING, "1861-12-08", "sbarc");
        assertEvent(italian, EventType.OTHER, "1865", "fine");
        assertEvent(italian, EventType.DEPARTURE, "1866", "andarsene");
        assertEvent(italian, EventType.EXECUTION, "1867-06", "giustizi");
        assertEvent(italian, EventType.OTHER, "1864/1867", "stabil");
    }

    @Test
    void bothSeedsTellTheMoratoriumAndTheLondonConventionAfterIt() {
        for (List<Event> events : List.of(french, italian)) {
            assertThat(events).anySatisfy(e -> {
                assertThat(e.type()).isEqualTo(EventType.DECREE);
                assertThat(e.date()).hasValueSatisfying(d -> assertThat(d.value()).isEqualTo("1861"));
            });
            assertThat(events).anySatisfy(e -> {
                assertThat(e.type()).isEqualTo(EventType.TREATY);
                assertThat(e.date()).hasValueSatisfying(d -> {
                    assertThat(d.value()).isEqualTo("1861");
                    assertThat(d.mod()).contains("AFTER");
                });
            });
        }
    }

    @Test
    void theExecutionIsOneEventInOneSentenceAndTheLandingIsAtVeracruz() {
        for (List<Event> events : List.of(french, italian)) {
            assertThat(events).filteredOn(e -> e.type() == EventType.EXECUTION).hasSize(1);
            assertThat(events).filteredOn(e -> e.type() == EventType.LANDING).singleElement()
                    .satisfies(e -> assertThat(e.places()).anySatisfy(p -> assertThat(p.text()).contains("Veracruz")));
        }
    }
}
