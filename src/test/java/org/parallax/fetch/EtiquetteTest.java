package org.parallax.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parallax.model.Language;

class EtiquetteTest {

    @Test
    void userAgentNamesTheToolAndTheContact() {
        assertThat(Etiquette.userAgent("ops@example.org")).matches("Parallax/\\S+ \\(ops@example\\.org\\) Java-http-client/\\d+");
        assertThat(Etiquette.userAgent("")).contains("no contact given").contains(Etiquette.POLICY);
    }

    @Test
    void putsTheLanguageIntoTheHostAndAsksForJsonWithMaxlag() {
        URI uri = Etiquette.uri(WikipediaFetcher.DEFAULT_API, Language.FR, Map.of("action", "query", "titles", "Siège de Castelmare & co"));
        assertThat(uri.getHost()).isEqualTo("fr.wikipedia.org");
        assertThat(uri.getPath()).isEqualTo("/w/api.php");
        assertThat(uri.getQuery()).contains("titles=Siège de Castelmare & co", "format=json", "formatversion=2", "maxlag=5");
        assertThat(uri.getRawQuery()).contains("titles=Si%C3%A8ge%20de%20Castelmare%20%26%20co");
    }

    @Test
    void settingsRefuseAnApiUrlThatCannotServeSeveralEditions() {
        WikipediaFetcher.Settings defaults = WikipediaFetcher.Settings.defaults();
        assertThatThrownBy(() -> defaults.withApi("https://en.wikipedia.org/w/api.php"))
                .hasMessageStartingWith("API URL must contain {lang}");
        assertThatThrownBy(() -> defaults.withApi("ftp://{lang}.example.org/api.php"))
                .hasMessageStartingWith("API URL must be an http(s) URL");
        assertThatThrownBy(() -> defaults.withRetries(-1)).hasMessageContaining("retries");
        assertThat(defaults.withApi("http://127.0.0.1:8080/{lang}/w/api.php").apiTemplate()).contains("{lang}");
    }
}
