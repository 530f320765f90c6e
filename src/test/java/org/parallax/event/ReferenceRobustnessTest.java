package org.parallax.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.parallax.model.Event;
import org.parallax.model.Language;

/**
 * Seeded random passages made of the words event references are built from (relation words, event nouns,
 * names, possessives, dates, stops): extraction never fails, every event is dated and its spans lie in
 * its sentence.
 */
class ReferenceRobustnessTest {
    private static final Map<Language, String[]> WORDS = Map.of(
            Language.EN, new String[] {"after", "upon", "before", "hearing", "of", "the", "fall", "capture", "battle",
                "death", "city", "Tula", "Ruiz's", "San", "Luis", "captured", "fled", "on", "3 May 1871", ",", ".", "'s"},
            Language.FR, new String[] {"après", "avant", "la", "prise", "de", "d'Orizaba", "chute", "ville", "Tula",
                "prirent", "s'enfuit", "le", "3 mai 1871", ",", ".", "Maximilien", "I", "III"},
            Language.DE, new String[] {"nach", "vor", "der", "Einnahme", "von", "dem", "Fall", "Stadt", "Tula",
                "eroberten", "floh", "am", "3. Mai 1871", ",", ".", "Napoleon", "III."});

    @Test
    void randomReferencePassagesNeverFailAndGiveDatedEventsInsideTheirSentences() {
        Random random = new Random(20261121L);
        for (Map.Entry<Language, String[]> entry : WORDS.entrySet()) {
            for (int passage = 0; passage < 40; passage++) {
                StringBuilder text = new StringBuilder();
                int words = 5 + random.nextInt(60);
                for (int w = 0; w < words; w++) {
                    String word = entry.getValue()[random.nextInt(entry.getValue().length)];
                    text.append(w == 0 || word.equals(",") || word.equals(".") ? "" : " ").append(word);
                    if (random.nextInt(25) == 0) {
                        text.append("\n\n");
                    }
                }
                List<Event> events = EventExtractorTest.events(entry.getKey(), text.toString());
                for (Event e : events) {
                    assertThat(e.date()).as(text.toString()).isPresent();
                    assertThat(e.sentenceSpan().contains(e.triggerSpan())).as(text.toString()).isTrue();
                    assertThat(e.sentenceSpan().contains(e.date().orElseThrow().span())).as(text.toString()).isTrue();
                }
            }
        }
    }
}
