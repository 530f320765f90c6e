package org.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.parallax.model.Timex;
import org.parallax.model.TimexType;

class TimemlReaderTest {
    private static final String TML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <TimeML>
            <DOCID>essai_01</DOCID>
            <DCT><TIMEX3 tid="t0" type="DATE" value="1863-05-20" functionInDocument="CREATION_TIME">20 mai 1863</TIMEX3></DCT>
            <TEXT>
            Puebla &amp; Mexico : l'armée de Forey entre dans la ville <TIMEX3 tid="t1" type="DATE" value="1863-05-17">le 17 mai</TIMEX3>.
            Le siège a duré <TIMEX3 tid="t2" type="DURATION" value="P2M" mod="APPROX">environ deux mois</TIMEX3> &lt;selon le rapport&gt;.
            </TEXT>
            </TimeML>
            """;

    private final Parsed parsed = TimemlReader.parse(TML, "essai.tml");

    @Test
    void theTextIsTheTextElementWithoutTagsAndWithEntitiesDecoded() {
        assertThat(parsed.text()).isEqualTo("\nPuebla & Mexico : l'armée de Forey entre dans la ville le 17 mai.\n"
                + "Le siège a duré environ deux mois <selon le rapport>.\n");
    }

    @Test
    void readsTheDocumentCreationTime() {
        assertThat(parsed.creationDate()).contains(LocalDate.of(1863, 5, 20));
    }

    @Test
    void goldTimexesCarryTypeValueModAndOffsetsIntoTheDecodedText() {
        assertThat(parsed.goldTimexes()).extracting(Timex::text, Timex::type, Timex::value).containsExactly(
                tuple("le 17 mai", TimexType.DATE, "1863-05-17"),
                tuple("environ deux mois", TimexType.DURATION, "P2M"));
        assertThat(parsed.goldTimexes().get(1).mod()).contains("APPROX");
        assertThat(parsed.goldTimexes()).allSatisfy(t -> assertThat(t.span().of(parsed.text())).isEqualTo(t.text()));
    }

    @Test
    void theTimexOfTheCreationTimeIsNotGold() {
        assertThat(parsed.goldTimexes()).extracting(Timex::value).doesNotContain("1863-05-20");
    }

    @Test
    void aDocumentWithoutTextElementIsRefusedOnOneLine() {
        assertThatThrownBy(() -> TimemlReader.parse("<TimeML><DCT>x</DCT></TimeML>", "vide.tml"))
                .isInstanceOf(IngestException.class)
                .hasMessage("vide.tml: malformed TimeML: no TEXT element");
    }

    @Test
    void aMismatchedClosingTagIsRefusedWithItsPosition() {
        String bad = "<TimeML><TEXT>Il <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1862\">1862</EVENT> partit.</TEXT></TimeML>";
        assertThatThrownBy(() -> TimemlReader.parse(bad, "casse.tml"))
                .isInstanceOf(IngestException.class)
                .hasMessageStartingWith("casse.tml: malformed TimeML: unexpected </EVENT> at character ")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void anUnclosedTagIsRefused() {
        String bad = "<TimeML><TEXT>Il partit <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1862\">en 1862.</TEXT></TimeML>";
        assertThatThrownBy(() -> TimemlReader.parse(bad, "ouvert.tml"))
                .hasMessage("ouvert.tml: malformed TimeML: unclosed <TIMEX3>");
    }

    @Test
    void anUnknownTimexTypeOrBadCreationDateIsRefused() {
        assertThatThrownBy(() -> TimemlReader.parse(
                "<TimeML><TEXT><TIMEX3 tid=\"t1\" type=\"EPOCH\" value=\"1862\">1862</TIMEX3></TEXT></TimeML>", "a.tml"))
                .hasMessage("a.tml: malformed TimeML: TIMEX3 type EPOCH");
        assertThatThrownBy(() -> TimemlReader.parse(
                "<TimeML><DCT><TIMEX3 value=\"1863-02-30\">x</TIMEX3></DCT><TEXT>Texte.</TEXT></TimeML>", "b.tml"))
                .hasMessage("b.tml: malformed TimeML: DCT value 1863-02-30");
    }
}
