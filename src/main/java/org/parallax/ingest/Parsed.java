package org.parallax.ingest;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.parallax.model.InfoboxEntry;
import org.parallax.model.Section;
import org.parallax.model.Span;
import org.parallax.model.Timex;

/** What a format reader found in a file: everything a {@link org.parallax.model.Document} has but the language. */
record Parsed(String text, String title, List<Section> sections, List<Span> paragraphs, List<InfoboxEntry> infobox,
              Optional<LocalDate> creationDate, List<Timex> goldTimexes) {
    Parsed {
        sections = List.copyOf(sections);
        paragraphs = List.copyOf(paragraphs);
        infobox = List.copyOf(infobox);
        goldTimexes = List.copyOf(goldTimexes);
    }

    Parsed(String text, String title, List<Section> sections, List<Span> paragraphs, List<InfoboxEntry> infobox) {
        this(text, title, sections, paragraphs, infobox, Optional.empty(), List.of());
    }
}
