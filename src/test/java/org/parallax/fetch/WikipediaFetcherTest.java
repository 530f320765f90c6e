package org.parallax.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.fetch.StubWiki.Fault;
import org.parallax.fetch.StubWiki.Page;
import org.parallax.fetch.WikipediaFetcher.Edition;
import org.parallax.fetch.WikipediaFetcher.Result;
import org.parallax.fetch.WikipediaFetcher.Settings;
import org.parallax.ingest.DocumentReader;
import org.parallax.model.Document;
import org.parallax.model.InfoboxEntry;
import org.parallax.model.Language;
import org.parallax.model.Section;

/** Fetches against a stub MediaWiki API on the loopback interface; waits are recorded, never slept. */
class WikipediaFetcherTest {
    static final String EN = "Siege of Castelmare";
    static final Instant NOW = Instant.parse("2026-11-21T01:00:00Z");

    private final StubWiki wiki = castelmare(new StubWiki());
    private final List<Duration> waits = new ArrayList<>();
    @TempDir
    Path dir;

    /** The article in four editions (and a Japanese link Parallax does not read), a redirect and a disambiguation page. */
    static StubWiki castelmare(StubWiki wiki) {
        return wiki
                .page(new Page("en", EN, 5150, "2026-03-01T10:00:00Z", "Q4242", false,
                        StubWiki.links("fr", "Siège de Castelmare", "it", "Assedio di Castelmare", "es", "Sitio de Castelmare",
                                "ja", "カステルマーレ包囲戦"), StubWiki.fragment("castelmare-en.html")))
                .page(new Page("fr", "Siège de Castelmare", 700, "2026-02-11T08:30:00Z", "Q4242", false,
                        StubWiki.links("en", EN), StubWiki.fragment("castelmare-fr.html")))
                .page(new Page("it", "Assedio di Castelmare", 800, "2025-12-24T18:00:00Z", "Q4242", false,
                        StubWiki.links("en", EN), StubWiki.fragment("castelmare-it.html")))
                .page(new Page("es", "Sitio de Castelmare", 900, "2026-01-05T12:00:00Z", "Q4242", false,
                        StubWiki.links("en", EN), StubWiki.fragment("castelmare-es.html")))
                .page(new Page("en", "Castelmare", 10, "2024-05-05T05:05:05Z", "Q17", true,
                        Map.of(), StubWiki.fragment("castelmare-disambiguation.html")))
                .redirect("en", "Castelmare siege", EN);
    }

