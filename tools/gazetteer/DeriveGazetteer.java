// Derives the gazetteer extract bundled with Parallax from the GeoNames-based inputs described in
// ../shared/data/geo/README.md. Reproducible: the same inputs give the same file, byte for byte.
//
//   java tools/gazetteer/DeriveGazetteer.java ../shared/data/geo src/main/resources/gazetteer/places.tsv.gz
//
// Output (gzip'd TSV, one place per line): id, name, country, admin1, feature, population, lat, lon,
// names — the other names as "lang=name" joined by "|" (lang empty when the name is not tied to one,
// "main" for names in common use that weigh like the official one: honorific-free forms and aliases.tsv).
// Rows: every populated place of cities1000 (population >= 1000), first-level divisions (feature ADM1,
// point = mean of their populated places), countries (feature PCLI, names in six languages from the
// JDK's CLDR data, point = mean of their populated places), and the hand-written supplement and alias
// files next to this script. Place data (c) GeoNames (geonames.org), CC BY 4.0.
import java.io.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.*;
import java.util.regex.*;
import java.util.zip.GZIPOutputStream;

public class DeriveGazetteer {
    static final String[] LANGS = {"en", "fr", "it", "es", "de", "pt"};
    // GeoNames's official names of Mexican cities carry honorifics that history does not use.
    static final Pattern HONORIFIC = Pattern.compile("^(Heroica Ciudad de |Heroica |H\\. )(.+)$");

    record Row(long id, String name, String cc, String admin1, String feature, long pop, double lat, double lon,
               Set<String> names) {}

    public static void main(String[] args) throws IOException {
        Path geo = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Path here = Path.of("tools/gazetteer");
        Map<Long, Row> places = new TreeMap<>();
        for (String line : Files.readAllLines(geo.resolve("cities1000.tsv"))) {
            String[] f = line.split("\t", -1);
            if (f[0].equals("geonameid")) continue;
            long id = Long.parseLong(f[0]);
            Row r = new Row(id, f[1], f[2], f[3], f[4], Long.parseLong(f[5]), Double.parseDouble(f[6]),
                    Double.parseDouble(f[7]), new TreeSet<>());
            Matcher m = HONORIFIC.matcher(f[1]);
            if (m.matches()) r.names.add("main=" + m.group(2));
            places.put(id, r);
        }
        // Keys are GeoNames ids for places, "MX" for countries and "MX.21" for first-level divisions.
        Map<String, Set<String>> coded = new HashMap<>();
        for (String line : Files.readAllLines(geo.resolve("localized-names.tsv"))) {
            String[] f = line.split("\t", -1);
            if (f[0].equals("key") || f[2].isBlank()) continue;
            if (!f[0].matches("\\d+")) {
                coded.computeIfAbsent(f[0], k -> new TreeSet<>()).add(f[1] + "=" + f[2].strip());
                continue;
            }
            Row r = places.get(Long.parseLong(f[0]));
            if (r != null && !f[2].isBlank()) r.names.add(f[1] + "=" + f[2].strip());
        }
        for (String line : Files.readAllLines(geo.resolve("geonames-cities100000.txt"))) {
            String[] f = line.split("\t", -1);
            Row r = places.get(Long.parseLong(f[0]));
            if (r == null) continue;
            addPlain(r, f[2]);
            for (String alt : f[3].split(",")) addPlain(r, alt);
        }
        List<Row> rows = new ArrayList<>(places.values());
        rows.addAll(admin1(geo, places.values()));
        rows.addAll(countries(places.values()));
        rows.addAll(supplement(here.resolve("supplement.tsv")));
        for (Row r : rows) {
            String code = r.feature.equals("PCLI") ? r.cc : r.feature.equals("ADM1") ? r.cc + "." + r.admin1 : null;
            if (code != null) r.names.addAll(coded.getOrDefault(code, Set.of()));
        }
        applyAliases(here.resolve("aliases.tsv"), rows);
        write(out, rows);
        System.out.println("wrote " + rows.size() + " places to " + out);
    }

    static void addPlain(Row r, String alt) {
        String a = alt.strip();
        if (a.length() < 2 || a.length() > 60 || a.equals(r.name)) return;
        if (a.equals(a.toUpperCase(Locale.ROOT)) && a.length() <= 4) return; // airport and postal codes
        if (!Character.isUpperCase(a.charAt(0))) return; // transliterations of non-Latin names, not used in text
        for (int i = 0; i < a.length(); i++) {
            char c = a.charAt(i);
            if (Character.isDigit(c)) return;
            if (Character.isLetter(c) && Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN) return;
        }
        r.names.add("=" + a);
    }

