package org.parallax.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.parallax.ingest.DocumentReader;
import org.parallax.ingest.IngestException;
import org.parallax.model.Document;

/**
 * Runs a per-document task over a batch of inputs: each document's output is produced in full before
 * any of it is written, a bad input is reported on one line and skipped, and the exit code is 2 when any
 * input was refused.
 */
final class Batch {
    /** Produces the complete output of one document (JSON lines), or throws a stage exception. */
    @FunctionalInterface
    interface Task {
        String apply(Document document);
    }

    private Batch() {
    }

    static int run(List<String> files, DocumentReader reader, PrintWriter out, PrintWriter err, Task task) {
        int failed = 0;
        for (String file : files) {
            try {
                Document document = read(reader, file);
                String output = task.apply(document);
                out.print(output);
                out.flush();
            } catch (IngestException e) {
                err.println("parallax: " + e.getMessage());
                failed++;
            } catch (RuntimeException e) {
                err.println("parallax: " + file + ": " + oneLine(e));
                failed++;
            }
        }
        err.flush();
        return failed == 0 ? 0 : 2;
    }

    static Document read(DocumentReader reader, String file) {
        if (file.equals("-")) {
            return reader.read("-", System.in);
        }
        return reader.read(Path.of(file), file);
    }

    static String oneLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.replaceAll("\\s+", " ").strip();
    }
}
