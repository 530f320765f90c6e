package org.parallax.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.parallax.ingest.DocumentReader;
import org.parallax.model.Document;

/** Recognition speed on the showcase seeds (skipped when ../shared is absent), in CPU time of one thread. */
class RecognitionSpeedTest {
    @Test
    void recognizesAtLeastOneMegabytePerSecondPerCore() throws IOException {
        Path corpus = Files.isDirectory(Path.of("../shared/corpus")) ? Path.of("../shared/corpus") : Path.of("../../shared/corpus");
        assumeTrue(Files.isDirectory(corpus), "../shared/corpus is absent");
        List<Document> docs = new ArrayList<>();
        DocumentReader reader = new DocumentReader(java.util.Optional.empty());
        try (Stream<Path> files = Files.list(corpus)) {
            files.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(p -> docs.add(reader.read(p, p.toString())));
        }
        EntityResolver resolver = new EntityResolver();
        docs.forEach(resolver::resolve); // warm-up: gazetteer, language data, JIT
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long chars = 0;
        long cpu = threads.getCurrentThreadCpuTime();
        for (int round = 0; round < 20; round++) {
            for (Document d : docs) {
                resolver.resolve(d);
                chars += d.text().length();
            }
        }
        double seconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
        double mbPerSecond = chars / 1e6 / seconds;
        System.out.printf("recognition: %.2f MB/s per core (%d chars in %.2f s CPU)%n", mbPerSecond, chars, seconds);
        assertThat(mbPerSecond).isGreaterThan(1.0);
    }
}
