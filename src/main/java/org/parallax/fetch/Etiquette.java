package org.parallax.fetch;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.parallax.model.Language;

/**
 * What the Wikimedia API etiquette asks of a client, in one place: a User-Agent that names the tool and
 * a way to reach its operator, {@code maxlag} so that the API refuses us first when its replicas lag,
 * gzip, and JSON in format version 2.
 */
final class Etiquette {
    /** Seconds of replication lag above which the API answers "maxlag" instead of serving us. */
    static final int MAX_LAG_SECONDS = 5;
    static final String POLICY = "https://foundation.wikimedia.org/wiki/Policy:Wikimedia_Foundation_User-Agent_Policy";

    private Etiquette() {
    }

    static String userAgent(String contact) {
        String version = Etiquette.class.getPackage().getImplementationVersion();
        String reach = contact.isBlank() ? "no contact given; see " + POLICY : contact.strip();
        return "Parallax/" + (version == null ? "development" : version) + " (" + reach
                + ") Java-http-client/" + Runtime.version().feature();
    }

    static Map<String, String> headers(String contact) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("User-Agent", userAgent(contact));
        headers.put("Accept-Encoding", "gzip");
        headers.put("Accept", "application/json");
        return headers;
    }

    /** The API URL of one edition: the template with {@code {lang}} replaced, and the request's parameters. */
    static URI uri(String template, Language language, Map<String, String> parameters) {
        Map<String, String> all = new LinkedHashMap<>(parameters);
        all.put("format", "json");
        all.put("formatversion", "2");
        all.put("maxlag", Integer.toString(MAX_LAG_SECONDS));
        String query = all.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        String base = endpoint(template, language);
        return URI.create(base + (base.contains("?") ? "&" : "?") + query);
    }

    static String endpoint(String template, Language language) {
        return template.replace("{lang}", language.code());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
