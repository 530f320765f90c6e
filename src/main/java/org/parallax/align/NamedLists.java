package org.parallax.align;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The bundled data files of the form "name: item item …" with # comments ({@code align/type-families.txt}, {@code align/period-heads.txt}). */
final class NamedLists {
    private NamedLists() {
    }

    /** Each line's name and its items, in file order; a missing resource is a packaging error. */
    static Map<String, List<String>> read(String resource) {
        try (InputStream in = NamedLists.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource.substring(1) + " missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, List<String>> out = new LinkedHashMap<>();
            String line;
            while ((line = reader.readLine()) != null) {
                line = line.strip();
                int colon = line.indexOf(':');
                if (line.isEmpty() || line.startsWith("#") || colon < 0) {
                    continue;
                }
                out.computeIfAbsent(line.substring(0, colon).strip(), k -> new java.util.ArrayList<>())
                        .addAll(List.of(line.substring(colon + 1).strip().split("\\s+")));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
