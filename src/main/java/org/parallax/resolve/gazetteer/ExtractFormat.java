package org.parallax.resolve.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import org.parallax.model.Place;

/**
 * Reads Parallax's gazetteer extract: id, name, country, admin1, feature, population, lat, lon, and
 * the other names as {@code lang=name} joined by {@code |} (lang empty when not tied to a language,
 * {@code main} for the names in common use that count like the main one: "Matamoros", "Querétaro").
 */
final class ExtractFormat {
    private ExtractFormat() {
    }

    static void read(BufferedReader in, GazetteerBuilder builder) throws IOException {
        int lineNo = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            lineNo++;
            String[] f = line.split("\t", -1);
            if (f.length != 9) {
                throw new GazetteerException("gazetteer extract line " + lineNo + ": expected 9 fields, found " + f.length);
            }
            Place p = new Place(Long.parseLong(f[0]), f[1], f[2], f[3], f[4], Long.parseLong(f[5]),
                    Double.parseDouble(f[6]), Double.parseDouble(f[7]));
            builder.add(p);
            if (f[8].isEmpty()) {
                continue;
            }
            int start = 0;
            String names = f[8];
            while (start <= names.length()) {
                int end = names.indexOf('|', start);
                if (end < 0) {
                    end = names.length();
                }
                int eq = names.indexOf('=', start);
                if (eq >= start && eq < end) {
                    String lang = names.substring(start, eq);
                    boolean main = lang.equals("main");
                    builder.name(p, names.substring(eq + 1, end), main ? "" : lang, main);
                }
                start = end + 1;
            }
        }
    }
}
