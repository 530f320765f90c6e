package org.parallax.fetch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;

/**
 * A stand-in for the MediaWiki Action API of several Wikipedias, on the loopback interface and a free
 * port, answering {@code action=query} and {@code action=parse} in format version 2 with articles the test
 * defines, and misbehaving on request: status codes with {@code Retry-After}, maxlag errors, malformed
 * JSON, silence, dropped connections. It records every request it sees.
 */
public final class StubWiki implements AutoCloseable {
    /** One article of one edition. */
    public record Page(String lang, String title, long revision, String timestamp, String wikidata,
                       boolean disambiguation, Map<String, String> languageLinks, String html) {
    }

    /** A request as the server saw it. */
    public record Request(String lang, Map<String, String> params, String userAgent, String acceptEncoding) {
    }

    /** How to answer one request instead of serving it. */
    public sealed interface Fault {
        record Status(int code, String retryAfter) implements Fault { }
        record Body(String body) implements Fault { }
        record MaxLag(String retryAfter) implements Fault { }
        record Silence() implements Fault { }
        record Disconnect() implements Fault { }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Small batches, so that language links need continuation as on the real API. */
    private static final int LINK_BATCH = 2;

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "stub-wiki");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Map<String, Page>> pages = new ConcurrentHashMap<>();
    private final Map<String, Map<String, String>> redirects = new ConcurrentHashMap<>();
    private final Map<String, Deque<Fault>> nextFaults = new ConcurrentHashMap<>();
    private final Map<String, Fault> brokenLanguages = new ConcurrentHashMap<>();
    private final List<Request> requests = Collections.synchronizedList(new ArrayList<>());
    private final CountDownLatch released = new CountDownLatch(1);
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    private final AtomicInteger gzipped = new AtomicInteger();

