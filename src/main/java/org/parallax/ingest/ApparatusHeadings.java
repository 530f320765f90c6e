package org.parallax.ingest;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.parallax.model.Language;
import org.parallax.model.LanguageFiles;

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
            for (String line : LanguageFiles.lines(language, "apparatus-headings.txt")) {
                out.add(normalize(line));
            }
        }
        return Set.copyOf(out);
    }
}
