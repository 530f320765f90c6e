package org.parallax.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.parallax.compare.FindingsReport;
import org.parallax.model.Claim;
import org.parallax.model.Finding;

/**
 * Contradiction precision and recall of {@code compare} on groups of editions with a gold list. A gold line
 * names the facet and the two sides, each as the editions (languages) that state it and the values they give
 * ({@code {"facet":"date","a":{"langs":["fr"],"values":["1683-09-11"]},"b":{"langs":["en","de"],"values":["1683-09-12"]}}});
 * an empty value list accepts any value. A reported contradiction is correct when it has the gold facet, a
 * claim of side a and a claim of side b; a gold contradiction is found when some reported one is correct for it.
 */
final class ComparisonScore {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** One side of a gold contradiction: the languages and the accepted values. */
    record Side(Set<String> langs, List<String> values) {
    }

    /** One expected contradiction. */
    record Gold(String facet, String what, Side a, Side b) {
    }

    int gold;
    int found;
    int system;
    int correct;
    final List<String> misses = new ArrayList<>();
    final List<String> falseAlarms = new ArrayList<>();

    static List<Gold> read(Path file) {
        List<Gold> out = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = MAPPER.readTree(line);
                out.add(new Gold(n.path("facet").asText(), n.path("what").asText(), side(n.path("a")), side(n.path("b"))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static Side side(JsonNode n) {
        List<String> langs = new ArrayList<>();
        n.path("langs").forEach(x -> langs.add(x.asText()));
        List<String> values = new ArrayList<>();
        n.path("values").forEach(x -> values.add(x.asText()));
        return new Side(Set.copyOf(langs), values);
    }

    /** Adds one group: the expected contradictions and the report. */
    void add(String group, List<Gold> expected, FindingsReport report) {
        List<Finding> reported = report.findings().stream().filter(f -> f.kind() == Finding.Kind.CONTRADICTION).toList();
        gold += expected.size();
        system += reported.size();
        for (Gold g : expected) {
            if (reported.stream().anyMatch(f -> matches(g, f))) {
                found++;
            } else {
                misses.add(group + ": " + g.facet() + " — " + g.what());
            }
        }
        for (Finding f : reported) {
            if (expected.stream().anyMatch(g -> matches(g, f))) {
                correct++;
            } else {
                falseAlarms.add(group + ": " + f.facet() + " — " + f.subject() + " — " + f.claims().stream()
                        .map(c -> c.language().code() + "=" + c.value()).distinct().toList());
            }
        }
    }

    static boolean matches(Gold g, Finding f) {
        return f.facet().equals(g.facet()) && f.claims().stream().anyMatch(c -> on(g.a(), g.b(), c, f.facet()))
                && f.claims().stream().anyMatch(c -> on(g.b(), g.a(), c, f.facet()));
    }

    /**
     * Whether a claim is on a gold side: its edition is listed and its value is the side's. A place is reported by
     * its gazetteer name ("Dunkerque") where the gold gives the edition's spelling ("Dunquerque"): a place claim is
     * also the side's when its own sentence writes the side's name and its value is not the other side's.
     */
    private static boolean on(Side s, Side other, Claim c, String facet) {
        if (!s.langs().contains(c.language().code())) {
            return false;
        }
        if (s.values().isEmpty() || s.values().stream().anyMatch(v -> sameValue(v, c.value()))) {
            return true;
        }
        String sentence = fold(c.text());
        return facet.equals("place") && s.values().stream().anyMatch(v -> sentence.contains(fold(v)))
                && other.values().stream().noneMatch(v -> sameValue(v, c.value()));
    }

    /** Dates and names compare folded and by containment ("Krems" in "Krems an der Donau"); figures by number. */
    static boolean sameValue(String gold, String value) {
        String g = fold(gold);
        String v = fold(value);
        if (g.matches("\\d+")) {
            String number = v.replaceFirst("^~", "").split("[ –]")[0];
            return number.equals(g);
        }
        return v.equals(g) || (!v.isEmpty() && (v.contains(g) || g.contains(v)));
    }

    private static String fold(String s) {
        return org.parallax.model.Folding.plain(s).strip();
    }

    double precision() {
        return system == 0 ? 1 : (double) correct / system;
    }

    double recall() {
        return gold == 0 ? 1 : (double) found / gold;
    }

    String line() {
        return String.format(Locale.ROOT, "compare: contradiction precision %.3f (%d/%d) recall %.3f (%d/%d)",
                precision(), correct, system, recall(), found, gold);
    }

    /** The group directories under {@code dir} that hold a {@code gold.jsonl}, in name order. */
    static List<Path> groups(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> Files.isRegularFile(p.resolve("gold.jsonl"))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The edition files of one group: every {@code .txt} in name order. */
    static List<Path> editions(Path group) {
        try (Stream<Path> s = Files.list(group)) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
