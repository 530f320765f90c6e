package org.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.parallax.model.Language;

class LanguageIdentificationTest {
    private static final DocumentReader READER = new DocumentReader();

    private static Language detected(String text) {
        return READER.read("t.txt", text.getBytes(StandardCharsets.UTF_8)).language();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "en|The French army laid siege to the city in the spring, and the defenders held out for two months before they surrendered.",
        "fr|L'armée française assiégea la ville au printemps, et les défenseurs tinrent deux mois avant de se rendre.",
        "it|L'esercito francese assediò la città in primavera, e i difensori resistettero per due mesi prima di arrendersi.",
        "es|El ejército francés sitió la ciudad en la primavera, y los defensores resistieron dos meses antes de rendirse.",
        "de|Die französische Armee belagerte die Stadt im Frühjahr, und die Verteidiger hielten zwei Monate lang aus, bevor sie sich ergaben.",
        "pt|O exército francês cercou a cidade na primavera, e os defensores resistiram durante dois meses antes de se renderem.",
    })
    void identifiesEachSupportedLanguage(String code, String text) {
        assertThat(detected(text).code()).isEqualTo(code);
    }

    @Test
    void refusesAnotherLanguageNamingIt() {
        assertThatThrownBy(() -> detected(
                "Het Franse leger belegerde de stad in de lente, en de verdedigers hielden het twee maanden vol voordat zij zich overgaven."))
                .isInstanceOf(IngestException.class)
                .hasMessageStartingWith("t.txt: unsupported language nl");
    }

    @Test
    void aForcedLanguageIsTakenWithoutDetection() {
        DocumentReader forced = new DocumentReader(Optional.of(Language.PT));
        String dutch = "Het Franse leger belegerde de stad in de lente.";
        assertThat(forced.read("t.txt", dutch.getBytes(StandardCharsets.UTF_8)).language()).isEqualTo(Language.PT);
    }

    @Test
    void identifiesTheLanguageOfTheTextNotOfTheMarkup() {
        String wiki = "== Contexte ==\n\nInfobox\n- Date: 1863\n\nLes troupes françaises prirent la ville après un long siège.";
        assertThat(detected(wiki)).isEqualTo(Language.FR);
    }
}
