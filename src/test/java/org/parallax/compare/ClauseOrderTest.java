package org.parallax.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.ingest.DocumentReader;
import org.parallax.model.Document;
import org.parallax.model.Finding;

/** Order told by words in one undated sentence against order told by dates in another edition. */
class ClauseOrderTest {
    private static Document doc(String name, String text) {
        return new DocumentReader().read(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<Finding> sequences(Document... docs) {
        return new EditionComparator().compare(List.of(docs)).findings().stream()
                .filter(f -> f.kind() == Finding.Kind.CONTRADICTION && f.facet().equals("sequence")).toList();
    }

    @Test
    void reportsAnUndatedFirstThenSentenceAgainstDatesInTheOtherOrder() {
        Document de = doc("marden-de.txt", """
                = Frieden von Marden =

                Der Frieden von Marden beendete 1712 den Krieg zwischen Norland und Sudmark.

                == Ratifikation ==

                Sudmark ratifizierte den Vertrag am 3. April 1712. Norland ratifizierte ihn am 20. Mai 1712.
                """);
        Document it = doc("marden-it.txt", """
                = Pace di Marden =

                La pace di Marden pose fine nel 1712 alla guerra tra Norland e Sudmark.

                == Ratifica ==

                Norland ratificò il trattato per prima e poi Sudmark lo ratificò a sua volta.
                """);
        assertThat(sequences(de, it)).anySatisfy(f -> {
            assertThat(f.claims()).anySatisfy(c -> assertThat(c.text()).contains("per prima e poi"));
            assertThat(f.claims()).anySatisfy(c -> assertThat(c.value()).isEqualTo("first (1712-04-03)"));
            assertThat(f.claims()).anySatisfy(c -> assertThat(c.value()).isEqualTo("then (1712-05-20)"));
        });
    }

    @Test
    void findsNoContradictionWhenTheWordsAndTheDatesGiveTheSameOrder() {
        Document de = doc("marden-de.txt", """
                = Frieden von Marden =

                Sudmark ratifizierte den Vertrag am 3. April 1712. Norland ratifizierte ihn am 20. Mai 1712.
                """);
        Document it = doc("marden-it.txt", """
                = Pace di Marden =

                Sudmark ratificò il trattato per primo e poi Norland lo ratificò a sua volta.
                """);
        assertThat(sequences(de, it)).isEmpty();
    }

    @Test
    void keysFoldAccentsAndKeepTheFirstThreeConsonantsMarkingNames() {
        assertThat(ClauseOrder.keys("abdicó")).containsExactly("wbdc");
        assertThat(ClauseOrder.keys("abdicated")).containsExactly("wbdc");
        assertThat(ClauseOrder.keys("Castela")).containsExactly("Ncst");
    }
}
