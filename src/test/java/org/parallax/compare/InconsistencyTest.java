package org.parallax.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.ingest.DocumentReader;
import org.parallax.model.Finding;

/** One edition disagreeing with itself: its infobox against its own text, two of its sentences against each other. */
class InconsistencyTest {
    private static List<Finding> compareAlone(String name, String text) {
        var doc = new DocumentReader().read(name, text.getBytes(StandardCharsets.UTF_8));
        return new EditionComparator().compare(List.of(doc)).findings();
    }

    @Test
    void reportsAnInfoboxDateThatDisagreesWithThePeriodInTheLeadAsAnInconsistency() {
        List<Finding> findings = compareAlone("valdoria-en.txt", """
                = Siege of Valdoria =

                Infobox
                - Date: 2 March – 30 April 1702
                - Place: Valdoria

                The Siege of Valdoria (1702–1703) was a siege of the fortress town of Valdoria by the imperial army of Count Anselm Hollberg.

                ==Siege==

                On 2 March 1702 Count Anselm Hollberg arrived before Valdoria with 8,000 men and began the siege.
                """);
        assertThat(findings).anySatisfy(f -> {
            assertThat(f.kind()).isEqualTo(Finding.Kind.INCONSISTENCY);
            assertThat(f.facet()).isEqualTo("period");
            assertThat(f.claims()).extracting(c -> c.value()).contains("1702-03-02/1702-04-30", "1702/1703");
            assertThat(f.claims()).anySatisfy(c -> assertThat(c.text()).startsWith("Date:"));
            assertThat(f.claims()).anySatisfy(c -> assertThat(c.text()).contains("(1702–1703)"));
        });
        assertThat(findings).noneMatch(f -> f.kind() == Finding.Kind.CONTRADICTION);
    }

    @Test
    void reportsTwoSentencesGivingOneSurrenderDifferentDaysAsAnInconsistency() {
        List<Finding> findings = compareAlone("valdoria-es.txt", """
                = Sitio de Valdoria =

                El sitio de Valdoria fue el asedio de la plaza fuerte de Valdoria por el ejército imperial del conde Anselm Hollberg.

                == El sitio ==

                El 2 de marzo de 1702 el conde Anselm Hollberg llegó ante Valdoria con 8.000 hombres. La ciudad se rindió a Anselm Hollberg el 30 de abril de 1702.

                == Consecuencias ==

                Cuando la ciudad se rindió a Anselm Hollberg el 3 de mayo de 1702, la guarnición salió con sus banderas.
                """);
        assertThat(findings).anySatisfy(f -> {
            assertThat(f.kind()).isEqualTo(Finding.Kind.INCONSISTENCY);
            assertThat(f.facet()).isEqualTo("date");
            assertThat(f.claims()).extracting(c -> c.value()).containsExactlyInAnyOrder("1702-04-30", "1702-05-03");
            assertThat(f.claims()).extracting(c -> c.language().code()).containsOnly("es");
        });
    }

    @Test
    void findsNoInconsistencyWhenTheSentencesTellTwoDifferentOccurrences() {
        List<Finding> findings = compareAlone("valdoria-de.txt", """
                = Belagerung von Valdoria =

                Am 2. März 1702 erreichte Graf Anselm Hollberg Valdoria mit 8.000 Mann. Am 30. April 1702 ergab sich die Stadt Anselm Hollberg.

                == Folgen ==

                Am 12. Mai 1702 zog Anselm Hollberg mit seinem Heer nach Norden ab.
                """);
        assertThat(findings).noneMatch(f -> f.kind() == Finding.Kind.INCONSISTENCY);
    }
}
