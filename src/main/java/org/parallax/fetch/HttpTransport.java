package org.parallax.fetch;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.GZIPInputStream;

/**
 * One HTTP GET with the JDK client: a connect timeout, a read timeout that covers the whole exchange
 * (headers and body, so a server that stalls mid-body cannot hang the fetch), and gzip bodies decoded
 * with a cap on their decoded size.
 */
final class HttpTransport {
    /** The largest rendered article is a few MB; a bigger answer is not an article (or is a gzip bomb). */
    static final int MAX_BODY_BYTES = 64 * 1024 * 1024;

    record Response(int status, Optional<String> retryAfter, String body) {
    }

    private final HttpClient client;
    private final Duration readTimeout;
    private final Map<String, String> headers;

    HttpTransport(Duration connectTimeout, Duration readTimeout, Map<String, String> headers) {
        this.client = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        this.readTimeout = readTimeout;
        this.headers = Map.copyOf(headers);
    }

    /** Throws {@link IOException} when the network fails or the server does not answer in time. */
    Response get(URI uri) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET().timeout(readTimeout);
        headers.forEach(request::header);
        CompletableFuture<HttpResponse<byte[]>> pending =
                client.sendAsync(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<byte[]> response;
        try {
            response = pending.get(readTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            pending.cancel(true);
            throw new HttpTimeoutException("no answer within " + readTimeout.toMillis() + " ms");
        } catch (InterruptedException e) {
            pending.cancel(true);
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException(e.getCause());
        }
        if (response.body().length > MAX_BODY_BYTES) {
            throw FetchException.of(uri.getHost() + ": answer over " + MAX_BODY_BYTES + " bytes");
        }
        String encoding = response.headers().firstValue("Content-Encoding").orElse("").toLowerCase(Locale.ROOT);
        byte[] body = encoding.contains("gzip") ? gunzip(response.body(), uri) : response.body();
        return new Response(response.statusCode(), response.headers().firstValue("Retry-After"),
                new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] gunzip(byte[] compressed, URI uri) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
            if (body.length > MAX_BODY_BYTES) {
                throw FetchException.of(uri.getHost() + ": answer over " + MAX_BODY_BYTES + " bytes once decompressed");
            }
            return body;
        } catch (IOException e) {
            throw FetchException.of(uri.getHost() + ": broken gzip body: " + e.getMessage());
        }
    }
}
