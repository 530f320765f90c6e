package org.parallax.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.parallax.ingest.DocumentReader;
import org.parallax.model.Document;
import org.parallax.model.Finding;

/** The showcase bars on the three seed editions in ../shared/corpus (skipped when absent), and the time to compare them. */
class SeedsComparisonIT {
    private static final Path CORPUS = Path.of("../../shared/corpus").toAbsolutePath().normalize();

    @Test
    void findsTheEmpirePeriodAndVeracruzLandingContradictionsAndTheExecutionAgreement() throws IOException {
        Path dir = Files.isDirectory(CORPUS) ? CORPUS : Path.of("../shared/corpus");
        assumeTrue(Files.isDirectory(dir), "no ../shared/corpus");
        List<Document> docs;
        DocumentReader reader = new DocumentReader(Optional.empty());
        try (Stream<Path> files = Files.list(dir)) {
            docs = files.filter(p -> p.toString().endsWith(".txt")).sorted().map(p -> reader.read(p, p.toString())).toList();
        }
        EditionComparator comparator = new EditionComparator();
        comparator.compare(docs);
        long t = System.nanoTime();
        FindingsReport r = comparator.compare(docs);
        System.out.printf("compare of the three seeds after warm-up: %d ms%n", (System.nanoTime() - t) / 1_000_000);
        List<Finding> contradictions = r.findings().stream().filter(f -> f.kind() == Finding.Kind.CONTRADICTION).toList();
        assertThat(contradictions).anySatisfy(f -> {
            assertThat(f.facet()).isEqualTo("period");
            assertThat(f.claims()).extracting(c -> c.value()).contains("1862/1867", "1864/1867");
        });
        assertThat(contradictions).anySatisfy(f -> {
            assertThat(f.facet()).isEqualTo("date");
            assertThat(f.claims()).extracting(c -> c.value()).contains("1861-12-08", "1861-12-14", "1862-01-07");
        });
        assertThat(r.findings()).anySatisfy(f -> {
            assertThat(f.kind()).isEqualTo(Finding.Kind.AGREEMENT);
            assertThat(f.claims()).extracting(c -> c.value()).contains("1867-06", "1867-06-19");
        });
        assertThat(contradictions).noneSatisfy(f -> assertThat(f.claims()).extracting(c -> c.value()).contains("1867-06-19"));
    }
}
