package org.parallax.ingest;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.parallax.model.Document;
import org.parallax.model.Language;
import org.parallax.model.Span;

/**
 * The front door of ingestion: reads a file (plain wiki-style text, Wikipedia HTML or TimeML) into a
 * {@link Document}, identifying its language unless one is forced. Every problem is an
 * {@link IngestException} naming the file.
 */
public final class DocumentReader {
    private final Optional<Language> forcedLanguage;
    private final long maxBytes;
    private LanguageIdentifier identifier;

    public DocumentReader() {
        this(Optional.empty());
    }

    public DocumentReader(Optional<Language> forcedLanguage) {
        this(forcedLanguage, RawInput.MAX_BYTES);
    }

    public DocumentReader(Optional<Language> forcedLanguage, long maxBytes) {
        this.forcedLanguage = forcedLanguage;
        this.maxBytes = maxBytes;
    }

    /** Reads the file at {@code path}; {@code name} is how the file is called in messages and output. */
    public Document read(Path path, String name) {
        return parse(name, RawInput.read(path, name, maxBytes));
    }

    public Document read(Path path) {
        return read(path, path.toString());
    }

    /** Reads bytes that came from somewhere other than a file (an HTTP body, a test). */
    public Document read(String name, byte[] bytes) {
        if (bytes.length > maxBytes) {
            throw new IngestException(name, "input is " + bytes.length + " bytes, over the limit of "
                    + RawInput.limit(maxBytes) + " for one article");
        }
        return parse(name, RawInput.decode(bytes, name));
    }

    /** Reads a stream such as standard input, refusing it once it passes the size limit. */
    public Document read(String name, InputStream in) {
        return parse(name, RawInput.read(in, name, maxBytes));
    }

    private Document parse(String name, String content) {
        Parsed parsed = switch (Format.of(name, content)) {
            case TIMEML -> TimemlReader.parse(content, name);
            case HTML -> HtmlReader.parse(content, stem(name));
            case TEXT -> WikiTextReader.parse(content, stem(name));
        };
        if (parsed.text().isBlank()) {
            throw new IngestException(name, "no text");
        }
        Language language = forcedLanguage.orElseGet(() -> identify(name, prose(parsed)));
        return new Document(name, language, parsed.title(), parsed.text(), parsed.sections(), parsed.paragraphs(),
                parsed.infobox(), parsed.creationDate(), parsed.goldTimexes());
    }

    private Language identify(String name, String text) {
        if (identifier == null) {
            identifier = new LanguageIdentifier();
        }
        String code = identifier.detectCode(text);
        return Language.fromCode(code).orElseThrow(() ->
                new IngestException(name, "unsupported language " + Iso.twoLetter(code)
                        + " (supported: en, fr, it, es, de, pt; --lang forces one)"));
    }

    /** The running text without headings and infobox lines, whose keys may be in another language than the prose. */
    private static String prose(Parsed parsed) {
        StringBuilder out = new StringBuilder();
        for (Span p : parsed.paragraphs()) {
            if (out.length() > LanguageIdentifier.SAMPLE_CHARS) {
                break;
            }
            out.append(p.of(parsed.text())).append('\n');
        }
        return out.toString().isBlank() ? parsed.text() : out.toString();
    }

    private static String stem(String name) {
        String file = Path.of(name).getFileName() == null ? name : Path.of(name).getFileName().toString();
        int dot = file.lastIndexOf('.');
        return dot > 0 ? file.substring(0, dot) : file;
    }

    private enum Format {
        TEXT, HTML, TIMEML;

        static Format of(String name, String content) {
            String lower = name.toLowerCase(Locale.ROOT);
            String head = content.substring(0, Math.min(content.length(), 2000)).toLowerCase(Locale.ROOT);
            if (lower.endsWith(".tml") || head.contains("<timeml")) {
                return TIMEML;
            }
            if (lower.endsWith(".html") || lower.endsWith(".htm") || head.stripLeading().startsWith("<!doctype html")
                    || head.stripLeading().startsWith("<html")) {
                return HTML;
            }
            return TEXT;
        }
    }

    /** ISO 639-3 to 639-1 for the message about an unsupported language, when Java knows the mapping. */
    private static final class Iso {
        static String twoLetter(String iso3) {
            for (String two : Locale.getISOLanguages()) {
                if (Locale.of(two).getISO3Language().equals(iso3)) {
                    return two;
                }
            }
            return iso3;
        }
    }
}
