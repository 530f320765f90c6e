package org.parallax.resolve.gazetteer;

/** A gazetteer source that cannot be read; the message names the file and line. */
public final class GazetteerException extends RuntimeException {
    public GazetteerException(String message) {
        super(message);
    }
}
