package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SegmentCommandTest {
    @TempDir
    Path dir;

    @Test
    void printsOneJsonLinePerSentenceWithSectionParagraphAndSpan() throws IOException {
        String text = "= Puebla =\n\nInfobox\n- Data: 1863\n\n== Assedio ==\nIl Gen. Forey arrivò il 16 marzo. La città cadde.\n";
        Path file = Files.writeString(dir.resolve("it.txt"), text);
        CliRun run = CliRun.of("segment", "--lang", "it", file.toString());
        assertThat(run.exitCode()).isZero();
        List<JsonNode> rows = new ArrayList<>();
        for (String line : run.outLines()) {
            rows.add(Json.MAPPER.readTree(line));
        }
        assertThat(rows).hasSize(2);
        JsonNode first = rows.get(0);
        assertThat(first.get("doc").asText()).isEqualTo(file.toString());
        assertThat(first.get("lang").asText()).isEqualTo("it");
        assertThat(first.get("section").asText()).isEqualTo("Assedio");
        assertThat(first.get("sentence").asInt()).isZero();
        assertThat(first.get("text").asText()).isEqualTo("Il Gen. Forey arrivò il 16 marzo.");
        int start = first.get("span").get(0).asInt();
        int end = first.get("span").get(1).asInt();
        assertThat(text.substring(start, end)).isEqualTo(first.get("text").asText());
        assertThat(rows.get(1).get("paragraph").asInt()).isEqualTo(first.get("paragraph").asInt());
    }
}
