package org.parallax.fetch;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.parallax.model.Language;

/**
 * Fetches the language editions of a Wikipedia article from its title: resolves the title in one
 * edition (following redirects; a disambiguation page is refused), finds the other editions through its
 * language links, and writes each edition's rendered HTML and metadata to a directory, politely (see
 * {@link Settings}). What one edition lacks is reported and the others are still fetched; after a network
 * failure the editions already written are kept and listed.
 */
public final class WikipediaFetcher {
    /** The public Wikipedias; {@code {lang}} is replaced by the edition's language code. */
    public static final String DEFAULT_API = "https://{lang}.wikipedia.org/w/api.php";

    /** Waits between retries; tests pass one that records the waits instead of sleeping. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    /**
     * How to reach the API, validated once here.
     *
     * @param apiTemplate    the Action API URL with {@code {lang}} where the language code goes
     * @param contact        an e-mail address or URL where Wikimedia operators can reach whoever runs Parallax
     * @param connectTimeout how long to wait for a connection
     * @param readTimeout    how long to wait for a whole answer
     * @param maxRetries     retries after a 429, a 5xx, a maxlag answer or a network failure
     * @param firstBackoff   the wait before the first retry when the server names none; it doubles each time
     * @param maxWait        the longest wait accepted, whether asked by {@code Retry-After} or by backoff
     */
    public record Settings(String apiTemplate, String contact, Duration connectTimeout, Duration readTimeout,
                           int maxRetries, Duration firstBackoff, Duration maxWait, Sleeper sleeper, Clock clock) {
        public Settings {
            if (apiTemplate == null || !apiTemplate.contains("{lang}")) {
                throw new IllegalArgumentException("API URL must contain {lang} where the language code goes, e.g. "
                        + DEFAULT_API + "; got " + apiTemplate);
            }
            try {
                URI uri = new URI(apiTemplate.replace("{lang}", "en"));
                if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme()) || uri.getHost() == null) {
                    throw new IllegalArgumentException("API URL must be an http(s) URL with a host; got " + apiTemplate);
                }
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException("API URL is not a URL: " + apiTemplate);
            }
            if (contact == null || sleeper == null || clock == null || connectTimeout == null || readTimeout == null
                    || firstBackoff == null || maxWait == null) {
                throw new IllegalArgumentException("fetch settings must not be null");
            }
            if (connectTimeout.isNegative() || connectTimeout.isZero() || readTimeout.isNegative() || readTimeout.isZero()) {
                throw new IllegalArgumentException("timeouts must be positive");
            }
            if (maxRetries < 0 || maxRetries > 20) {
                throw new IllegalArgumentException("retries must be between 0 and 20; got " + maxRetries);
            }
        }

        /** The public Wikipedias, 10 s to connect, 60 s per answer, 4 retries from 1 s up to 120 s. */
        public static Settings defaults() {
            return new Settings(DEFAULT_API, "", Duration.ofSeconds(10), Duration.ofSeconds(60), 4,
                    Duration.ofSeconds(1), Duration.ofSeconds(120), d -> Thread.sleep(d.toMillis()), Clock.systemUTC());
        }

        public Settings withApi(String template) {
            return new Settings(template, contact, connectTimeout, readTimeout, maxRetries, firstBackoff, maxWait, sleeper, clock);
        }

        public Settings withContact(String who) {
            return new Settings(apiTemplate, who, connectTimeout, readTimeout, maxRetries, firstBackoff, maxWait, sleeper, clock);
        }

        public Settings withReadTimeout(Duration timeout) {
            return new Settings(apiTemplate, contact, connectTimeout, timeout, maxRetries, firstBackoff, maxWait, sleeper, clock);
        }

        public Settings withRetries(int retries) {
            return new Settings(apiTemplate, contact, connectTimeout, readTimeout, retries, firstBackoff, maxWait, sleeper, clock);
        }

        public Settings withSleeper(Sleeper waits) {
            return new Settings(apiTemplate, contact, connectTimeout, readTimeout, maxRetries, firstBackoff, maxWait, waits, clock);
        }
    }

    /** One edition written to disk. */
    public record Edition(Language language, String title, long revision, String timestamp, String url,
                          Optional<String> wikidata, Path html, Path metadata) {
    }

    /**
     * What a fetch did.
     *
     * @param title    the article's title in the edition asked for, after redirects
     * @param fetched  the editions written, the edition asked for first
     * @param problems one line per edition that could not be fetched
     * @param notes    one line per redirect followed and per edition linked to another Wikidata item
     */
    public record Result(String title, List<Edition> fetched, List<String> problems, List<String> notes) {
        public Result {
            fetched = List.copyOf(fetched);
            problems = List.copyOf(problems);
            notes = List.copyOf(notes);
        }

        public boolean complete() {
            return problems.isEmpty();
        }
    }

    private final Settings settings;
    private final Consumer<String> progress;

    public WikipediaFetcher(Settings settings, Consumer<String> progress) {
        this.settings = settings;
        this.progress = progress;
    }

    public WikipediaFetcher(Settings settings) {
        this(settings, line -> { });
    }

    /**
     * Fetches the article titled {@code title} in {@code source} and its editions in {@code targets}; a
     * target the article has no edition in is a problem of the result. Throws when the article itself
     * cannot be fetched (missing, a disambiguation page, the network down): nothing was written then.
     */
    public Result fetch(String title, Language source, List<Language> targets, Path dir) {
        return run(title, source, Optional.of(targets), dir);
    }

    /** Fetches the article and every edition it has in a language Parallax reads. */
    public Result fetchAll(String title, Language source, Path dir) {
        return run(title, source, Optional.empty(), dir);
    }

    private Result run(String title, Language source, Optional<List<Language>> targets, Path dir) {
        MediaWikiApi api = new MediaWikiApi(new ApiClient(settings), settings.apiTemplate());
        List<String> notes = new ArrayList<>();
        ArticlePage article = resolve(api, source, title, true, notes);
        EditionFiles files = new EditionFiles(dir);
        List<Edition> fetched = new ArrayList<>();
        fetched.add(download(api, files, article));
        List<String> problems = new ArrayList<>();
        List<Language> wanted = wanted(article, targets);
        for (int i = 0; i < wanted.size(); i++) {
            Language language = wanted.get(i);
            String linked = article.languageLinks().get(language.code());
            if (linked == null) {
                problems.add(language.code() + ": no edition: " + article.describe() + " has no language link to "
                        + language.code());
                continue;
            }
            try {
                ArticlePage edition = resolve(api, language, linked, false, notes);
                if (edition.wikidata().isPresent() && article.wikidata().isPresent()
                        && !edition.wikidata().equals(article.wikidata())) {
                    // a language link can point at a broader or narrower article than the one asked for
                    notes.add(edition.describe() + " is Wikidata item " + edition.wikidata().get() + ", not "
                            + article.wikidata().get() + " like " + article.describe());
                }
                fetched.add(download(api, files, edition));
            } catch (FetchException e) {
                problems.add(e.getMessage());
                if (e.networkFailure() && i + 1 < wanted.size()) {
                    problems.add("not tried after the network failure: "
                            + String.join(", ", wanted.subList(i + 1, wanted.size()).stream().map(Language::code).toList()));
                    break;
                }
            }
        }
        return new Result(article.title(), fetched, problems, notes);
    }

    private ArticlePage resolve(MediaWikiApi api, Language language, String title, boolean links, List<String> notes) {
        ArticlePage page = api.page(language, title, links);
        if (page.disambiguation()) {
            throw FetchException.of(page.describe() + " is a disambiguation page, not an article: "
                    + "give the title of one of the articles it lists");
        }
        page.redirectedFrom().ifPresent(from ->
                notes.add(language.code() + ": '" + from + "' redirects to '" + page.title() + "'"));
        return page;
    }

    private Edition download(MediaWikiApi api, EditionFiles files, ArticlePage page) {
        String html = api.html(page);
        Edition edition = files.write(page, html, api.indexUrl(page.language()),
                Etiquette.endpoint(settings.apiTemplate(), page.language()), settings.clock().instant());
        progress.accept("fetched " + page.describe() + " (revision " + page.revision() + ") -> " + edition.html());
        return edition;
    }

    private static List<Language> wanted(ArticlePage article, Optional<List<Language>> targets) {
        Set<Language> wanted = new LinkedHashSet<>();
        if (targets.isPresent()) {
            wanted.addAll(targets.get());
        } else {
            for (Language language : Language.values()) {
                if (article.languageLinks().containsKey(language.code())) {
                    wanted.add(language);
                }
            }
        }
        wanted.remove(article.language());
        return List.copyOf(wanted);
    }
}
