package org.parallax.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Phrases of one or more words read from a tab-separated language data file, each with the columns
 * that follow it, matched against lower-cased, accent-folded tokens. A word ending in {@code *} matches
 * any word that starts with it, so one line covers the forms of a verb ("captur*").
 */
final class PhraseTable {
    /** One line of the file: its words (folded) and the other columns. */
    record Entry(List<String> words, List<String> columns) {
        Entry {
            words = List.copyOf(words);
            columns = List.copyOf(columns);
        }

        boolean matches(List<String> tokens, int at) {
            if (at + words.size() > tokens.size()) {
                return false;
            }
            for (int i = 0; i < words.size(); i++) {
                String w = words.get(i);
                String t = tokens.get(at + i);
                boolean ok = w.endsWith("*") ? t.startsWith(w.substring(0, w.length() - 1)) : t.equals(w);
                if (!ok) {
                    return false;
                }
            }
            return true;
        }
    }

    /** A match: the entry and the tokens [start, end) it covers. */
    record Match(Entry entry, int start, int end) {
    }

    // Entries indexed by the first letters of their first word, so a token only meets likely entries.
    private final Map<String, List<Entry>> byPrefix = new HashMap<>();

    private PhraseTable(List<Entry> entries) {
        for (Entry e : entries) {
            byPrefix.computeIfAbsent(key(e.words().get(0).replace("*", "")), k -> new ArrayList<>()).add(e);
        }
        // Longest phrases first, so "set out" wins over "set" and "accepted the crown" over "accepted".
        // Then exact words before stems, longer stems first, so "moratoria" is not taken for "mor*".
        byPrefix.values().forEach(l -> l.sort(Comparator.comparingInt((Entry e) -> -e.words().size())
                .thenComparingInt(e -> -String.join(" ", e.words()).replace("*", "").length())));
    }

    /**
     * Reads {@code /lang/<code>/<file>}. The phrase is in column {@code phraseColumn}; blank lines and
     * lines starting with # are skipped. A missing file gives an empty table.
     */
    static PhraseTable load(String code, String file, int phraseColumn) {
        List<Entry> entries = new ArrayList<>();
        for (String line : Resources.lines("/lang/" + code + "/" + file)) {
            List<String> cols = new ArrayList<>(List.of(line.split("\t")));
            String phrase = cols.remove(phraseColumn);
            entries.add(new Entry(List.of(fold(phrase).trim().split("\\s+")), cols));
        }
        return new PhraseTable(entries);
    }

    /** Every entry of the table. */
    List<Entry> entries() {
        return byPrefix.values().stream().flatMap(List::stream).toList();
    }

    /** The longest entry that starts at token {@code at}, if any. */
    Match longestAt(List<String> tokens, int at) {
        List<Entry> candidates = byPrefix.get(key(tokens.get(at)));
        if (candidates == null) {
            return null;
        }
        for (Entry e : candidates) {
            if (e.matches(tokens, at)) {
                return new Match(e, at, at + e.words().size());
            }
        }
        return null;
    }

    /** Non-overlapping longest matches, left to right. */
    List<Match> scan(List<String> tokens) {
        List<Match> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Match m = longestAt(tokens, i);
            if (m == null) {
                i++;
            } else {
                out.add(m);
                i = m.end();
            }
        }
        return out;
    }

    private static String key(String word) {
        return word.length() <= 2 ? word : word.substring(0, 3);
    }

    /** Lower case without accents: "Exécuté" and "executé" meet "execute". */
    static String fold(String s) {
        return org.parallax.model.Folding.plain(s.replace('’', '\''));
    }
}
