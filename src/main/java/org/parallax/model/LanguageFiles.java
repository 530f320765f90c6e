package org.parallax.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the language knowledge every stage keeps as data under {@code /lang/<code>/}: the entry lines of
 * one file, blank lines and {@code #} comments left out. Each stage parses the lines its own way.
 */
public final class LanguageFiles {
    private LanguageFiles() {
    }

    /** The entry lines of {@code /lang/<code>/<file>} as written; empty when the language has no such file. */
    public static List<String> lines(Language language, String file) {
        return lines("/lang/" + language.code() + "/" + file);
    }

    /** The entry lines of a resource of {@code /lang/} shared by every language; empty when there is none. */
    public static List<String> lines(String path) {
        List<String> out = new ArrayList<>();
        try (InputStream in = LanguageFiles.class.getResourceAsStream(path)) {
            if (in == null) {
                return out;
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.strip().startsWith("#")) {
                    out.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(path, e);
        }
        return out;
    }

    /** The words of {@code /lang/<code>/<file>}, several to a line, as written. */
    public static List<String> words(Language language, String file) {
        List<String> out = new ArrayList<>();
        for (String line : lines(language, file)) {
            out.addAll(List.of(line.strip().split("\\s+")));
        }
        return out;
    }
}
