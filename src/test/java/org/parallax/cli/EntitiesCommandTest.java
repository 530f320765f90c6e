package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EntitiesCommandTest {
    @TempDir
    Path dir;

    private List<JsonNode> rows(CliRun run) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> out = new ArrayList<>();
        for (String line : run.outLines()) {
            out.add(json.readTree(line));
        }
        return out;
    }

    @Test
    void aChangeOfSideCarriesTheDateItsSentenceGives() throws IOException {
        Path file = Files.writeString(dir.resolve("en.txt"),
                "General Ramón Ortiz held Tepic for the republic. On 19 March 1864, Ortiz, at the head of the troops "
                        + "of the district, sided with the Imperialists.\n");
        CliRun run = CliRun.of("entities", "--lang", "en", file.toString());
        assertThat(run.exitCode()).isZero();
        JsonNode ortiz = rows(run).stream().filter(r -> r.path("id").asText().equals("person:ortiz")).findFirst().orElseThrow();
        assertThat(ortiz.path("changes")).hasSize(1);
        assertThat(ortiz.path("changes").get(0).path("to").asText()).isEqualTo("Imperialist");
        assertThat(ortiz.path("changes").get(0).path("date").asText()).isEqualTo("1864-03-19");
    }

    @Test
    void placesCarryCoordinatesAndStatesJoinAcrossLanguages() throws IOException {
        Path fr = Files.writeString(dir.resolve("fr.txt"), "En 1862, la France envoie des troupes au Mexique.\n");
        Path it = Files.writeString(dir.resolve("it.txt"), "Nel 1862 la Francia inviò truppe in Messico.\n");
        CliRun run = CliRun.of("entities", fr.toString(), it.toString());
        assertThat(run.exitCode()).isZero();
        List<JsonNode> rows = rows(run);
        assertThat(rows).filteredOn(r -> r.path("kind").asText().equals("place") && r.path("country").asText().equals("MX"))
                .allSatisfy(r -> assertThat(r.path("lat").asDouble()).isBetween(14.0, 33.0));
        JsonNode mexico = rows.stream().filter(r -> r.path("id").asText().equals("state:mx")).findFirst().orElseThrow();
        assertThat(mexico.path("names").has("fr")).isTrue();
        assertThat(mexico.path("names").has("it")).isTrue();
    }
}
