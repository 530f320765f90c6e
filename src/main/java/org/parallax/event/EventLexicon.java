package org.parallax.event;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.parallax.model.Language;

/**
 * The event words of one language: triggers ({@code event-triggers.txt}: form, type, part of speech) and
 * the signals that shape frames ({@code event-signals.txt}: form, kind — coordination, relative clauses, temporal
 * relations, modality, negation, anaphora) and the nouns that refer back to an event already told
 * ({@code event-references.txt}: form, the types it may refer to).
 */
final class EventLexicon {
    private static final Map<Language, EventLexicon> CACHE = new EnumMap<>(Language.class);

    final PhraseTable triggers;
    final PhraseTable signals;
    final PhraseTable references;
    /** The head words of the "the city" phrases ("city", "ville", "Stadt"): a town named by a common noun. */
    final Set<String> townWords;

    private EventLexicon(Language language) {
        triggers = PhraseTable.load(language.code(), "event-triggers.txt", 0);
        signals = PhraseTable.load(language.code(), "event-signals.txt", 0);
        references = PhraseTable.load(language.code(), "event-references.txt", 0);
        townWords = signals.entries().stream().filter(e -> e.columns().get(0).equals("city"))
                .map(e -> e.words().get(e.words().size() - 1)).collect(Collectors.toUnmodifiableSet());
    }

    static synchronized EventLexicon of(Language language) {
        return CACHE.computeIfAbsent(language, EventLexicon::new);
    }
}
