package org.parallax.extract.time;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.parallax.model.Language;

/**
 * The temporal vocabulary of one language, read from {@code /lang/<code>/time-*.txt}. Each file holds
 * {@code [section]} headers and {@code phrase = value} lines; the engine knows only section names, never
 * words, so adding a language is adding files.
 */
final class TimeLexicon {
    static final String[] FILES = {"time-calendar.txt", "time-numbers.txt", "time-relative.txt", "time-modifiers.txt"};
    private static final Map<Language, TimeLexicon> CACHE = new ConcurrentHashMap<>();

    private final Map<String, PhraseTable> sections = new HashMap<>();

    static TimeLexicon of(Language language) {
        return CACHE.computeIfAbsent(language, TimeLexicon::load);
    }

    PhraseTable section(String name) {
        return sections.computeIfAbsent(name, n -> new PhraseTable());
    }

    private static TimeLexicon load(Language language) {
        TimeLexicon lexicon = new TimeLexicon();
        for (String file : FILES) {
            lexicon.read("/lang/" + language.code() + "/" + file);
        }
        return lexicon;
    }

    private void read(String path) {
        try (InputStream in = TimeLexicon.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing language data " + path);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String section = "";
            int lineNo = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNo++;
                String s = line.strip();
                if (s.isEmpty() || s.startsWith("#")) {
                    continue;
                }
                if (s.startsWith("[") && s.endsWith("]")) {
                    section = s.substring(1, s.length() - 1).strip();
                    continue;
                }
                int eq = s.lastIndexOf(" = ");
                if (eq < 0) {
                    throw new IllegalStateException(path + ":" + lineNo + ": expected 'phrase = value'");
                }
                String value = s.substring(eq + 3).strip();
                for (String phrase : s.substring(0, eq).split("\\|")) {
                    section(section).add(phrase.strip(), value);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(path, e);
        }
    }
}
