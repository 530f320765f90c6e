package org.parallax.segment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.parallax.ingest.DocumentReader;
import org.parallax.model.Document;

/**
 * Whole-pipeline benchmark of ingestion and segmentation, in one process on one thread: reads every file of
 * each directory given (language identification included), splits it into sentences and tokens, and prints
 * the throughput. The first directory is processed once untimed to warm up the JIT and load the models.
 * Run by {@code bench/segment-throughput.sh}, which builds the inputs.
 */
public final class SegmentThroughput {
    private SegmentThroughput() {
    }

    public static void main(String[] args) throws IOException {
        DocumentReader reader = new DocumentReader();
        Segmenter segmenter = new Segmenter();
        run(reader, segmenter, Path.of(args[0]));
        System.out.println("set\tfiles\tMB\tseconds\tMB/s\tsentences\ttokens");
        for (String arg : args) {
            Path dir = Path.of(arg);
            long start = System.nanoTime();
            long[] counts = run(reader, segmenter, dir);
            double seconds = (System.nanoTime() - start) / 1e9;
            double mb = counts[1] / 1e6;
            System.out.printf(Locale.ROOT, "%s\t%d\t%.1f\t%.2f\t%.2f\t%d\t%d%n", dir.getFileName(), counts[0], mb, seconds,
                    mb / seconds, counts[2], counts[3]);
        }
    }

    /** Files, bytes, sentences and tokens of one directory. */
    private static long[] run(DocumentReader reader, Segmenter segmenter, Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.sorted().toList();
        }
        long bytes = 0;
        long sentences = 0;
        long tokens = 0;
        for (Path file : files) {
            bytes += Files.size(file);
            Document doc = reader.read(file);
            for (var sentence : segmenter.sentences(doc)) {
                sentences++;
                tokens += segmenter.tokens(doc, sentence.span()).size();
            }
        }
        return new long[] {files.size(), bytes, sentences, tokens};
    }
}
