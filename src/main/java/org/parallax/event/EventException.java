package org.parallax.event;

/** A fault of the event stage; the message names the document and the position. */
public final class EventException extends RuntimeException {
    public EventException(String message) {
        super(message);
    }

    public EventException(String message, Throwable cause) {
        super(message, cause);
    }
}
