package org.parallax.resolve;

/** A problem of the resolve stage (bad language data, a document that cannot be analysed); the message names where. */
public final class ResolveException extends RuntimeException {
    public ResolveException(String message) {
        super(message);
    }
}
