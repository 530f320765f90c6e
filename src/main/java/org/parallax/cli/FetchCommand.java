package org.parallax.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.parallax.fetch.FetchException;
import org.parallax.fetch.WikipediaFetcher;
import org.parallax.fetch.WikipediaFetcher.Edition;
import org.parallax.fetch.WikipediaFetcher.Result;
import org.parallax.fetch.WikipediaFetcher.Settings;
import org.parallax.model.Language;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** {@code parallax fetch}: downloads the language editions of a Wikipedia article into a directory. */
@Command(name = "fetch", mixinStandardHelpOptions = true,
        description = {"Fetch the language editions of a Wikipedia article: DIR/<lang>.html (rendered article) and "
                + "DIR/<lang>.json (title, revision, URL, Wikidata item, CC BY-SA attribution), one JSON line per "
                + "edition written on standard output.",
                "Environment: PARALLAX_WIKI_API (API URL template), PARALLAX_CONTACT (your e-mail or URL for the User-Agent)."})
final class FetchCommand implements Callable<Integer> {
    static final String API_VARIABLE = "PARALLAX_WIKI_API";
    static final String CONTACT_VARIABLE = "PARALLAX_CONTACT";

    @Parameters(paramLabel = "TITLE", arity = "1..*", description = "The article's title in the --lang edition (words are joined with spaces).")
    List<String> title = new ArrayList<>();

    @Option(names = "--lang", paramLabel = "L", defaultValue = "en", description = "The edition the title is in (default: ${DEFAULT-VALUE}).")
    String lang;

    @Option(names = "--langs", paramLabel = "LANGS", split = ",", defaultValue = "all",
            description = "The other editions to fetch, comma-separated (fr,it,es,de,pt), or all: every edition the article has in en, fr, it, es, de, pt (default: ${DEFAULT-VALUE}).")
    List<String> langs = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Directory for the files (created if missing).")
    Path out;

    @Option(names = "--api-base", paramLabel = "URL", description = "Action API URL with {lang} for the language code "
            + "(default: $" + API_VARIABLE + ", else " + WikipediaFetcher.DEFAULT_API + ").")
    String apiBase;

    @Option(names = "--contact", paramLabel = "EMAIL|URL", description = "How Wikimedia can reach you, sent in the User-Agent (default: $" + CONTACT_VARIABLE + ").")
    String contact;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60", description = "Longest wait for one answer (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Option(names = "--retries", paramLabel = "N", defaultValue = "4", description = "Retries after 429, 5xx, maxlag or a network failure (default: ${DEFAULT-VALUE}).")
    int retries;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The environment; a field so that tests can give their own. */
    Map<String, String> environment = System.getenv();

    /** How the fetcher waits between retries; a field so that tests need not sleep. */
    WikipediaFetcher.Sleeper sleeper = Settings.defaults().sleeper();

    @Override
    public Integer call() {
        CommandLine cli = spec.commandLine();
        PrintWriter err = cli.getErr();
        Settings settings = settings(cli);
        if (settings.contact().isBlank()) {
            err.println("parallax: note: set --contact or " + CONTACT_VARIABLE
                    + " to your e-mail or URL; Wikimedia asks API clients for a way to reach them");
        }
        Language source = language(cli, lang);
        List<Language> targets = targets(cli);
        WikipediaFetcher fetcher = new WikipediaFetcher(settings, line -> {
            err.println("parallax: " + line);
            err.flush();
        });
        String asked = String.join(" ", title).strip();
        Result result;
        try {
            result = targets.isEmpty() && isAll() ? fetcher.fetchAll(asked, source, out) : fetcher.fetch(asked, source, targets, out);
        } catch (FetchException e) {
            err.println("parallax: " + e.getMessage());
            err.flush();
            return 2;
        }
        PrintWriter stdout = cli.getOut();
        result.fetched().forEach(edition -> stdout.print(Json.line(row(edition))));
        stdout.flush();
        result.notes().forEach(note -> err.println("parallax: note: " + note));
        result.problems().forEach(problem -> err.println("parallax: " + problem));
        if (!result.complete()) {
            err.println("parallax: kept " + result.fetched().size() + " edition(s) in " + out + ": "
                    + String.join(", ", result.fetched().stream().map(e -> e.language().code()).toList()));
        }
        err.flush();
        return result.complete() ? 0 : 2;
    }

    Settings settings(CommandLine cli) {
        String api = apiBase != null ? apiBase : environment.getOrDefault(API_VARIABLE, WikipediaFetcher.DEFAULT_API);
        String who = contact != null ? contact : environment.getOrDefault(CONTACT_VARIABLE, "");
        if (timeoutSeconds < 1) {
            throw new ParameterException(cli, "--timeout must be at least 1 second");
        }
        try {
            return Settings.defaults().withApi(api).withContact(who).withReadTimeout(Duration.ofSeconds(timeoutSeconds))
                    .withRetries(retries).withSleeper(sleeper);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(cli, e.getMessage());
        }
    }

    private boolean isAll() {
        return langs.size() == 1 && langs.get(0).strip().toLowerCase(Locale.ROOT).equals("all");
    }

    private List<Language> targets(CommandLine cli) {
        if (isAll()) {
            return List.of();
        }
        List<Language> targets = new ArrayList<>();
        for (String code : langs) {
            if (!code.isBlank()) {
                targets.add(language(cli, code));
            }
        }
        return targets;
    }

    private static Language language(CommandLine cli, String code) {
        return Language.fromCode(code).filter(l -> l.code().equalsIgnoreCase(code.strip())).orElseThrow(() ->
                new ParameterException(cli, "unsupported language " + code.strip() + " (supported: en, fr, it, es, de, pt)"));
    }

    private static Map<String, Object> row(Edition edition) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("lang", edition.language().code());
        row.put("title", edition.title());
        row.put("revision", edition.revision());
        row.put("timestamp", edition.timestamp());
        row.put("url", edition.url());
        row.put("wikidata", edition.wikidata().orElse(null));
        row.put("html", edition.html().toString());
        row.put("json", edition.metadata().toString());
        return row;
    }
}