    private Settings settings() {
        return new Settings(wiki.apiTemplate(), "parallax-tests@example.org", Duration.ofSeconds(2), Duration.ofSeconds(2),
                3, Duration.ofSeconds(1), Duration.ofSeconds(120), waits::add, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private WikipediaFetcher fetcher() {
        return new WikipediaFetcher(settings());
    }

    @AfterEach
    void stopTheStub() {
        wiki.close();
    }

    private List<String> filesInDir() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void discoversTheOtherEditionsThroughLanguageLinksAcrossContinuations() throws IOException {
        Result result = fetcher().fetchAll(EN, Language.EN, dir);
        assertThat(result.complete()).isTrue();
        assertThat(result.fetched()).extracting(Edition::language).containsExactly(Language.EN, Language.FR, Language.IT, Language.ES);
        assertThat(result.fetched()).extracting(Edition::title)
                .containsExactly(EN, "Siège de Castelmare", "Assedio di Castelmare", "Sitio de Castelmare");
        assertThat(filesInDir()).containsExactly("en.html", "en.json", "es.html", "es.json", "fr.html", "fr.json",
                "it.html", "it.json");
        assertThat(wiki.requests()).filteredOn(r -> r.params().containsKey("llcontinue")).hasSize(1);
    }

    @Test
    void writesTheMetadataOfEachEdition() throws IOException {
        fetcher().fetch(EN, Language.EN, List.of(Language.FR), dir);
        JsonNode fr = new ObjectMapper().readTree(dir.resolve("fr.json").toFile());
        assertThat(fr.path("title").asText()).isEqualTo("Siège de Castelmare");
        assertThat(fr.path("language").asText()).isEqualTo("fr");
        assertThat(fr.path("revision").asLong()).isEqualTo(700);
        assertThat(fr.path("timestamp").asText()).isEqualTo("2026-02-11T08:30:00Z");
        assertThat(fr.path("url").asText()).isEqualTo("https://fr.wikipedia.org/wiki/Siège_de_Castelmare");
        assertThat(fr.path("wikidata").asText()).isEqualTo("Q4242");
        assertThat(fr.path("retrieved").asText()).isEqualTo(NOW.toString());
        assertThat(fr.path("permalink").asText()).endsWith("/fr/w/index.php?oldid=700");
        assertThat(fr.path("attribution").asText()).contains("\"Siège de Castelmare\", Wikipedia (fr), revision 700",
                "Wikipedia contributors", "CC BY-SA 4.0", "https://creativecommons.org/licenses/by-sa/4.0/");
    }

    @Test
    void followsARedirectAndSaysSo() {
        Result result = fetcher().fetch("Castelmare siege", Language.EN, List.of(), dir);
        assertThat(result.title()).isEqualTo(EN);
        assertThat(result.notes()).containsExactly("en: 'Castelmare siege' redirects to 'Siege of Castelmare'");
        assertThat(dir.resolve("en.html")).content().contains("<title>Siege of Castelmare</title>");
    }

    @Test
    void notesAnEditionLinkedToAnotherWikidataItem() {
        wiki.page(new Page("it", "Assedio di Castelmare", 800, "2025-12-24T18:00:00Z", "Q999", false,
                Map.of(), StubWiki.fragment("castelmare-it.html")));
        Result result = fetcher().fetch(EN, Language.EN, List.of(Language.IT), dir);
        assertThat(result.fetched()).hasSize(2);
        assertThat(result.notes()).containsExactly(
                "it 'Assedio di Castelmare' is Wikidata item Q999, not Q4242 like en 'Siege of Castelmare'");
    }

    @Test
    void reportsADisambiguationPageWithoutFetchingIt() throws IOException {
        assertThatThrownBy(() -> fetcher().fetchAll("Castelmare", Language.EN, dir))
                .isInstanceOf(FetchException.class)
                .hasMessage("en 'Castelmare' is a disambiguation page, not an article: give the title of one of the articles it lists");
        assertThat(filesInDir()).isEmpty();
        assertThat(wiki.requests()).noneMatch(r -> "parse".equals(r.params().get("action")));
    }

    @Test
    void reportsAMissingArticle() {
        assertThatThrownBy(() -> fetcher().fetchAll("Siege of Nowhere", Language.EN, dir))
                .isInstanceOf(FetchException.class)
                .hasMessage("en 'Siege of Nowhere': no such article on en.wikipedia")
                .matches(e -> !((FetchException) e).networkFailure());
    }

    @Test
    void reportsALanguageWithoutAnEditionAndFetchesTheOthers() throws IOException {
        Result result = fetcher().fetch(EN, Language.EN, List.of(Language.DE, Language.FR), dir);
        assertThat(result.problems()).containsExactly("de: no edition: en 'Siege of Castelmare' has no language link to de");
        assertThat(result.fetched()).extracting(Edition::language).containsExactly(Language.EN, Language.FR);
        assertThat(filesInDir()).containsExactly("en.html", "en.json", "fr.html", "fr.json");
    }

    @Test
    void honoursRetryAfterOnA429() {
        wiki.failNext("en", new Fault.Status(429, "7"));
        Result result = fetcher().fetch(EN, Language.EN, List.of(), dir);
        assertThat(result.fetched()).hasSize(1);
        assertThat(waits).containsExactly(Duration.ofSeconds(7));
    }

    @Test
    void honoursRetryAfterGivenAsAnHttpDate() {
        wiki.failNext("en", new Fault.Status(503, "Sat, 21 Nov 2026 01:00:30 GMT"));
        fetcher().fetch(EN, Language.EN, List.of(), dir);
        assertThat(waits).containsExactly(Duration.ofSeconds(30));
    }

    @Test
    void retriesA503WithDoublingBackoffThenSucceeds() {
        wiki.failNext("en", new Fault.Status(503, null), new Fault.Status(503, null));
        Result result = fetcher().fetch(EN, Language.EN, List.of(), dir);
        assertThat(result.fetched()).hasSize(1);
        assertThat(waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
    }

    @Test
    void givesUpAfterTheRetryCap() {
        wiki.breakLanguage("en", new Fault.Status(503, "1"));
        assertThatThrownBy(() -> fetcher().fetchAll(EN, Language.EN, dir))
                .isInstanceOf(FetchException.class)
                .hasMessageStartingWith("en API " + wiki.apiTemplate().replace("{lang}", "en"))
                .hasMessageEndingWith(": HTTP 503 (4 attempts)");
        assertThat(wiki.requests()).hasSize(4);
        assertThat(waits).hasSize(3);
    }

    @Test
    void refusesToWaitLongerThanTheLimit() {
        wiki.failNext("en", new Fault.Status(429, "3600"));
        assertThatThrownBy(() -> fetcher().fetchAll(EN, Language.EN, dir))
                .hasMessageEndingWith("server asked to wait 3600 s, over the limit of 120 s");
        assertThat(waits).isEmpty();
    }

    @Test
    void waitsWhenTheApiAnswersMaxlag() {
        wiki.failNext("en", new Fault.MaxLag("2"));
        assertThat(fetcher().fetch(EN, Language.EN, List.of(), dir).fetched()).hasSize(1);
        assertThat(waits).containsExactly(Duration.ofSeconds(2));
    }

    @Test
    void retriesAfterATimeout() {
        wiki.failNext("en", new Fault.Silence());
        WikipediaFetcher fetcher = new WikipediaFetcher(settings().withReadTimeout(Duration.ofMillis(300)));
        assertThat(fetcher.fetch(EN, Language.EN, List.of(), dir).fetched()).hasSize(1);
        assertThat(waits).containsExactly(Duration.ofSeconds(1));
    }

    @Test
    void reportsATimeoutAfterTheRetries() {
        wiki.breakLanguage("en", new Fault.Silence());
        WikipediaFetcher fetcher = new WikipediaFetcher(settings().withReadTimeout(Duration.ofMillis(200)).withRetries(1));
        assertThatThrownBy(() -> fetcher.fetchAll(EN, Language.EN, dir))
                .isInstanceOf(FetchException.class)
                .hasMessageEndingWith("timed out: no answer within 200 ms (2 attempts)")
                .matches(e -> ((FetchException) e).networkFailure());
    }

    @Test
    void reportsMalformedJsonOnOneLine() {
        wiki.failNext("en", new Fault.Body("{\"batchcomplete\": true, \"query\": {\"pages\": [\n{\"title\": "));
        assertThatThrownBy(() -> fetcher().fetchAll(EN, Language.EN, dir))
                .isInstanceOf(FetchException.class)
                .hasMessageContaining("malformed JSON at line 2")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void reportsAnHtmlErrorPageServedAsJson() {
        wiki.failNext("en", new Fault.Body("<html><body>Wikimedia Error</body></html>"));
        assertThatThrownBy(() -> fetcher().fetchAll(EN, Language.EN, dir)).hasMessageContaining("malformed JSON");
    }

    @Test
    void keepsAndListsWhatWasFetchedWhenTheNetworkFails() throws IOException {
        wiki.breakLanguage("it", new Fault.Disconnect());
        Result result = new WikipediaFetcher(settings().withRetries(1)).fetchAll(EN, Language.EN, dir);
        assertThat(result.fetched()).extracting(Edition::language).containsExactly(Language.EN, Language.FR);
        assertThat(result.problems()).hasSize(2);
        assertThat(result.problems().get(0)).startsWith("it API ").contains("network failure").endsWith("(2 attempts)");
        assertThat(result.problems().get(1)).isEqualTo("not tried after the network failure: es");
        assertThat(filesInDir()).containsExactly("en.html", "en.json", "fr.html", "fr.json");
    }

    @Test
    void leavesNoHalfWrittenFileWhenAnEditionFails() throws IOException {
        Files.writeString(dir.resolve("fr.html"), "previous fetch");
        wiki.failNext("fr", new Fault.Body("{\"query\":{\"pages\":[{\"title\":\"Siège de Castelmare\""));
        Result result = fetcher().fetch(EN, Language.EN, List.of(Language.FR), dir);
        assertThat(result.problems()).singleElement().asString().startsWith("fr API ").contains("malformed JSON");
        assertThat(dir.resolve("fr.html")).hasContent("previous fetch");
        assertThat(filesInDir()).containsExactly("en.html", "en.json", "fr.html");
    }

    @Test
    void asksPolitelyOneRequestAtATimeWithGzip() {
        fetcher().fetchAll(EN, Language.EN, dir);
        assertThat(wiki.requests()).isNotEmpty().allSatisfy(r -> {
            assertThat(r.userAgent()).startsWith("Parallax/").contains("(parallax-tests@example.org)");
            assertThat(r.acceptEncoding()).isEqualTo("gzip");
            assertThat(r.params()).containsEntry("maxlag", "5").containsEntry("format", "json")
                    .containsEntry("formatversion", "2");
        });
        assertThat(wiki.maxConcurrentRequests()).isEqualTo(1);
        assertThat(wiki.gzippedAnswers()).isEqualTo(wiki.requests().size());
    }

    @Test
    void readsAFetchedPageIntoSectionsParagraphsAndInfobox() {
        fetcher().fetch(EN, Language.EN, List.of(), dir);
        Document doc = new DocumentReader(Optional.of(Language.EN)).read(dir.resolve("en.html"));
        assertThat(doc.title()).isEqualTo(EN);
        assertThat(doc.sections()).extracting(Section::heading).containsExactly(EN, "Background", "Siege", "Aftermath");
        assertThat(doc.paragraphs()).hasSize(4);
        assertThat(doc.paragraphs().get(0).of(doc.text())).isEqualTo("The siege of Castelmare was fought in the spring of "
                + "1742 between the Kingdom of Naples and the Republic of Genoa. The Genoese fleet could not take the "
                + "harbour town and sailed home after six weeks.");
        assertThat(doc.sectionAt(doc.text().indexOf("lifted the siege"))).map(Section::heading).contains("Aftermath");
        assertThat(doc.infobox()).extracting(InfoboxEntry::key).containsExactly("Date", "Location", "Result",
                "Belligerents 1", "Belligerents 2", "Commanders and leaders 1", "Commanders and leaders 2",
                "Strength 1", "Strength 2");
        assertThat(doc.infobox().get(5).value()).isEqualTo("Carlo Ruffo, Matteo Diaz");
        for (InfoboxEntry entry : doc.infobox()) {
            assertThat(entry.valueSpan().of(doc.text())).isEqualTo(entry.value());
        }
        assertThat(doc.text()).doesNotContain("1801", "Main article", "41°12", "Rossi", "Raid on Gaeta", "[1]", "[2]",
                "References", "1742 siege on the Tyrrhenian coast");
    }

    @Test
    void storesPagesThatCannotRunScripts() {
        wiki.page(new Page("en", "Hostile", 1, "2026-01-01T00:00:00Z", null, false, Map.of(),
                "<div class=\"mw-parser-output\"><p onclick=\"alert(1)\">Castelmare fell on 19 May 1742.</p>"
                        + "<script>alert(2)</script><a href=\"javascript:alert(3)\">harbour</a><iframe src=\"x\"></iframe></div>"));
        Result result = fetcher().fetch("Hostile", Language.EN, List.of(), dir);
        assertThat(result.fetched().get(0).wikidata()).isEmpty();
        assertThat(dir.resolve("en.html")).content()
                .contains("Content-Security-Policy", "default-src 'none'", "Castelmare fell on 19 May 1742.", ">harbour</a>")
                .doesNotContain("alert", "<script", "<iframe", "onclick");
    }
}
