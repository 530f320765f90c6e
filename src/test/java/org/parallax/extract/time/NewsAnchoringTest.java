package org.parallax.extract.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.extract.time.Passages.news;
import static org.parallax.extract.time.Passages.only;
import static org.parallax.extract.time.Passages.pairs;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.model.Document;
import org.parallax.model.Language;
import org.parallax.model.TimexType;

class NewsAnchoringTest {
    @Test
    void anchorsDeicticWordsOnTheDocumentDate() {
        Document doc = news(Language.FR, "Le maire a parlé hier soir. Il y a trois ans, l'usine fermait. L'an dernier, elle rouvrait.",
                "2001-03-14");
        assertThat(pairs(doc)).containsExactly("hier soir=2001-03-13TEV", "Il y a trois ans=1998", "L'an dernier=2000");
    }

    @Test
    void readsClockTimesOnTheDayLastNamed() {
        Document doc = news(Language.FR, "Le samedi 5 juin, la fête commencera à 17 h 30.", "2004-05-20");
        assertThat(pairs(doc)).containsExactly("Le samedi 5 juin=2004-06-05", "17 h 30=2004-06-05T17:30");
        assertThat(only(doc, "17 h 30").type()).isEqualTo(TimexType.TIME);
    }

    @Test
    void aBareWeekdayIsThePastOneUnlessTheSentenceLooksAhead() {
        Document past = news(Language.FR, "Le conseil a voté mardi.", "2004-05-20");
        Document future = news(Language.FR, "Le conseil votera mardi.", "2004-05-20");
        assertThat(only(past, "mardi").value()).isEqualTo("2004-05-18");
        assertThat(only(future, "mardi").value()).isEqualTo("2004-05-25");
    }

    @Test
    void keepsTheEndsOfAnIntervalApartAsTimeMLDoes() {
        Document doc = news(Language.FR, "Entre 1990 et 1999, la ville a grandi.", "2000-01-10");
        assertThat(pairs(doc)).containsExactly("1990=1990", "1999=1999");
    }

    @Test
    void anAgeIsNotADuration() {
        Document doc = news(Language.FR, "Jean Martin, 54 ans, a été élu. Une fillette de 6 ans a gagné. Le chantier a duré deux ans.",
                "2000-01-10");
        assertThat(pairs(doc)).containsExactly("deux ans=P2Y");
    }

    @Test
    void readsEnglishNewsRelativeToTheDocumentDate() {
        Document doc = news(Language.EN, "Yesterday the board met. Next year it will vote. Two weeks ago prices fell.", "2010-06-15");
        assertThat(pairs(doc)).containsExactly("Yesterday=2010-06-14", "Next year=2011", "Two weeks ago=2010-06-01");
    }

    @Test
    void modeCanBeForced() {
        Document doc = news(Language.EN, "On 9 April the talks broke down.", "2010-06-15");
        List<String> asNews = new TimeTagger(TimeTagger.Mode.NEWS).timexes(doc).stream().map(t -> t.value()).toList();
        List<String> asNarrative = new TimeTagger(TimeTagger.Mode.NARRATIVE).timexes(doc).stream().map(t -> t.value()).toList();
        assertThat(asNews).containsExactly("2010-04-09");
        // Narrative reads forward from the document date: April after June is the next April.
        assertThat(asNarrative).containsExactly("2011-04-09");
        Document noDate = Passages.narrative(Language.EN, "On 9 April the talks broke down.");
        assertThat(new TimeTagger(TimeTagger.Mode.NEWS).timexes(noDate)).extracting(t -> t.value()).containsExactly("XXXX-04-09");
    }
}
