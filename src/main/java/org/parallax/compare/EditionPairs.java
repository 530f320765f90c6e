package org.parallax.compare;

import java.util.ArrayList;
import java.util.List;
import org.parallax.align.Edition;

/** The pairs of editions the edition-wide readers ({@link EditionCounts}, {@link Commands}, {@link PlaceRoles}) set side by side. */
final class EditionPairs {
    private EditionPairs() {
    }

    /** Each pair of positions {i, j}, i before j, of two different documents (a document listed twice is one edition). */
    static List<int[]> of(List<Edition> editions) {
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i < editions.size(); i++) {
            for (int j = i + 1; j < editions.size(); j++) {
                if (!editions.get(i).docId().equals(editions.get(j).docId())) {
                    out.add(new int[] {i, j});
                }
            }
        }
        return out;
    }

    /**
     * Adds a contradicting pair of statements to the findings, joining it to the one that already holds either side:
     * "Blücher" in two editions against "Gneisenau" in a third, Krems in one against Tulln in three, is one finding.
     */
    static <T> void join(List<List<T>> found, T a, T b) {
        for (List<T> group : found) {
            if (group.contains(a) || group.contains(b)) {
                if (!group.contains(a)) {
                    group.add(a);
                }
                if (!group.contains(b)) {
                    group.add(b);
                }
                return;
            }
        }
        found.add(new ArrayList<>(List.of(a, b)));
    }
}
