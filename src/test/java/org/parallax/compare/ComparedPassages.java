package org.parallax.compare;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.parallax.ingest.DocumentReader;
import org.parallax.model.Document;
import org.parallax.model.Finding;

/** Passages written for the tests, read as editions and compared: the setup the comparison tests share. */
final class ComparedPassages {
    private ComparedPassages() {
    }

    static Document doc(String name, String text) {
        return new DocumentReader().read(name, text.getBytes(StandardCharsets.UTF_8));
    }

    /** The findings of one kind and facet the comparison of the documents reports. */
    static List<Finding> findings(Finding.Kind kind, String facet, Document... docs) {
        return new EditionComparator().compare(List.of(docs)).findings().stream()
                .filter(f -> f.kind() == kind && f.facet().equals(facet)).toList();
    }

    /** The contradictions of one facet the comparison of the documents reports. */
    static List<Finding> contradictions(String facet, Document... docs) {
        return findings(Finding.Kind.CONTRADICTION, facet, docs);
    }
}
