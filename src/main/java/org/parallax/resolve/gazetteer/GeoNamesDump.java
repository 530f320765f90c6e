package org.parallax.resolve.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.parallax.model.Place;

/**
 * Loads GeoNames dumps: the 19-column place format and alternateNamesV2. Keeps populated places
 * (class P), first-level divisions (ADM1), independent countries and the physical features a history
 * names (streams, mountains, islands: classes H, T, L); other names are kept only in the six languages
 * Parallax reads or without a language, so that a world dump stays in memory.
 */
final class GeoNamesDump {
    private static final Set<String> LANGUAGES = Set.of("", "en", "fr", "it", "es", "de", "pt");

    private GeoNamesDump() {
    }

    static Gazetteer load(Path places, Optional<Path> alternateNames) {
        GazetteerBuilder builder = new GazetteerBuilder();
        readPlaces(places, builder);
        alternateNames.ifPresent(p -> readAlternates(p, builder));
        return builder.build();
    }

    private static void readPlaces(Path file, GazetteerBuilder builder) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int lineNo = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length < 15) {
                    throw new GazetteerException(file + ":" + lineNo + ": expected 19 tab-separated GeoNames fields, found " + f.length);
                }
                if (!kept(f[6], f[7])) {
                    continue;
                }
                Place p = place(file, lineNo, f);
                builder.add(p);
                builder.name(p, f[2], "", false);
                for (String alt : f[3].split(",")) {
                    builder.name(p, alt.strip(), "", false);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file.toString(), e);
        }
    }

    private static Place place(Path file, int lineNo, String[] f) {
        try {
            String feature = f[7].startsWith("PCL") ? "PCLI" : f[7];
            long population = f[14].isEmpty() ? 0 : Long.parseLong(f[14]);
            return new Place(Long.parseLong(f[0]), f[1], f[8], f[10], feature, population,
                    Double.parseDouble(f[4]), Double.parseDouble(f[5]));
        } catch (NumberFormatException e) {
            throw new GazetteerException(file + ":" + lineNo + ": bad number in a GeoNames row (" + e.getMessage() + ")");
        }
    }

    private static boolean kept(String featureClass, String featureCode) {
        return switch (featureClass) {
            case "P", "H", "T", "L" -> true;
            case "A" -> featureCode.equals("ADM1") || featureCode.startsWith("PCL");
            default -> false;
        };
    }

    private static void readAlternates(Path file, GazetteerBuilder builder) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int lineNo = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNo++;
                String[] f = line.split("\t", -1);
                if (f.length < 4) {
                    throw new GazetteerException(file + ":" + lineNo + ": expected at least 4 alternate-name fields, found " + f.length);
                }
                if (!LANGUAGES.contains(f[2])) {
                    continue;
                }
                Place p = builder.place(Long.parseLong(f[1]));
                if (p != null) {
                    builder.name(p, f[3], f[2], false);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file.toString(), e);
        } catch (NumberFormatException e) {
            throw new GazetteerException(file + ": bad GeoNames id in an alternate-name row (" + e.getMessage() + ")");
        }
    }
}
