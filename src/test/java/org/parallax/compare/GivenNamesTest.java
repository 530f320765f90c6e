package org.parallax.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.parallax.model.ActorKind;
import org.parallax.model.ActorMention;
import org.parallax.model.Span;
import org.junit.jupiter.api.Test;

class GivenNamesTest {
    private static ActorMention person(String text) {
        return new ActorMention(new Span(0, text.length()), text, "id:" + text, text, ActorKind.PERSON, Optional.empty());
    }

    @Test
    void oneGivenNameInEachLanguageHasOneKey() {
        assertThat(GivenNames.key("Ludwig")).isEqualTo(GivenNames.key("Louis")).isEqualTo(GivenNames.key("Luís"));
        assertThat(GivenNames.key("Guillaume")).isEqualTo(GivenNames.key("Wilhelm"));
        assertThat(GivenNames.key("Wilhelm")).isNotEqualTo(GivenNames.key("Karl"));
        assertThat(GivenNames.key("Tomori")).isEqualTo("Tomori");
    }

    @Test
    void translatedFirstNamesMeetButTwoPrincesSharingOneDoNot() {
        assertThat(Commands.samePerson(person("Friedrich Wilhelm"), person("Frédéric-Guillaume"))).isTrue();
        assertThat(Commands.samePerson(person("König Ludwig II."), person("Luis II"))).isTrue();
        assertThat(Commands.samePerson(person("Friedrich Karl"), person("Frederick William"))).isFalse();
    }

    @Test
    void aRankAfterTheNameIsNoPartOfItAndALoneSurnameMeetsNoFirstName() {
        assertThat(Commands.samePerson(person("Ali Pasha"), person("Alí Bajá"))).isTrue();
        assertThat(Commands.samePerson(person("Zaganos Paxá"), person("Süleyman Baltoğlu"))).isFalse();
        assertThat(Commands.samePerson(person("Pierre le Grand"), person("Pietro I"))).isTrue();
    }
}
