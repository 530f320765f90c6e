package org.parallax.fetch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.parallax.model.Language;

/**
 * Calls the MediaWiki Action API of one edition politely: one request at a time, the etiquette's
 * parameters and headers, retries with backoff on 429/5xx, on {@code maxlag} answers and on network
 * failures, and the answer checked to be the API's JSON. Every failure is a one-line
 * {@link FetchException} naming the edition and the endpoint.
 */
final class ApiClient {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String template;
    private final HttpTransport transport;
    private final RetryPolicy retry;
    private final WikipediaFetcher.Sleeper sleeper;
    private final Duration readTimeout;

    ApiClient(WikipediaFetcher.Settings settings) {
        this.template = settings.apiTemplate();
        this.transport = new HttpTransport(settings.connectTimeout(), settings.readTimeout(),
                Etiquette.headers(settings.contact()));
        this.retry = new RetryPolicy(settings.maxRetries(), settings.firstBackoff(), settings.maxWait(), settings.clock());
        this.sleeper = settings.sleeper();
        this.readTimeout = settings.readTimeout();
    }

    /** The API's JSON answer to a GET with these parameters; synchronized so that requests go one at a time. */
    synchronized JsonNode get(Language language, Map<String, String> parameters) {
        URI uri = Etiquette.uri(template, language, parameters);
        String where = language.code() + " API " + Etiquette.endpoint(template, language);
        for (int retries = 0; ; retries++) {
            HttpTransport.Response response;
            try {
                response = transport.get(uri);
            } catch (IOException e) {
                if (!retry.mayRetry(retries)) {
                    throw FetchException.network(where + ": " + describe(e) + attempts(retries + 1));
                }
                pause(retry.backoff(retries + 1), where);
                continue;
            }
            if (RetryPolicy.retryable(response.status())) {
                if (!retry.mayRetry(retries)) {
                    throw FetchException.network(where + ": HTTP " + response.status() + attempts(retries + 1));
                }
                pause(retry.delay(retries + 1, response.retryAfter()), where);
                continue;
            }
            if (response.status() != 200) {
                throw FetchException.of(where + ": HTTP " + response.status());
            }
            JsonNode json = parse(response.body(), where);
            JsonNode error = json.path("error");
            if (error.path("code").asText().equals("maxlag")) {
                // the API asks bots to come back when its replicas have caught up
                if (!retry.mayRetry(retries)) {
                    throw FetchException.network(where + ": replication lag over " + Etiquette.MAX_LAG_SECONDS
                            + " s" + attempts(retries + 1));
                }
                Optional<String> after = response.retryAfter().or(() -> Optional.of(Integer.toString(Etiquette.MAX_LAG_SECONDS)));
                pause(retry.delay(retries + 1, after), where);
                continue;
            }
            if (error.isObject()) {
                throw FetchException.of(where + ": API error " + error.path("code").asText("unknown") + ": "
                        + error.path("info").asText(""));
            }
            return json;
        }
    }

    private static JsonNode parse(String body, String where) {
        try {
            JsonNode json = JSON.readTree(body);
            if (json == null || !json.isObject()) {
                throw FetchException.of(where + ": answer is not a JSON object");
            }
            return json;
        } catch (JsonProcessingException e) {
            String at = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr();
            throw FetchException.of(where + ": malformed JSON" + at + ": " + e.getOriginalMessage());
        }
    }

    private void pause(Duration wait, String where) {
        if (wait.compareTo(retry.maxWait()) > 0) {
            throw FetchException.network(where + ": server asked to wait " + wait.toSeconds()
                    + " s, over the limit of " + retry.maxWait().toSeconds() + " s");
        }
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw FetchException.network(where + ": interrupted while waiting to retry");
        }
    }

    private static String attempts(int n) {
        return n == 1 ? " (1 attempt)" : " (" + n + " attempts)";
    }

    private String describe(IOException e) {
        if (e instanceof HttpTimeoutException) {
            return "timed out: no answer within " + readTimeout.toMillis() + " ms";
        }
        if (e instanceof java.net.ConnectException) {
            return "network failure: cannot connect" + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")");
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return "network failure: " + message;
    }
}
