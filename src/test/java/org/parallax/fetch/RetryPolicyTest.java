package org.parallax.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
    private final RetryPolicy policy = new RetryPolicy(4, Duration.ofSeconds(1), Duration.ofSeconds(20),
            Clock.fixed(Instant.parse("2026-11-21T01:00:00Z"), ZoneOffset.UTC));

    @Test
    void retriesTooManyRequestsAndServerErrorsOnly() {
        assertThat(RetryPolicy.retryable(429)).isTrue();
        assertThat(RetryPolicy.retryable(503)).isTrue();
        assertThat(RetryPolicy.retryable(502)).isTrue();
        assertThat(RetryPolicy.retryable(404)).isFalse();
        assertThat(RetryPolicy.retryable(400)).isFalse();
        assertThat(RetryPolicy.retryable(200)).isFalse();
    }

    @Test
    void doublesTheBackoffUpToTheLongestWait() {
        assertThat(policy.backoff(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(policy.backoff(2)).isEqualTo(Duration.ofSeconds(2));
        assertThat(policy.backoff(4)).isEqualTo(Duration.ofSeconds(8));
        assertThat(policy.backoff(6)).isEqualTo(Duration.ofSeconds(20));
        assertThat(policy.backoff(400)).isEqualTo(Duration.ofSeconds(20));
    }

    @Test
    void takesRetryAfterInSecondsOrAsAnHttpDate() {
        assertThat(policy.delay(1, Optional.of(" 12 "))).isEqualTo(Duration.ofSeconds(12));
        assertThat(policy.delay(1, Optional.of("Sat, 21 Nov 2026 01:01:00 GMT"))).isEqualTo(Duration.ofSeconds(60));
        assertThat(policy.delay(1, Optional.of("Sat, 21 Nov 2026 00:59:00 GMT"))).isEqualTo(Duration.ZERO);
    }

    @Test
    void fallsBackToBackoffWhenRetryAfterIsUnreadable() {
        assertThat(policy.delay(3, Optional.of("soon"))).isEqualTo(Duration.ofSeconds(4));
        assertThat(policy.delay(3, Optional.of("-5"))).isEqualTo(Duration.ofSeconds(4));
        assertThat(policy.delay(3, Optional.empty())).isEqualTo(Duration.ofSeconds(4));
    }

    @Test
    void capsTheNumberOfRetries() {
        assertThat(policy.mayRetry(3)).isTrue();
        assertThat(policy.mayRetry(4)).isFalse();
    }
}
