package org.parallax.extract.time;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Phrases of one kind from the language data (month names, "the next day", "il y a"), looked up at a
 * token position. Entries are indexed by their first token and tried longest first, so a lookup costs
 * a bounded number of token comparisons whatever the text.
 */
final class PhraseTable {
    record Entry(List<String> keys, String value) {
    }

    /** A phrase found at a token position: the index after its last token, and its value. */
    record Hit(int end, String value) {
    }

    private final Map<String, List<Entry>> byFirst = new HashMap<>();

    void add(String phrase, String value) {
        List<String> keys = Tokens.of(phrase).stream().map(Tok::key).toList();
        if (keys.isEmpty()) {
            return;
        }
        List<Entry> list = byFirst.computeIfAbsent(keys.get(0), k -> new ArrayList<>());
        list.add(new Entry(keys, value));
        list.sort(Comparator.comparingInt((Entry e) -> -e.keys().size()));
    }

    Optional<Hit> at(List<Tok> toks, int i) {
        if (i >= toks.size()) {
            return Optional.empty();
        }
        List<Entry> candidates = byFirst.get(toks.get(i).key());
        if (candidates == null) {
            return Optional.empty();
        }
        for (Entry e : candidates) {
            if (matches(e.keys(), toks, i)) {
                return Optional.of(new Hit(i + e.keys().size(), e.value()));
            }
        }
        return Optional.empty();
    }

    /** All phrases that match at {@code i}, longest first (a word like "de" may open several intervals). */
    List<Hit> allAt(List<Tok> toks, int i) {
        List<Hit> out = new ArrayList<>();
        if (i < toks.size()) {
            for (Entry e : byFirst.getOrDefault(toks.get(i).key(), List.of())) {
                if (matches(e.keys(), toks, i)) {
                    out.add(new Hit(i + e.keys().size(), e.value()));
                }
            }
        }
        return out;
    }

    /** Whether a word ends with one of the single-word entries ("-ra" endings of the French future). */
    boolean endsAny(String key) {
        for (String ending : byFirst.keySet()) {
            if (key.length() >= ending.length() + 2 && key.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    boolean isEmpty() {
        return byFirst.isEmpty();
    }

    private static boolean matches(List<String> keys, List<Tok> toks, int i) {
        if (i + keys.size() > toks.size()) {
            return false;
        }
        for (int k = 0; k < keys.size(); k++) {
            if (!toks.get(i + k).key().equals(keys.get(k))) {
                return false;
            }
            // A phrase must not glue onto the word before or after it ("mars" in "marsupial" is one token anyway,
            // but "h" must not be read inside "14h30abc").
        }
        return true;
    }
}
