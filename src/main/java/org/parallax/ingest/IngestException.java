package org.parallax.ingest;

/** A file that cannot be read as a document. The message is one line that names the file and the problem. */
public final class IngestException extends RuntimeException {
    public IngestException(String file, String problem) {
        super(file + ": " + problem);
    }
}