    public StubWiki() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    /** The API URL template to give the fetcher: {@code http://127.0.0.1:PORT/{lang}/w/api.php}. */
    public String apiTemplate() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/{lang}/w/api.php";
    }

    public StubWiki page(Page page) {
        pages.computeIfAbsent(page.lang(), l -> new ConcurrentHashMap<>()).put(page.title(), page);
        return this;
    }

    public StubWiki redirect(String lang, String from, String to) {
        redirects.computeIfAbsent(lang, l -> new ConcurrentHashMap<>()).put(from, to);
        return this;
    }

    /** The next requests to this edition get these answers, in order; then it behaves again. */
    public StubWiki failNext(String lang, Fault... faults) {
        Deque<Fault> queue = nextFaults.computeIfAbsent(lang, l -> new ArrayDeque<>());
        synchronized (queue) {
            queue.addAll(List.of(faults));
        }
        return this;
    }

    /** Every request to this edition gets this answer. */
    public StubWiki breakLanguage(String lang, Fault fault) {
        brokenLanguages.put(lang, fault);
        return this;
    }

    public List<Request> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    public int maxConcurrentRequests() {
        return maxInFlight.get();
    }

    public int gzippedAnswers() {
        return gzipped.get();
    }

    @Override
    public void close() {
        released.countDown();
        server.stop(0);
        threads.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        // The request counts as in flight until its answer is ready: once the answer's bytes are written the client
        // may rightly send its next request before this handler has returned, which is not two at a time.
        boolean[] answered = {false};
        Runnable answer = () -> {
            if (!answered[0]) {
                answered[0] = true;
                inFlight.decrementAndGet();
            }
        };
        try (exchange) {
            String[] path = exchange.getRequestURI().getPath().split("/");
            String lang = path.length > 1 ? path[1] : "";
            Map<String, String> params = query(exchange.getRequestURI().getRawQuery());
            requests.add(new Request(lang, params, exchange.getRequestHeaders().getFirst("User-Agent"),
                    exchange.getRequestHeaders().getFirst("Accept-Encoding")));
            Fault fault = nextFault(lang);
            if (fault != null) {
                answer.run();
                misbehave(exchange, fault);
                return;
            }
            if (!pages.containsKey(lang) || !"/w/api.php".equals(exchange.getRequestURI().getPath().substring(lang.length() + 1))) {
                answer.run();
                send(exchange, 404, "<html><body>Not Found</body></html>");
                return;
            }
            String body = JSON.writeValueAsString(answer(lang, params));
            pause();
            answer.run();
            send(exchange, 200, body);
        } finally {
            answer.run();
        }
    }

    /** Holds an answer a little, so that a client asking two things at a time is seen doing it. */
    private static void pause() {
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Fault nextFault(String lang) {
        Deque<Fault> queue = nextFaults.get(lang);
        if (queue != null) {
            synchronized (queue) {
                if (!queue.isEmpty()) {
                    return queue.poll();
                }
            }
        }
        return brokenLanguages.get(lang);
    }

    private void misbehave(HttpExchange exchange, Fault fault) throws IOException {
        switch (fault) {
            case Fault.Status s -> {
                if (s.retryAfter() != null) {
                    exchange.getResponseHeaders().set("Retry-After", s.retryAfter());
                }
                send(exchange, s.code(), "<html><body>Too busy</body></html>");
            }
            case Fault.Body b -> send(exchange, 200, b.body());
            case Fault.MaxLag m -> {
                exchange.getResponseHeaders().set("Retry-After", m.retryAfter());
                exchange.getResponseHeaders().set("MediaWiki-API-Error", "maxlag");
                send(exchange, 200, "{\"error\":{\"code\":\"maxlag\",\"info\":\"Waiting for a replica: 7 seconds lagged.\","
                        + "\"host\":\"db1\",\"lag\":7,\"type\":\"db\"},\"servedby\":\"stub\"}");
            }
            case Fault.Silence s -> {
                try {
                    released.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            case Fault.Disconnect d -> {
                // closing without a status line: the client sees the connection drop
            }
        }
    }

    private ObjectNode answer(String lang, Map<String, String> params) {
        if (!"json".equals(params.get("format")) || !"2".equals(params.get("formatversion"))) {
            return error("badformat", "This stub speaks format=json&formatversion=2 only.");
        }
        return switch (params.getOrDefault("action", "")) {
            case "query" -> query(lang, params);
            case "parse" -> parse(lang, params);
            default -> error("badvalue", "Unrecognized value for parameter \"action\".");
        };
    }

    private ObjectNode query(String lang, Map<String, String> params) {
        String asked = params.getOrDefault("titles", "");
        String title = asked.isEmpty() ? asked : Character.toUpperCase(asked.charAt(0)) + asked.substring(1);
        ObjectNode root = JSON.createObjectNode();
        root.put("batchcomplete", true);
        ObjectNode query = root.putObject("query");
        if (!title.equals(asked)) {
            query.putArray("normalized").addObject().put("fromencoded", false).put("from", asked).put("to", title);
        }
        String target = redirects.getOrDefault(lang, Map.of()).get(title);
        if (target != null && "1".equals(params.get("redirects"))) {
            query.putArray("redirects").addObject().put("from", title).put("to", target);
            title = target;
        }
        ArrayNode list = query.putArray("pages");
        Page page = pages.get(lang).get(title);
        if (page == null) {
            list.addObject().put("ns", 0).put("title", title).put("missing", true);
            return root;
        }
        ObjectNode out = list.addObject();
        out.put("pageid", Math.abs(title.hashCode() % 100_000)).put("ns", 0).put("title", page.title())
                .put("contentmodel", "wikitext").put("pagelanguage", lang).put("lastrevid", page.revision());
        String url = "https://" + lang + ".wikipedia.org/wiki/" + page.title().replace(' ', '_');
        out.put("fullurl", url).put("canonicalurl", url);
        ObjectNode props = out.putObject("pageprops");
        if (page.wikidata() != null) {
            props.put("wikibase_item", page.wikidata());
        }
        if (page.disambiguation()) {
            props.put("disambiguation", "");
        }
        out.putArray("revisions").addObject().put("revid", page.revision()).put("parentid", page.revision() - 1)
                .put("timestamp", page.timestamp());
        if (params.getOrDefault("prop", "").contains("langlinks")) {
            addLinkBatch(root, out, page, params.get("llcontinue"));
        }
        return root;
    }

    private static void addLinkBatch(ObjectNode root, ObjectNode out, Page page, String from) {
        List<Map.Entry<String, String>> links = new ArrayList<>(new java.util.TreeMap<>(page.languageLinks()).entrySet());
        int start = 0;
        if (from != null) {
            String lang = from.substring(from.indexOf('|') + 1);
            while (start < links.size() && !links.get(start).getKey().equals(lang)) {
                start++;
            }
        }
        int end = Math.min(links.size(), start + LINK_BATCH);
        ArrayNode batch = out.putArray("langlinks");
        for (Map.Entry<String, String> link : links.subList(start, end)) {
            batch.addObject().put("lang", link.getKey()).put("title", link.getValue());
        }
        if (end < links.size()) {
            root.remove("batchcomplete");
            root.putObject("continue").put("llcontinue", out.path("pageid").asText() + "|" + links.get(end).getKey())
                    .put("continue", "||");
        }
    }

    private ObjectNode parse(String lang, Map<String, String> params) {
        long oldid = Long.parseLong(params.getOrDefault("oldid", "0"));
        Page page = pages.get(lang).values().stream().filter(p -> p.revision() == oldid).findFirst().orElse(null);
        if (page == null) {
            return error("nosuchrevid", "There is no revision with ID " + oldid + ".");
        }
        ObjectNode root = JSON.createObjectNode();
        root.putObject("parse").put("title", page.title()).put("pageid", 1).put("revid", page.revision())
                .put("text", page.html());
        return root;
    }

    private static ObjectNode error(String code, String info) {
        ObjectNode root = JSON.createObjectNode();
        root.putObject("error").put("code", code).put("info", info);
        root.put("servedby", "stub");
        return root;
    }

    private void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String accept = exchange.getRequestHeaders().getFirst("Accept-Encoding");
        if (accept != null && accept.contains("gzip")) {
            ByteArrayOutputStream zipped = new ByteArrayOutputStream();
            try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
                gzip.write(bytes);
            }
            bytes = zipped.toByteArray();
            exchange.getResponseHeaders().set("Content-Encoding", "gzip");
            gzipped.incrementAndGet();
        }
        exchange.getResponseHeaders().set("Content-Type", body.startsWith("{") ? "application/json; charset=utf-8"
                : "text/html; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> params = new LinkedHashMap<>();
        if (raw == null) {
            return params;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            params.put(key, value);
        }
        return params;
    }

    /** Reads an HTML fragment written for the tests from {@code src/test/resources/fetch/}. */
    public static String fragment(String name) {
        try (InputStream in = StubWiki.class.getResourceAsStream("/fetch/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Map<String, String> links(String... langAndTitle) {
        Map<String, String> links = new HashMap<>();
        for (int i = 0; i + 1 < langAndTitle.length; i += 2) {
            links.put(langAndTitle[i], langAndTitle[i + 1]);
        }
        return links;
    }
}
