package org.parallax.event;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.parallax.ingest.DocumentReader;
import org.parallax.model.Document;

/**
 * Throughput of {@link EventExtractor} on a file (default: the English showcase article), after warm-up,
 * at 1x, 4x and 16x the input to show the cost grows linearly. Run:
 * {@code java -cp target/classes:target/test-classes:target/lib/* org.parallax.event.EventSpeedBench [FILE]}
 */
public final class EventSpeedBench {
    private EventSpeedBench() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args.length > 0 ? args[0] : "../shared/corpus/002_dda7b514c63ba195.txt");
        String text = Files.readString(file);
        EventExtractor extractor = new EventExtractor();
        DocumentReader reader = new DocumentReader(Optional.empty());
        Document one = reader.read("x1.txt", text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String body = text.substring(text.indexOf("\n\n"));
        Document four = reader.read("x4.txt", (text + body.repeat(3)).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Document sixteen = reader.read("x16.txt", (text + body.repeat(15)).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        for (int i = 0; i < 5; i++) {
            extractor.extract(one);
        }
        for (Document d : new Document[] {one, four, sixteen}) {
            int runs = 5;
            long start = System.nanoTime();
            int events = 0;
            for (int i = 0; i < runs; i++) {
                events = extractor.extract(d).size();
            }
            double seconds = (System.nanoTime() - start) / 1e9 / runs;
            System.out.printf("%s: %d chars, %d events, %.3f s per run, %.0f events/s%n", d.id(), d.text().length(),
                    events, seconds, events / seconds);
        }
    }
}
