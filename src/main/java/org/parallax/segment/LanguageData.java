package org.parallax.segment;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Properties;
import java.util.Set;
import org.parallax.model.Language;
import org.parallax.model.LanguageFiles;

/** Reads the per-language word lists under {@code /lang/<code>/}: one entry per line, {@code #} starts a comment. */
final class LanguageData {
    private LanguageData() {
    }

    static Set<String> lines(Language language, String file) {
        Set<String> out = new LinkedHashSet<>();
        for (String line : LanguageFiles.lines(language, file)) {
            out.add(line.strip());
        }
        return out;
    }

    /** A space-separated list setting from a {@code .properties} file of the language; empty when absent. */
    static Set<String> words(Language language, String file, String key) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : properties(language, file).getProperty(key, "").strip().split("\\s+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /** A boolean setting from a {@code .properties} file of the language; false when file or key is absent. */
    static boolean flag(Language language, String file, String key) {
        return Boolean.parseBoolean(properties(language, file).getProperty(key, "false").strip());
    }

    private static Properties properties(Language language, String file) {
        String path = "/lang/" + language.code() + "/" + file;
        Properties properties = new Properties();
        try (InputStream in = LanguageData.class.getResourceAsStream(path)) {
            if (in != null) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(path, e);
        }
        return properties;
    }
}
