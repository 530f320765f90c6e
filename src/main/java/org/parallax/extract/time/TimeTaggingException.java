package org.parallax.extract.time;

/** A fault while tagging temporal expressions; the message names the document and the character position. */
public final class TimeTaggingException extends RuntimeException {
    public TimeTaggingException(String document, int offset, Throwable cause) {
        super(document + ": temporal tagging failed at character " + offset + ": " + cause, cause);
    }
}
