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
}
