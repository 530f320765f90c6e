package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parallax.model.Span;

/**
 * End to end over the showcase corpus in {@code ../shared/corpus} (or {@code -Dparallax.shared=DIR}):
 * {@code parallax segment} on the three editions. Skipped when the folder is absent. Only general
 * properties are checked — boundaries a careful reader would draw — never a list of expected sentences.
 */
class ShowcaseCorpusIT {
    private static final Path CORPUS = Path.of(System.getProperty("parallax.shared", "../shared"), "corpus");
    private static final Pattern DATE = Pattern.compile(
            "\\b\\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December)"
                    + "(?: \\d{4})?\\b|\\b(?:January|February|March|April|May|June|July|August|September|October|November|December)"
                    + " \\d{1,2}, \\d{4}\\b");
    private static final Pattern HEADING_LINE = Pattern.compile("(?m)^=+[^=\\n].*?=+[ \\t]*$");

    private static List<Path> files;
    private static Map<String, List<JsonNode>> sentencesByDoc;
    private static int exitCode;

    @BeforeAll
    static void segmentTheCorpus() throws IOException {
        assumeTrue(Files.isDirectory(CORPUS), "no showcase corpus at " + CORPUS.toAbsolutePath());
        try (Stream<Path> list = Files.list(CORPUS)) {
            files = list.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        String[] args = Stream.concat(Stream.of("segment"), files.stream().map(Path::toString)).toArray(String[]::new);
        CliRun run = CliRun.of(args);
        exitCode = run.exitCode();
        sentencesByDoc = new TreeMap<>();
        for (String line : run.outLines()) {
            JsonNode row = Json.MAPPER.readTree(line);
            sentencesByDoc.computeIfAbsent(row.get("doc").asText(), d -> new ArrayList<>()).add(row);
        }
    }

    private static Path english() {
        return files.stream().filter(p -> p.getFileName().toString().startsWith("002_")).findFirst().orElseThrow();
    }

    private static List<Span> sentenceSpans(Path file) {
        return sentencesByDoc.get(file.toString()).stream()
                .map(r -> new Span(r.get("span").get(0).asInt(), r.get("span").get(1).asInt())).toList();
    }

    private static String text(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void segmentsEveryEditionInItsLanguage() {
        assertThat(exitCode).isZero();
        Map<String, String> languages = new TreeMap<>();
        for (Path f : files) {
            List<JsonNode> rows = sentencesByDoc.get(f.toString());
            assertThat(rows).as(f.toString()).isNotEmpty();
            languages.put(f.getFileName().toString().substring(0, 3), rows.get(0).get("lang").asText());
        }
        assertThat(languages).containsEntry("000", "it").containsEntry("001", "fr").containsEntry("002", "en");
    }

    @Test
    void sentenceSpansPointAtTheirTextInTheFile() {
        for (Path f : files) {
            String text = text(f);
            for (JsonNode row : sentencesByDoc.get(f.toString())) {
                Span s = new Span(row.get("span").get(0).asInt(), row.get("span").get(1).asInt());
                assertThat(s.of(text)).isEqualTo(row.get("text").asText());
            }
        }
    }

    @Test
    void noBoundaryInsideAbbreviationsNamesAndMoney() {
        Path en = english();
        String text = text(en);
        for (String phrase : List.of("U.S. diplomacy", "Ferdinand Maximilian", "$4 million")) {
            assertThat(text).contains(phrase);
        }
        List<Span> phrases = new ArrayList<>();
        Matcher m = Pattern.compile("U\\.S\\. \\w+|Gen\\. \\w+|Ferdinand Maximilian|\\$\\d+(?:\\.\\d+)? million").matcher(text);
        while (m.find()) {
            phrases.add(new Span(m.start(), m.end()));
        }
        assertNoBoundaryInside(en, phrases);
    }

    @Test
    void noBoundaryInsideADate() {
        Path en = english();
        List<Span> dates = new ArrayList<>();
        Matcher m = DATE.matcher(text(en));
        while (m.find()) {
            dates.add(new Span(m.start(), m.end()));
        }
        assertThat(dates).hasSizeGreaterThan(20);
        assertNoBoundaryInside(en, dates);
    }

    /** Every phrase that a sentence touches lies wholly inside that sentence. */
    private static void assertNoBoundaryInside(Path file, List<Span> phrases) {
        String text = text(file);
        List<Span> sentences = sentenceSpans(file);
        for (Span phrase : phrases) {
            for (Span s : sentences) {
                if (s.overlaps(phrase)) {
                    assertThat(s.contains(phrase)).as("\"%s\" split by sentence \"%s\"", phrase.of(text), s.of(text)).isTrue();
                }
            }
        }
    }

    @Test
    void infoboxLinesAndHeadingsAreNotSentences() {
        Path en = english();
        String text = text(en);
        List<Span> structure = new ArrayList<>();
        Matcher h = HEADING_LINE.matcher(text);
        while (h.find()) {
            structure.add(new Span(h.start(), h.end()));
        }
        assertThat(structure).hasSizeGreaterThan(10);
        int infobox = text.indexOf("\nInfobox\n");
        assertThat(infobox).isNotNegative();
        int pos = infobox + "\nInfobox\n".length();
        int entries = 0;
        while (text.startsWith("- ", pos)) {
            int end = text.indexOf('\n', pos);
            structure.add(new Span(pos, end));
            entries++;
            pos = end + 1;
        }
        assertThat(entries).isGreaterThan(3);
        for (Span s : sentenceSpans(en)) {
            for (Span line : structure) {
                assertThat(s.overlaps(line)).as("sentence \"%s\" overlaps \"%s\"", s.of(text), line.of(text)).isFalse();
            }
        }
    }

    @Test
    void sectionsComeFromTheHeadings() {
        List<String> sections = sentencesByDoc.get(english().toString()).stream().map(r -> r.get("section").asText())
                .distinct().toList();
        assertThat(sections).contains("Background", "Siege of Querétaro", "U.S. diplomacy and involvement");
    }
}
