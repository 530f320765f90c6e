package org.parallax.fetch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * When to try a request again: on 429 and on the 5xx answers of an overloaded or restarting server,
 * after the wait the server asked for in {@code Retry-After} (seconds or an HTTP date) or else after an
 * exponential backoff, at most {@code maxRetries} times, and never after a wait longer than
 * {@code maxWait}.
 */
record RetryPolicy(int maxRetries, Duration firstBackoff, Duration maxWait, Clock clock) {

    static boolean retryable(int status) {
        return status == 429 || status == 500 || status == 502 || status == 503 || status == 504;
    }

    boolean mayRetry(int retriesDone) {
        return retriesDone < maxRetries;
    }

    /** The wait before retry number {@code retry} (1 for the first), as the server asked or by backoff. */
    Duration delay(int retry, Optional<String> retryAfter) {
        return retryAfter.flatMap(this::asked).orElseGet(() -> backoff(retry));
    }

    Duration backoff(int retry) {
        long factor = 1L << Math.min(retry - 1, 20);
        Duration wait = firstBackoff.multipliedBy(factor);
        return wait.compareTo(maxWait) > 0 ? maxWait : wait;
    }

    private Optional<Duration> asked(String header) {
        String value = header.strip();
        try {
            long seconds = Long.parseLong(value);
            return seconds < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(seconds));
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                Duration wait = Duration.between(clock.instant(), at);
                return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
            } catch (DateTimeParseException notADate) {
                return Optional.empty();
            }
        }
    }
}
