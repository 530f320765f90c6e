package org.parallax.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parallax.model.Place;
import org.parallax.model.PlaceMention;
import org.parallax.model.Span;

/** Whether a place mention is the resolved place's whole name, so that the place may be compared as a spot. */
class WholePlaceNamesTest {
    private static PlaceMention mention(String text, String name) {
        Place p = new Place(1, name, "DE", "11", "PPL", 50_000, 52.3, 14.5);
        return new PlaceMention(new Span(0, text.length()), text, Optional.of(p), 0.9, List.of());
    }

    @Test
    void aLongerFormHoldingEveryWordOfTheNameAndEndingOnOneIsWhole() {
        assertThat(FacetValues.whole(mention("Frankfurt an der Oder", "Frankfurt (Oder)"))).isTrue();
        assertThat(FacetValues.whole(mention("Brandenburg an der Havel", "Brandenburg an der Havel"))).isTrue();
    }

    @Test
    void aNameReadInPartIsNotWhole() {
        assertThat(FacetValues.whole(mention("Reino de Portugal", "Reino"))).isFalse();
        assertThat(FacetValues.whole(mention("Halle an der Saale", "Halle (Westf.)"))).isFalse();
        assertThat(FacetValues.whole(mention("Gideon von Laudon", "Gideon"))).isFalse();
    }
}