    static List<Row> admin1(Path geo, Collection<Row> places) throws IOException {
        String json = Files.readString(geo.resolve("geonames-admin1.json"));
        Matcher m = Pattern.compile("\\{\"code\":\"([A-Z]{2})\\.([^\"]+)\",\"name\":\"((?:[^\"\\\\]|\\\\.)*)\"\\}").matcher(json);
        Map<String, double[]> sums = new HashMap<>();
        for (Row p : places) {
            double[] s = sums.computeIfAbsent(p.cc + "." + p.admin1, k -> new double[4]);
            s[0] += p.lat; s[1] += p.lon; s[2]++; s[3] += p.pop;
        }
        TreeMap<String, String> names = new TreeMap<>();
        while (m.find()) names.put(m.group(1) + "." + m.group(2), m.group(3).replace("\\\"", "\""));
        List<Row> out = new ArrayList<>();
        long id = -100001;
        for (var e : names.entrySet()) {
            double[] s = sums.get(e.getKey());
            if (s == null) continue; // a division with no populated place has no point to show
            String[] code = e.getKey().split("\\.", 2);
            out.add(new Row(id--, e.getValue(), code[0], code[1], "ADM1", (long) s[3], round(s[0] / s[2]),
                    round(s[1] / s[2]), new TreeSet<>()));
        }
        return out;
    }

    static List<Row> countries(Collection<Row> places) {
        Map<String, double[]> sums = new TreeMap<>();
        for (Row p : places) {
            double[] s = sums.computeIfAbsent(p.cc, k -> new double[4]);
            s[0] += p.lat; s[1] += p.lon; s[2]++; s[3] += p.pop;
        }
        List<Row> out = new ArrayList<>();
        for (var e : sums.entrySet()) {
            String cc = e.getKey();
            double[] s = e.getValue();
            long id = -(1000 + (cc.charAt(0) - 'A') * 26L + (cc.charAt(1) - 'A'));
            Locale country = new Locale.Builder().setRegion(cc).build();
            String en = country.getDisplayCountry(Locale.ENGLISH);
            if (en.equals(cc)) continue;
            Set<String> names = new TreeSet<>();
            for (String lang : LANGS) names.add(lang + "=" + country.getDisplayCountry(Locale.forLanguageTag(lang)));
            out.add(new Row(id, en, cc, "", "PCLI", (long) s[3], round(s[0] / s[2]), round(s[1] / s[2]), names));
        }
        return out;
    }

    static List<Row> supplement(Path file) throws IOException {
        List<Row> out = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t", -1);
            Set<String> names = new TreeSet<>();
            for (String n : f[8].split("\\|")) if (!n.isBlank()) names.add("=" + n.strip());
            out.add(new Row(Long.parseLong(f[0]), f[1], f[2].strip(), f[3].strip(), f[4], Long.parseLong(f[5]),
                    Double.parseDouble(f[6]), Double.parseDouble(f[7]), names));
        }
        return out;
    }

    static void applyAliases(Path file, List<Row> rows) throws IOException {
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t", 2);
            boolean found = false;
            for (Row r : rows) {
                if (keyOf(r).equals(f[0])) { r.names.add("main=" + f[1].strip()); found = true; }
            }
            if (!found) throw new IllegalStateException("alias for unknown place " + f[0]);
        }
    }

    static String keyOf(Row r) {
        return switch (r.feature) {
            case "PCLI" -> "country:" + r.cc;
            case "ADM1" -> "admin1:" + r.cc + "." + r.admin1;
            default -> Long.toString(r.id);
        };
    }

    // A name that folds (accents, case, hyphens) to one already kept adds nothing to the index: keep
    // the first by priority — main aliases, then language-tagged names, then untagged ones.
    static void dropFoldedDuplicates(Row r) {
        Set<String> seen = new HashSet<>();
        seen.add(fold(r.name));
        List<String> ordered = new ArrayList<>();
        for (String n : r.names) if (n.startsWith("main=")) ordered.add(n);
        for (String n : r.names) if (!n.startsWith("main=") && !n.startsWith("=")) ordered.add(n);
        for (String n : r.names) if (n.startsWith("=")) ordered.add(n);
        Set<String> kept = new TreeSet<>();
        for (String n : ordered) {
            String lang = n.substring(0, n.indexOf('='));
            String key = fold(n.substring(n.indexOf('=') + 1));
            // a tagged name equal to the main name still says which language calls the place so
            if (seen.add(key) || !lang.isEmpty() && !lang.equals("main") && seen.add(lang + ":" + key)) kept.add(n);
        }
        r.names.clear();
        r.names.addAll(kept);
    }

    static String fold(String s) {
        String d = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("\\p{Mn}", "");
        return d.toLowerCase(Locale.ROOT).replaceAll("[\\s\\-_\u2010\u2013]+", " ").strip();
    }

    static double round(double v) {
        return Math.round(v * 100000) / 100000.0;
    }

    static void write(Path out, List<Row> rows) throws IOException {
        Files.createDirectories(out.getParent());
        try (Writer w = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(out)) {{
            def.setLevel(9);
        }}, StandardCharsets.UTF_8)) {
            for (Row r : rows) {
                dropFoldedDuplicates(r);
                w.write(r.id + "\t" + r.name + "\t" + r.cc + "\t" + r.admin1 + "\t" + r.feature + "\t" + r.pop + "\t"
                        + r.lat + "\t" + r.lon + "\t" + String.join("|", r.names) + "\n");
            }
        }
    }
}
