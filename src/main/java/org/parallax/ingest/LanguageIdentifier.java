package org.parallax.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import org.parallax.model.Language;

/**
 * Identifies the language of a text with OpenNLP's language-detection model (103 languages), and
 * accepts only the languages Parallax supports.
 */
final class LanguageIdentifier {
    private static final String MODEL = "/langdetect-183.bin";
    /** Enough text for a stable guess; more only costs time. */
    static final int SAMPLE_CHARS = 20_000;

    private final LanguageDetectorME detector = new LanguageDetectorME(Model.INSTANCE);

    /** The model is immutable and costly to load: one per process, loaded on first use. */
    private static final class Model {
        static final LanguageDetectorModel INSTANCE = load();

        private static LanguageDetectorModel load() {
            try (InputStream in = LanguageIdentifier.class.getResourceAsStream(MODEL)) {
                if (in == null) {
                    throw new IllegalStateException("language model " + MODEL + " missing from the classpath");
                }
                return new LanguageDetectorModel(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The ISO 639-3 code of the most likely language. */
    synchronized String detectCode(String text) {
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        return detector.predictLanguage(sample).getLang();
    }

    /** The supported language of the text, or empty with the detected code left to the caller to report. */
    Optional<Language> detect(String text) {
        return Language.fromCode(detectCode(text));
    }
}
