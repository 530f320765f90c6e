package org.parallax.extract.time;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.parallax.ingest.DocumentReader;
import org.parallax.model.Document;
import org.parallax.model.Language;
import org.parallax.model.Timex;

/** Builds documents from passages written for the tests and tags them. */
final class Passages {
    private Passages() {
    }

    static Document narrative(Language language, String text) {
        return new DocumentReader(Optional.of(language)).read("passage.txt", text.getBytes(StandardCharsets.UTF_8));
    }

    static Document news(Language language, String text, String dct) {
        Document d = narrative(language, text);
        return new Document(d.id(), d.language(), d.title(), d.text(), d.sections(), d.paragraphs(), d.infobox(),
                Optional.of(LocalDate.parse(dct)), List.of());
    }

    static List<TaggedTime> tag(Document doc) {
        return new TimeTagger().tag(doc);
    }

    static List<Timex> timexes(Document doc) {
        return new TimeTagger().timexes(doc);
    }

    /** "text=value" for each expression, the compact form the tests compare. */
    static List<String> pairs(Document doc) {
        return timexes(doc).stream().map(t -> t.text() + "=" + t.value()).toList();
    }

    static Timex only(Document doc, String text) {
        return timexes(doc).stream().filter(t -> t.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no expression '" + text + "' in " + pairs(doc)));
    }
}
