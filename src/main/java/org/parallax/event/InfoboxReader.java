package org.parallax.event;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.model.Document;
import org.parallax.model.InfoboxEntry;
import org.parallax.model.Span;

/** Reads a document's infobox entries as {@link InfoboxFact}s; key words are data ({@code event-infobox.txt}). */
final class InfoboxReader {
    private static final Pattern SIDE = Pattern.compile("(\\d)\\s*$");
    private static final Pattern NUMBER = Pattern.compile("(?<![\\d])\\d{1,3}(?:[,.\\u00a0\\u202f ]\\d{3})+(?!\\d)|(?<![\\d,.])\\d+(?![\\d])");
    // Wikipedia marks commanders killed in action with a KIA icon that the text dump glues to the name.
    private static final Pattern KIA = Pattern.compile("\\s*(?:KIA|†)\\s*$");

    private final Document doc;
    private final DateSource dates;
    private final List<String[]> keys;

    InfoboxReader(Document doc, DateSource dates) {
        this.doc = doc;
        this.dates = dates;
        this.keys = Resources.lines("/lang/" + doc.language().code() + "/event-infobox.txt").stream()
                .map(l -> l.split("\t")).filter(a -> a.length >= 2).toList();
    }

    List<InfoboxFact> facts() {
        List<InfoboxFact> out = new ArrayList<>();
        for (InfoboxEntry e : doc.infobox()) {
            InfoboxFact.Kind kind = kind(e.key());
            Matcher side = SIDE.matcher(e.key());
            int s = side.find() ? Integer.parseInt(side.group(1)) : 0;
            List<String> items = Arrays.stream(e.value().split("[,;]"))
                    .map(i -> KIA.matcher(i.strip()).replaceAll("")).filter(i -> !i.isBlank() && !i.equals("()")).toList();
            if (kind == InfoboxFact.Kind.STRENGTH || kind == InfoboxFact.Kind.CASUALTIES) {
                items = numberItems(e.value());
            }
            List<DatedExpression> dates = kind == InfoboxFact.Kind.DATE ? dates(e) : List.of();
            // The span is either one interval ("1861-12-08/1867-06-21") or its first and last dates.
            Optional<String> from = dates.isEmpty() ? Optional.empty() : Optional.of(dates.get(0).value().split("/")[0]);
            Optional<String> to = dates.isEmpty() ? Optional.empty()
                    : Optional.of(dates.get(dates.size() - 1).value().replaceFirst("^.*/", ""));
            out.add(new InfoboxFact(kind, s, e.key(), e.value(), e.valueSpan(), items, from, to, numbers(e.value())));
        }
        return out;
    }

    private InfoboxFact.Kind kind(String key) {
        String k = PhraseTable.fold(key).replaceAll("\\d+\\s*$", "").strip();
        for (String[] entry : keys) {
            if (k.startsWith(PhraseTable.fold(entry[0]))) {
                return InfoboxFact.Kind.valueOf(entry[1].toUpperCase(Locale.ROOT));
            }
        }
        return InfoboxFact.Kind.OTHER;
    }

    private List<DatedExpression> dates(InfoboxEntry e) {
        Document value = new Document(doc.id() + "#" + e.key(), doc.language(), "", e.value(), List.of(),
                List.of(new Span(0, e.value().length())), List.of(), Optional.empty(), List.of());
        return dates.dates(value);
    }

    /** "31,962 killed (including 11,000 executed), 8,304 wounded" → one item per counted number. */
    private static List<String> numberItems(String value) {
        List<String> items = new ArrayList<>();
        for (String part : value.replaceAll("[()]", ",").split("[,;](?!\\d{3})")) {
            if (!part.isBlank() && NUMBER.matcher(part).find()) {
                items.add(part.strip());
            }
        }
        return items;
    }

    static List<Double> numbers(String value) {
        List<Double> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(value);
        while (m.find()) {
            out.add(Double.parseDouble(m.group().replaceAll("[,.\\u00a0\\u202f ]", "")));
        }
        return out;
    }
}
