package org.parallax.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;
import org.parallax.model.Span;
import org.parallax.model.Timex;
import org.parallax.model.TimexType;

/**
 * Reads a TimeML document: the text is the content of {@code TEXT} with tags removed and entities decoded
 * (as TempEval-3 scorers compute it), the creation date comes from {@code DCT}, and the {@code TIMEX3}
 * tags inside {@code TEXT} become gold annotations. Tags are read with a small scanner rather than an XML
 * parser because offsets must be counted on the decoded character data exactly as the scorers count them.
 */
final class TimemlReader {
    private static final Pattern TEXT = Pattern.compile("<TEXT>(.*)</TEXT>", Pattern.DOTALL);
    private static final Pattern DCT = Pattern.compile("<DCT>(.*?)</DCT>", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<[^>]+>");
    private static final Pattern ATTR = Pattern.compile("(\\w+)=\"([^\"]*)\"");
    private static final Pattern VALUE = Pattern.compile("value=\"(\\d{4}-\\d{2}-\\d{2})");

    private TimemlReader() {
    }

    static Parsed parse(String raw, String name) {
        Matcher m = TEXT.matcher(raw);
        if (!m.find()) {
            throw new IngestException(name, "malformed TimeML: no TEXT element");
        }
        String body = m.group(1);
        StringBuilder text = new StringBuilder();
        List<Timex> gold = new ArrayList<>();
        Deque<Open> stack = new ArrayDeque<>();
        int pos = 0;
        Matcher tag = TAG.matcher(body);
        while (tag.find()) {
            text.append(Parser.unescapeEntities(body.substring(pos, tag.start()), false));
            pos = tag.end();
            String t = tag.group();
            if (t.startsWith("</")) {
                String tagName = t.substring(2, t.length() - 1).trim();
                if (stack.isEmpty() || !stack.peek().name.equals(tagName)) {
                    throw new IngestException(name, "malformed TimeML: unexpected " + t + " at character "
                            + (m.start(1) + tag.start()));
                }
                Open open = stack.pop();
                if (open.name.equals("TIMEX3")) {
                    gold.add(timex(open, text, name));
                }
            } else if (!t.endsWith("/>") && !t.startsWith("<!") && !t.startsWith("<?")) {
                String tagName = t.substring(1, t.length() - 1).trim().split("\\s+")[0];
                stack.push(new Open(tagName, attributes(t), text.length()));
            }
        }
        if (!stack.isEmpty()) {
            throw new IngestException(name, "malformed TimeML: unclosed <" + stack.peek().name + ">");
        }
        text.append(Parser.unescapeEntities(body.substring(pos), false));
        Optional<LocalDate> dct = creationDate(raw, name);
        String docText = text.toString();
        return new Parsed(docText, name, List.of(), paragraphs(docText), List.of(), dct, gold);
    }

    private static Timex timex(Open open, StringBuilder text, String name) {
        String type = open.attributes.getOrDefault("type", "DATE");
        TimexType timexType;
        try {
            timexType = TimexType.valueOf(type);
        } catch (IllegalArgumentException e) {
            throw new IngestException(name, "malformed TimeML: TIMEX3 type " + type);
        }
        Span span = new Span(open.start, text.length());
        Optional<String> mod = Optional.ofNullable(open.attributes.get("mod"));
        return new Timex(span, text.substring(open.start), timexType, open.attributes.getOrDefault("value", ""), mod);
    }

    private static Optional<LocalDate> creationDate(String raw, String name) {
        Matcher dct = DCT.matcher(raw);
        if (!dct.find()) {
            return Optional.empty();
        }
        Matcher v = VALUE.matcher(dct.group(1));
        if (!v.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(v.group(1)));
        } catch (DateTimeParseException e) {
            throw new IngestException(name, "malformed TimeML: DCT value " + v.group(1));
        }
    }

    private static List<Span> paragraphs(String text) {
        List<Span> out = new ArrayList<>();
        int start = -1;
        int end = -1;
        int i = 0;
        for (String line : text.split("\n", -1)) {
            if (line.isBlank()) {
                if (start >= 0) {
                    out.add(new Span(start, end));
                    start = -1;
                }
            } else {
                int lead = 0;
                while (Character.isWhitespace(line.charAt(lead))) {
                    lead++;
                }
                if (start < 0) {
                    start = i + lead;
                }
                end = i + line.stripTrailing().length();
            }
            i += line.length() + 1;
        }
        if (start >= 0) {
            out.add(new Span(start, end));
        }
        return out;
    }

    private static Map<String, String> attributes(String tag) {
        Map<String, String> out = new HashMap<>();
        Matcher a = ATTR.matcher(tag);
        while (a.find()) {
            out.put(a.group(1), a.group(2));
        }
        return out;
    }

    private record Open(String name, Map<String, String> attributes, int start) {
    }
}
