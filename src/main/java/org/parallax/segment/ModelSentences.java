package org.parallax.segment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import org.parallax.model.Language;

/** Sentence boundaries from OpenNLP's Universal Dependencies models, for the languages that have one. */
final class ModelSentences {
    private static final Map<Language, String> MODELS = Map.of(
            Language.EN, "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin",
            Language.DE, "/opennlp-de-ud-gsd-sentence-1.3-2.5.4.bin",
            Language.FR, "/opennlp-fr-ud-gsd-sentence-1.3-2.5.4.bin");

    private final ThreadLocal<SentenceDetectorME> detector;

    private ModelSentences(SentenceModel model) {
        // SentenceDetectorME keeps per-call state; the model itself is shared.
        this.detector = ThreadLocal.withInitial(() -> new SentenceDetectorME(model));
    }

    /** Models are immutable and take a second to load: one per language and process. */
    private static final Map<Language, Optional<SentenceModel>> LOADED = new ConcurrentHashMap<>();

    static Optional<ModelSentences> load(Language language) {
        return LOADED.computeIfAbsent(language, ModelSentences::read).map(ModelSentences::new);
    }

    private static Optional<SentenceModel> read(Language language) {
        String resource = MODELS.get(language);
        if (resource == null) {
            return Optional.empty();
        }
        try (InputStream in = ModelSentences.class.getResourceAsStream(resource)) {
            return in == null ? Optional.empty() : Optional.of(new SentenceModel(in));
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }

    /** Offsets in {@code text} where the model ends a sentence inside {@code text[from, to)}. */
    List<Integer> boundaries(String text, int from, int to) {
        List<Integer> out = new ArrayList<>();
        opennlp.tools.util.Span[] spans = detector.get().sentPosDetect(text.substring(from, to));
        for (int i = 0; i + 1 < spans.length; i++) {
            out.add(from + spans[i].getEnd());
        }
        return out;
    }
}
