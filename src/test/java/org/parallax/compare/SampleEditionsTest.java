package org.parallax.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parallax.ingest.DocumentReader;
import org.parallax.model.Finding;

/**
 * The bundled sample (samples/puebla-1863: one siege told in six languages, written for the project with
 * planted disagreements) compared end to end, through every stage from the files.
 */
class SampleEditionsTest {
    private static List<Finding> findings;

    @BeforeAll
    static void compareTheSample() throws IOException {
        DocumentReader reader = new DocumentReader();
        try (Stream<Path> files = Files.list(Path.of("samples/puebla-1863"))) {
            findings = new EditionComparator()
                    .compare(files.sorted().map(p -> reader.read(p, p.toString())).toList()).findings();
        }
    }

    @Test
    void reportsThePortugueseArrivalDateAsADateContradiction() {
        assertThat(findings).anySatisfy(f -> {
            assertThat(f.kind()).isEqualTo(Finding.Kind.CONTRADICTION);
            assertThat(f.facet()).isEqualTo("date");
            assertThat(f.claims()).anySatisfy(c -> {
                assertThat(c.language().code()).isEqualTo("pt");
                assertThat(c.value()).isEqualTo("1863-03-23");
            });
            assertThat(f.claims()).extracting(c -> c.value()).contains("1863-03-16");
        });
    }

    @Test
    void reportsTheSpanishSurrenderDayAgainstTheOthers() {
        assertThat(findings).anySatisfy(f -> {
            assertThat(f.kind()).isEqualTo(Finding.Kind.CONTRADICTION);
            assertThat(f.facet()).isEqualTo("date");
            assertThat(f.claims()).extracting(c -> c.value()).contains("1863-05-19", "1863-05-17");
        });
    }

    @Test
    void neverCallsTheSameNamedPlaceAContradiction() {
        assertThat(findings).noneSatisfy(f -> {
            assertThat(f.kind()).isEqualTo(Finding.Kind.CONTRADICTION);
            assertThat(f.facet()).isEqualTo("place");
            assertThat(f.claims()).extracting(c -> c.value()).containsOnly("Puebla");
        });
    }

    @Test
    void agreesOnTheStrengthOfTheBesiegersInEveryEdition() {
        assertThat(findings).anySatisfy(f -> {
            assertThat(f.kind()).isEqualTo(Finding.Kind.AGREEMENT);
            assertThat(f.facet()).isEqualTo("figure");
            assertThat(f.claims()).extracting(c -> c.language().code()).contains("de", "en", "es", "fr", "it", "pt");
        });
    }
}
