package org.parallax;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Package dependencies point forward only, in the order data flows. A stage may use the stages before it
 * (and its own sub-packages); {@code cli} at the top may use all. Read from the source: every
 * {@code org.parallax.<stage>} named in code (imports, static imports, qualified names) outside comments and
 * string literals. Stages that do not exist yet are simply absent.
 */
class ArchitectureTest {
    /** Stages in data-flow order; stages on one row are peers. */
    private static final List<Set<String>> ORDER = List.of(
            Set.of("model"),
            Set.of("fetch"),
            Set.of("ingest"),
            Set.of("segment"),
            Set.of("extract"),
            Set.of("resolve"),
            Set.of("event"),
            Set.of("align"),
            Set.of("compare"),
            Set.of("store"),
            Set.of("serve", "web"),
            Set.of("cli"));

    private static final Path SOURCES = Path.of("src/main/java/org/parallax");
    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+org\\.parallax\\.(\\w+)[^;]*;", Pattern.MULTILINE);
    private static final Pattern REFERENCE = Pattern.compile("\\borg\\.parallax\\.([a-z]\\w*)");
    private static final Pattern COMMENTS_AND_STRINGS = Pattern.compile(
            "/\\*.*?\\*/|//[^\\n]*|\"\"\"(?:\\\\.|[^\\\\])*?\"\"\"|\"(?:\\\\.|[^\"\\\\\\n])*\"|'(?:\\\\.|[^'\\\\\\n])+'",
            Pattern.DOTALL);

    @Test
    void everyPackageIsAKnownStage() {
        Set<String> unknown = new TreeSet<>();
        for (Path file : javaFiles()) {
            String stage = stageOf(read(file));
            if (rank(stage) < 0) {
                unknown.add(stage + " (" + file + ")");
            }
        }
        assertThat(unknown).as("packages missing from ArchitectureTest.ORDER").isEmpty();
    }

    @Test
    void dependenciesPointForwardOnly() {
        List<String> violations = new ArrayList<>();
        for (Path file : javaFiles()) {
            violations.addAll(violations(file.toString(), read(file)));
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void theCheckFindsABackwardImportAndIgnoresCommentsAndStrings() {
        String backward = """
                package org.parallax.ingest;
                import org.parallax.model.Document;
                import org.parallax.segment.Segmenter;
                /** Unlike {@link org.parallax.cli.Main} this is fine. */
                class X { String s = "org.parallax.compare.Y"; org.parallax.align.Z z; }
                """;
        assertThat(violations("X.java", backward)).containsExactly(
                "X.java: ingest uses segment", "X.java: ingest uses align");
    }

    @Test
    void theCommandLineMayUseEveryStageAndPeersMayUseEachOther() {
        assertThat(violations("C.java", "package org.parallax.cli;\nimport org.parallax.web.Site;\nimport org.parallax.model.Span;"))
                .isEmpty();
        assertThat(violations("S.java", "package org.parallax.serve;\nimport org.parallax.web.Site;")).isEmpty();
        assertThat(violations("M.java", "package org.parallax.model;\nimport org.parallax.cli.Main;"))
                .containsExactly("M.java: model uses cli");
    }

    private static List<String> violations(String file, String source) {
        String stage = stageOf(source);
        String code = PACKAGE.matcher(COMMENTS_AND_STRINGS.matcher(source).replaceAll(" ")).replaceAll(" ");
        List<String> out = new ArrayList<>();
        Matcher m = REFERENCE.matcher(code);
        while (m.find()) {
            String used = m.group(1);
            if (!used.equals(stage) && rank(used) >= rank(stage) && !stage.equals("cli")
                    && !(rank(used) == rank(stage) && rank(used) >= 0)) {
                String v = file + ": " + stage + " uses " + used;
                if (!out.contains(v)) {
                    out.add(v);
                }
            }
        }
        return out;
    }

    private static String stageOf(String source) {
        Matcher m = PACKAGE.matcher(source);
        return m.find() ? m.group(1) : "";
    }

    private static int rank(String stage) {
        for (int i = 0; i < ORDER.size(); i++) {
            if (ORDER.get(i).contains(stage)) {
                return i;
            }
        }
        return -1;
    }

    private static List<Path> javaFiles() {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
