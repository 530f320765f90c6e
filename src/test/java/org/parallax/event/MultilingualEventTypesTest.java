package org.parallax.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.parallax.model.Event;
import org.parallax.model.EventType;
import org.parallax.model.Language;

/**
 * Every event type in every language: dated sentences written for this test, one per type in English and
 * two in other forms (tense, voice, noun) in French, Italian, Spanish, German and Portuguese, in
 * {@code src/test/resources/event/types-<code>.tsv}. Adding a case is adding a line.
 */
class MultilingualEventTypesTest {
    static Stream<Arguments> cases() throws IOException {
        List<Arguments> out = new ArrayList<>();
        for (Language language : Language.values()) {
            try (InputStream in = MultilingualEventTypesTest.class.getResourceAsStream("/event/types-" + language.code() + ".tsv")) {
                assertThat(in).as("type cases for " + language).isNotNull();
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    if (!line.isBlank() && !line.startsWith("#")) {
                        String[] cols = line.split("\t", 2);
                        out.add(Arguments.of(language, EventType.valueOf(cols[0].toUpperCase()), cols[1].strip()));
                    }
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("cases")
    void readsADatedEventOfTheExpectedType(Language language, EventType type, String sentence) {
        List<Event> events = EventExtractorTest.events(language, sentence);
        assertThat(events).as(sentence).extracting(Event::type).contains(type);
        assertThat(events).allSatisfy(e -> assertThat(e.date()).isPresent());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void everyLanguageCoversEveryEventType(Language language) throws IOException {
        List<EventType> covered = cases().filter(a -> a.get()[0] == language).map(a -> (EventType) a.get()[1]).toList();
        assertThat(covered).containsAll(Arrays.asList(EventType.values()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languagesBesidesEnglish")
    void everyLanguageBesidesEnglishTellsEveryTypeInTwoDifferentPassages(Language language) throws IOException {
        List<Arguments> own = cases().filter(a -> a.get()[0] == language).toList();
        for (EventType t : EventType.values()) {
            long passages = own.stream().filter(a -> a.get()[1] == t).map(a -> a.get()[2]).distinct().count();
            assertThat(passages).as("%s passages for %s", language, t).isGreaterThanOrEqualTo(t == EventType.OTHER ? 1 : 2);
        }
    }

    static Stream<Language> languages() {
        return Arrays.stream(Language.values());
    }

    /** English is measured on the dev gold timeline; the other editions have only these passages. */
    static Stream<Language> languagesBesidesEnglish() {
        return languages().filter(l -> l != Language.EN);
    }
}
