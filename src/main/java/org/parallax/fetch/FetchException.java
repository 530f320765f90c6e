package org.parallax.fetch;

/**
 * A fetch that could not be done: the page is missing, is a disambiguation page, has no edition in a
 * language, the API answered with an error or with something that is not its JSON, or the network failed
 * after the retries. The message is one line naming the edition, the title and the problem.
 */
public final class FetchException extends RuntimeException {
    private final boolean networkFailure;

    FetchException(String message, boolean networkFailure) {
        super(message.replaceAll("\\s+", " ").strip());
        this.networkFailure = networkFailure;
    }

    static FetchException of(String message) {
        return new FetchException(message, false);
    }

    static FetchException network(String message) {
        return new FetchException(message, true);
    }

    /** True when the server could not be reached or kept refusing: later requests would likely fail too. */
    public boolean networkFailure() {
        return networkFailure;
    }
}
