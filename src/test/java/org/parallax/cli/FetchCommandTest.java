package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.fetch.StubWiki;
import org.parallax.fetch.StubWiki.Fault;
import org.parallax.fetch.StubWiki.Page;
import picocli.CommandLine;

/** The fetch command end to end against a stub MediaWiki API on the loopback interface. */
class FetchCommandTest {
    private static final String EN = "Siege of Castelmare";
    private final StubWiki wiki = new StubWiki()
            .page(new Page("en", EN, 5150, "2026-03-01T10:00:00Z", "Q4242", false,
                    StubWiki.links("fr", "Siège de Castelmare", "it", "Assedio di Castelmare", "es", "Sitio de Castelmare"),
                    StubWiki.fragment("castelmare-en.html")))
            .page(new Page("fr", "Siège de Castelmare", 700, "2026-02-11T08:30:00Z", "Q4242", false,
                    StubWiki.links("en", EN), StubWiki.fragment("castelmare-fr.html")))
            .page(new Page("it", "Assedio di Castelmare", 800, "2025-12-24T18:00:00Z", "Q4242", false,
                    StubWiki.links("en", EN), StubWiki.fragment("castelmare-it.html")))
            .page(new Page("es", "Sitio de Castelmare", 900, "2026-01-05T12:00:00Z", "Q4242", false,
                    StubWiki.links("en", EN), StubWiki.fragment("castelmare-es.html")));
    private final List<Duration> waits = new ArrayList<>();
    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
        List<JsonNode> lines() {
            ObjectMapper json = new ObjectMapper();
            return out.lines().map(l -> {
                try {
                    return json.readTree(l);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        }
    }

    @AfterEach
    void stopTheStub() {
        wiki.close();
    }

    /** Runs a command line as {@link Main#run} does, with captured output, the given environment and no sleeping. */
    private Run run(Map<String, String> environment, String... args) {
        CommandLine cli = new CommandLine(new Main());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        cli.setParameterExceptionHandler((e, a) -> {
            e.getCommandLine().getErr().println("parallax: " + e.getMessage());
            return 2;
        });
        FetchCommand fetch = cli.getSubcommands().get("fetch").getCommand();
        fetch.environment = environment;
        fetch.sleeper = waits::add;
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private Run run(String... args) {
        return run(Map.of("PARALLAX_CONTACT", "tests@example.org"), args);
    }

    private List<String> htmlFiles() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".html")).map(Path::toString).sorted().toList();
        }
    }

    @Test
    void fetchesEveryEditionThenSegmentsTheFetchedHtml() throws IOException {
        Run fetched = run("fetch", "Siege", "of", "Castelmare", "--lang", "en", "--out", dir.toString(),
                "--api-base", wiki.apiTemplate());
        assertThat(fetched.code()).as(fetched.err()).isZero();
        assertThat(fetched.lines()).extracting(l -> l.path("lang").asText()).containsExactly("en", "fr", "it", "es");
        assertThat(fetched.lines().get(1).path("revision").asLong()).isEqualTo(700);
        assertThat(fetched.err()).contains("parallax: fetched fr 'Siège de Castelmare' (revision 700)")
                .doesNotContain("--contact");

        List<String> args = new ArrayList<>(List.of("segment"));
        args.addAll(htmlFiles());
        Run segmented = run(args.toArray(String[]::new));
        assertThat(segmented.code()).as(segmented.err()).isZero();
        Set<String> langs = new TreeSet<>();
        segmented.lines().forEach(l -> langs.add(l.path("lang").asText()));
        assertThat(langs).containsExactly("en", "es", "fr", "it");
        assertThat(segmented.lines()).anySatisfy(l -> {
            assertThat(l.path("section").asText()).isEqualTo("Déroulement");
            assertThat(l.path("text").asText()).isEqualTo("Les navires génois bloquèrent le port le 5 avril 1742.");
        });
        assertThat(segmented.out()).doesNotContain("Rossi", "Pour les articles homonymes", "Raid on Gaeta");
    }

    /** The README's way to run Parallax on any article; active once the compare command is in the build. */
    @Test
    void fetchedEditionsGoStraightIntoCompare() throws IOException {
        assumeTrue(new CommandLine(new Main()).getSubcommands().containsKey("compare"), "no compare command in this build yet");
        Run fetched = run("fetch", EN, "--lang", "en", "--out", dir.toString(), "--api-base", wiki.apiTemplate());
        assertThat(fetched.code()).as(fetched.err()).isZero();
        List<String> args = new ArrayList<>(List.of("compare"));
        args.addAll(htmlFiles());
        Run compared = run(args.toArray(String[]::new));
        assertThat(compared.code()).as(compared.err()).isZero();
        Set<String> langs = new TreeSet<>();
        compared.lines().get(0).path("editions").forEach(e -> langs.add(e.path("lang").asText()));
        assertThat(langs).containsExactly("en", "es", "fr", "it");
    }

    @Test
    void fetchesTheListedLanguagesAndReportsOneWithoutAnEdition() {
        Run run = run("fetch", EN, "--langs", "fr,de", "--out", dir.toString(), "--api-base", wiki.apiTemplate());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.lines()).extracting(l -> l.path("lang").asText()).containsExactly("en", "fr");
        assertThat(run.err()).contains("parallax: de: no edition: en 'Siege of Castelmare' has no language link to de\n",
                "parallax: kept 2 edition(s) in " + dir + ": en, fr\n");
        assertThat(dir.resolve("de.html")).doesNotExist();
    }

    @Test
    void takesTheApiFromTheEnvironment() {
        Run run = run(Map.of("PARALLAX_WIKI_API", wiki.apiTemplate(), "PARALLAX_CONTACT", "tests@example.org"),
                "fetch", EN, "--langs", "it", "--out", dir.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(dir.resolve("it.html")).exists();
        assertThat(wiki.requests()).allSatisfy(r -> assertThat(r.userAgent()).contains("(tests@example.org)"));
    }

    @Test
    void asksForAContactWhenNoneIsGiven() {
        Run run = run(Map.of(), "fetch", EN, "--langs", "it", "--out", dir.toString(), "--api-base", wiki.apiTemplate());
        assertThat(run.code()).isZero();
        assertThat(run.err()).contains("parallax: note: set --contact or PARALLAX_CONTACT");
    }

    @Test
    void listsWhatWasKeptWhenTheNetworkFails() throws IOException {
        wiki.breakLanguage("it", new Fault.Disconnect());
        Run run = run("fetch", EN, "--out", dir.toString(), "--api-base", wiki.apiTemplate(), "--retries", "1");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).containsPattern("parallax: it API http://127\\.0\\.0\\.1:\\d+/it/w/api\\.php: network failure")
                .contains("parallax: not tried after the network failure: es", "parallax: kept 2 edition(s) in " + dir + ": en, fr");
        assertThat(htmlFiles()).containsExactly(dir.resolve("en.html").toString(), dir.resolve("fr.html").toString());
        assertThat(waits).containsExactly(Duration.ofSeconds(1));
    }

    @Test
    void reportsAMissingArticleOnOneLine() {
        Run run = run("fetch", "Siege of Nowhere", "--out", dir.toString(), "--api-base", wiki.apiTemplate());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("parallax: en 'Siege of Nowhere': no such article on en.wikipedia\n");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void refusesAnUnsupportedLanguage() {
        Run run = run("fetch", EN, "--langs", "fr,ja", "--out", dir.toString(), "--api-base", wiki.apiTemplate());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("parallax: unsupported language ja (supported: en, fr, it, es, de, pt)\n");
        assertThat(wiki.requests()).isEmpty();
    }

    @Test
    void refusesAnApiUrlWithoutALanguagePlaceholder() {
        Run run = run("fetch", EN, "--out", dir.toString(), "--api-base", "https://en.wikipedia.org/w/api.php");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).startsWith("parallax: API URL must contain {lang}");
    }
}
