package org.parallax.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.model.Language;

class InfoboxFactsTest {
    private static final String TEXT = """
            = Linares campaign =

            Infobox
            - Date: 3 March 1871 – 9 May 1872
            - Result: Rebel victory
            - Commander1: Ana Torres, Luis VegaKIA
            - Strength2: 4,500
            - Casualties1: 1,200 killed, 300 wounded

            The rebels captured Linares on 9 May 1872.
            """;

    @Test
    void infoboxEntriesBecomeClaimsPerSide() {
        List<InfoboxFact> facts = new EventExtractor().infobox(EventExtractorTest.doc(Language.EN, TEXT));
        assertThat(facts).extracting(InfoboxFact::kind).containsExactly(InfoboxFact.Kind.DATE, InfoboxFact.Kind.RESULT,
                InfoboxFact.Kind.COMMANDERS, InfoboxFact.Kind.STRENGTH, InfoboxFact.Kind.CASUALTIES);
        InfoboxFact date = facts.get(0);
        assertThat(date.from()).contains("1871-03-03");
        assertThat(date.to()).contains("1872-05-09");
        assertThat(facts.get(2).side()).isEqualTo(1);
        assertThat(facts.get(2).items()).containsExactly("Ana Torres", "Luis Vega");
        assertThat(facts.get(3).numbers()).containsExactly(4500.0);
        assertThat(facts.get(4).items()).containsExactly("1,200 killed", "300 wounded");
    }
}
