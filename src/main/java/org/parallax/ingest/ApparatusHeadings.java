package org.parallax.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.parallax.model.Language;

/**
 * The headings of an article's apparatus ("References", "See also", "Bibliographie", "Weblinks", …), read
 * from {@code /lang/<code>/apparatus-headings.txt} of every language: the HTML reader drops those
 * sections, whose book titles and publication years are not what the article says happened. The union of
 * all languages is used because the language is identified only after the text is read.
 */
final class ApparatusHeadings {
    private static final Set<String> HEADINGS = load();

    private ApparatusHeadings() {
    }

    static boolean contains(String heading) {
        return HEADINGS.contains(normalize(heading));
    }

    private static String normalize(String heading) {
        return heading.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static Set<String> load() {
        Set<String> out = new HashSet<>();
        for (Language language : Language.values()) {
            String path = "/lang/" + language.code() + "/apparatus-headings.txt";
            try (InputStream in = ApparatusHeadings.class.getResourceAsStream(path)) {
                if (in == null) {
                    continue;
                }
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    if (!line.isBlank() && !line.strip().startsWith("#")) {
                        out.add(normalize(line));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(path, e);
            }
        }
        return Set.copyOf(out);
    }
}
